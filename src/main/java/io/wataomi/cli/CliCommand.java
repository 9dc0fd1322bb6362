package io.wataomi.cli;

import io.wataomi.core.Wataomi;
import io.wataomi.core.config.LayeredSettings;
import io.wataomi.core.migrate.MigrationOptions;
import io.wataomi.core.migrate.ReportOptions;
import io.wataomi.core.migrate.ScriptRange;
import io.wataomi.core.migrate.StampOptions;
import io.wataomi.core.sync.SyncConfig;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The commands of the command-line jar, each the facade call of the Maven goal of the same name. */
enum CliCommand {
    UPGRADE("apply revisions up to the target (default head); with wataomi.sql, write their SQL instead") {
        @Override
        void run(Wataomi wataomi, LayeredSettings settings) {
            wataomi.upgrade(MigrationOptions.upgrade(settings));
        }

        @Override
        boolean needsDatabase(LayeredSettings settings) {
            return connects(MigrationOptions.upgrade(settings));
        }
    },
    DOWNGRADE("roll revisions back down to the target (-N, a revision, base); with wataomi.sql, write their SQL instead") {
        @Override
        void run(Wataomi wataomi, LayeredSettings settings) {
            wataomi.downgrade(MigrationOptions.downgrade(settings));
        }

        @Override
        boolean needsDatabase(LayeredSettings settings) {
            return connects(MigrationOptions.downgrade(settings));
        }
    },
    CURRENT("print the database's current revision(s)") {
        @Override
        void run(Wataomi wataomi, LayeredSettings settings) {
            wataomi.current(ReportOptions.from(settings));
        }
    },
    HISTORY("list the revisions, newest first, the current one marked with >") {
        @Override
        void run(Wataomi wataomi, LayeredSettings settings) {
            wataomi.history(ReportOptions.from(settings));
        }
    },
    HEADS("list the head revisions (reads no database)") {
        @Override
        void run(Wataomi wataomi, LayeredSettings settings) {
            wataomi.heads();
        }

        @Override
        boolean needsDatabase(LayeredSettings settings) {
            return false;
        }
    },
    STAMP("record the target as the database's revision without running any change") {
        @Override
        void run(Wataomi wataomi, LayeredSettings settings) {
            wataomi.stamp(StampOptions.from(settings));
        }
    },
    SYNC("copy the Casdoor organization's users and applications into the database") {
        @Override
        void run(Wataomi wataomi, LayeredSettings settings) {
            wataomi.sync(SyncConfig.from(settings, wataomi.config().connection().schema()));
        }

        @Override
        boolean readsRevisions() {
            return false;
        }
    };

    /** The Maven goals the jar does not run, and why. */
    static final Map<String, String> MAVEN_ONLY = Map.of(
            "create", "reads the project's JPA entities with Hibernate and compares them on a scratch PostgreSQL",
            "check", "reads the project's JPA entities with Hibernate and compares them on a scratch PostgreSQL",
            "init", "reads the project's JPA entities with Hibernate",
            "merge", "writes a revision file into the project's sources",
            "reset", "drops everything in a development database, with the embedded PostgreSQL by default");

    private final String summary;

    CliCommand(String summary) {
        this.summary = summary;
    }

    /** Runs the command through the facade. */
    abstract void run(Wataomi wataomi, LayeredSettings settings);

    /** Whether the command connects to the database (offline SQL for a range from:to reads none). */
    boolean needsDatabase(LayeredSettings settings) {
        return true;
    }

    /** Whether the command reads the revision files (all but sync, which writes the tables the revisions made). */
    boolean readsRevisions() {
        return true;
    }

    private static boolean connects(MigrationOptions options) {
        return !(options.sql() && ScriptRange.of(options.target()) != null);
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
