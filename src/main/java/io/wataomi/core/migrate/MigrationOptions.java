package io.wataomi.core.migrate;

import io.wataomi.core.config.Defaults;
import io.wataomi.core.config.LayeredSettings;
import io.wataomi.core.config.PropertyNames;

import java.nio.file.Path;

/**
 * What an upgrade or a downgrade is asked to do.
 *
 * @param target  where to go ({@code head}, {@code +N}, {@code -N}, {@code base}, a revision or prefix)
 * @param sql     write the SQL instead of running it
 * @param sqlFile with {@code sql}: the file to write, or null for standard output
 */
public record MigrationOptions(String target, boolean sql, Path sqlFile) {
    /** An upgrade's options: the target defaults to {@value Defaults#UPGRADE_TARGET}. */
    public static MigrationOptions upgrade(LayeredSettings settings) {
        return new MigrationOptions(settings.get(PropertyNames.TARGET, Defaults.UPGRADE_TARGET),
                settings.flag(PropertyNames.SQL, Defaults.SQL), sqlFile(settings));
    }

    /** A downgrade's options: the target has no default. */
    public static MigrationOptions downgrade(LayeredSettings settings) {
        return new MigrationOptions(settings.get(PropertyNames.TARGET).orElse(null),
                settings.flag(PropertyNames.SQL, Defaults.SQL), sqlFile(settings));
    }

    private static Path sqlFile(LayeredSettings settings) {
        return settings.get(PropertyNames.SQL_FILE).map(Path::of).orElse(null);
    }
}
