package io.wataomi.core.entity;

import io.wataomi.core.shared.Output;

import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Routes Hibernate's logging to the output while entities load: warnings stay visible, the rest is debug
 * detail. Hibernate logs through jboss-logging, which picks java.util.logging unless Logback or Log4j 2 is
 * present (neither is in a Maven plugin's realm); without this its INFO lines would reach stderr unformatted.
 */
final class HibernateLog implements AutoCloseable {
    /** Held strongly: java.util.logging keeps loggers only weakly, and a collected logger loses its settings. */
    private static final Logger HIBERNATE = Logger.getLogger("org.hibernate");

    static {
        // Should jboss-logging pick SLF4J instead (a Logback on the classpath), Maven's simple logger reads this.
        System.getProperties().putIfAbsent("org.slf4j.simpleLogger.log.org.hibernate", "warn");
    }

    /** Hibernate's warning (HHH000181, HHH102003) on the offline boot that this plugin chose: not the project's concern. */
    private static final String NO_CONNECTIONS = "No appropriate connection provider";

    private final java.util.Set<String> warned = new java.util.HashSet<>();
    private final Handler handler;
    private final Level level;
    private final boolean useParentHandlers;

    private HibernateLog(Output output) {
        this.level = HIBERNATE.getLevel();
        this.useParentHandlers = HIBERNATE.getUseParentHandlers();
        this.handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                String line = "[hibernate] " + record.getMessage();
                boolean warning = record.getLevel().intValue() >= Level.WARNING.intValue()
                        && !String.valueOf(record.getMessage()).contains(NO_CONNECTIONS);
                // Hibernate repeats some warnings (an incubating setting, once per look-up): each is shown once.
                if (warning && warned.add(record.getMessage())) {
                    output.warn(line);
                } else {
                    output.debug(line);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
    }

    /** Starts routing; close to restore Hibernate's logging as it was. */
    static synchronized HibernateLog route(Output output) {
        HibernateLog log = new HibernateLog(output);
        HIBERNATE.setLevel(Level.INFO);
        HIBERNATE.setUseParentHandlers(false);
        HIBERNATE.addHandler(log.handler);
        return log;
    }

    @Override
    public void close() {
        synchronized (HibernateLog.class) {
            HIBERNATE.removeHandler(handler);
            HIBERNATE.setLevel(level);
            HIBERNATE.setUseParentHandlers(useParentHandlers);
        }
    }
}
