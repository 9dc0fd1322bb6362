package io.wataomi.cli;

import io.wataomi.core.Wataomi;
import io.wataomi.core.config.Defaults;
import io.wataomi.core.config.LayeredSettings;
import io.wataomi.core.config.PropertyNames;
import io.wataomi.core.migrate.MigrationOptions;
import io.wataomi.core.migrate.ReportOptions;
import io.wataomi.core.migrate.ScriptRange;
import io.wataomi.core.migrate.StampOptions;
import io.wataomi.core.sync.SyncConfig;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

/** The commands of the command-line jar, each the facade call of the Maven goal of the same name. */
enum CliCommand {
    UPGRADE("apply revisions up to the target (default head); with wataomi.sql, write their SQL instead",
            (wataomi, settings) -> wataomi.upgrade(MigrationOptions.upgrade(settings))),
    DOWNGRADE("roll revisions back down to the target (-N, a revision, base); with wataomi.sql, write their SQL instead",
            (wataomi, settings) -> wataomi.downgrade(MigrationOptions.downgrade(settings))),
    CURRENT("print the database's current revision(s)", (wataomi, settings) -> wataomi.current(ReportOptions.from(settings))),
    HISTORY("list the revisions, newest first, the current one marked with >",
            (wataomi, settings) -> wataomi.history(ReportOptions.from(settings))),
    HEADS("list the head revisions (reads no database)", (wataomi, settings) -> wataomi.heads()),
    STAMP("record the target as the database's revision without running any change",
            (wataomi, settings) -> wataomi.stamp(StampOptions.from(settings))),
    SYNC("copy the Casdoor organization's users and applications into the database",
            (wataomi, settings) -> wataomi.sync(SyncConfig.from(settings, wataomi.config().connection().schema())));

    /** The Maven goals the jar does not run, and why. */
    static final Map<String, String> MAVEN_ONLY = Map.of(
            "create", "reads the project's JPA entities with Hibernate and compares them on a scratch PostgreSQL",
            "check", "reads the project's JPA entities with Hibernate and compares them on a scratch PostgreSQL",
            "init", "reads the project's JPA entities with Hibernate",
            "merge", "writes a revision file into the project's sources",
            "reset", "drops everything in a development database, with the embedded PostgreSQL by default");

    private final String summary;
    private final BiConsumer<Wataomi, LayeredSettings> call;

    CliCommand(String summary, BiConsumer<Wataomi, LayeredSettings> call) {
        this.summary = summary;
        this.call = call;
    }

    /** Runs the command through the facade. */
    void run(Wataomi wataomi, LayeredSettings settings) {
        call.accept(wataomi, settings);
    }

    /** Whether the command connects to the database: heads, and offline SQL for a range from:to, read none. */
    boolean needsDatabase(LayeredSettings settings) {
        boolean rangeScript = (this == UPGRADE || this == DOWNGRADE) && settings.flag(PropertyNames.SQL, Defaults.SQL)
                && ScriptRange.of(settings.get(PropertyNames.TARGET).orElse(null)) != null;
        return this != HEADS && !rangeScript;
    }

    /** Whether the command reads the revision files: all but sync, which writes into the tables the revisions made. */
    boolean readsRevisions() {
        return this != SYNC;
    }

    /** The command's name as typed. */
    String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    String summary() {
        return summary;
    }

    /** Whether a second word after the command is its target, as in {@code downgrade -1}. */
    boolean takesTarget() {
        return this == UPGRADE || this == DOWNGRADE || this == STAMP;
    }

    /** The command typed, or a usage error naming the commands (and the Maven goal for the ones the jar does not run). */
    static CliCommand of(String word) {
        for (CliCommand c : values()) {
            if (c.label().equals(word)) {
                return c;
            }
        }
        String mavenOnly = MAVEN_ONLY.get(word);
        if (mavenOnly != null) {
            throw new UsageException("'" + word + "' is not in the command-line jar: it " + mavenOnly + ", which the jar leaves out."
                    + " Run it in the project with Maven: mvn wataomi:" + word + ".");
        }
        throw new UsageException("Unknown command '" + word + "'. The commands are: "
                + Arrays.stream(values()).map(CliCommand::label).collect(Collectors.joining(", ")) + ".");
    }
}
