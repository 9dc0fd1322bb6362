package io.wataomi.core.db;

import io.wataomi.core.shared.Output;

import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Routes the PostgreSQL driver's own logging (java.util.logging, which otherwise prints to stderr with the URL it was
 * given, credentials included) to the output of the goal running on the same thread, which masks secrets; warnings stay
 * warnings, the rest is debug detail. Once installed it stays for the life of the JVM (the build): a record from a
 * thread that runs no goal has no output that could mask it, so it is dropped.
 */
public final class DriverLog {
    /** Held strongly: java.util.logging keeps loggers only weakly, and a collected logger loses its settings. */
    private static final Logger DRIVER = Logger.getLogger("org.postgresql");
    private static final ThreadLocal<Output> CURRENT = new ThreadLocal<>();
    private static boolean installed;

    private DriverLog() {
    }

    /** The routing for the calling thread; close it when the goal ends. */
    public static final class Route implements AutoCloseable {
        private final Output previous;

        private Route(Output previous) {
            this.previous = previous;
        }

        @Override
        public void close() {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }

    /** Sends the driver's records from this thread to {@code output} until the route is closed. */
    public static Route route(Output output) {
        install();
        Route route = new Route(CURRENT.get());
        CURRENT.set(output);
        return route;
    }

    private static synchronized void install() {
        if (installed) {
            return;
        }
        Formatter formatter = new SimpleFormatter();
        DRIVER.addHandler(new Handler() {
            @Override
            public void publish(LogRecord record) {
                Output output = CURRENT.get();
                if (output == null) {
                    return;
                }
                String line = "[postgresql] " + formatter.formatMessage(record)
                        + (record.getThrown() == null ? "" : " (" + record.getThrown() + ")");
                if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
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
        });
        DRIVER.setUseParentHandlers(false);
        installed = true;
    }
}
