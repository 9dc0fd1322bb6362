package io.wataomi.core.migrate;

import io.wataomi.core.shared.Output;
import liquibase.logging.Logger;
import liquibase.logging.core.AbstractLogService;
import liquibase.logging.core.AbstractLogger;

import java.util.logging.Level;

/** Routes Liquibase's logging to the output: warnings stay visible, the rest is debug detail. */
final class LiquibaseLog extends AbstractLogService {
    private final Output output;

    LiquibaseLog(Output output) {
        this.output = output;
    }

    @Override
    public int getPriority() {
        return PRIORITY_SPECIALIZED;
    }

    @Override
    public Logger getLog(Class clazz) {
        return new AbstractLogger() {
            @Override
            public void log(Level level, String message, Throwable e) {
                if (level == Level.OFF || message == null) {
                    return;
                }
                String line = "[liquibase] " + message + (e == null ? "" : " (" + e + ")");
                if (level == Level.WARNING) {
                    output.warn(line);
                } else {
                    output.debug(line);
                }
            }
        };
    }
}
