package io.wataomi.core.db;

import io.wataomi.core.config.Defaults;
import io.wataomi.core.config.LayeredSettings;
import io.wataomi.core.config.PropertyNames;

/**
 * Where db-start serves the embedded database.
 *
 * @param port the TCP port on localhost
 */
public record DbStartOptions(int port) {
    /** Reads {@code wataomi.port}, default {@value Defaults#PORT}. */
    public static DbStartOptions from(LayeredSettings settings) {
        return new DbStartOptions(settings.number(PropertyNames.PORT, Defaults.PORT, 1, 65535));
    }
}
