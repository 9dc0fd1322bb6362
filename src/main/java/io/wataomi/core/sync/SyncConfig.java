package io.wataomi.core.sync;

import io.wataomi.core.casdoor.CasdoorConfig;
import io.wataomi.core.config.LayeredSettings;

/**
 * What a sync reads and where it writes.
 *
 * @param casdoor the Casdoor server and organization
 * @param tables  the target tables and columns
 */
public record SyncConfig(CasdoorConfig casdoor, SyncTables tables) {
    /** Reads both from settings; the tables' schema defaults to {@code wataomi.schema}. */
    public static SyncConfig from(LayeredSettings settings, String schema) {
        SyncTables tables = SyncTables.from(settings, schema);
        return new SyncConfig(CasdoorConfig.from(settings), tables);
    }
}
