package io.wataomi.core.migrate;

import io.wataomi.core.db.RunContext;
import io.wataomi.core.revision.MasterChangelog;
import io.wataomi.core.shared.Output;

import java.util.ArrayList;
import java.util.List;

/**
 * The base: the master changelog's own entries (includes of other changelogs, includeAll, changeSets written in it),
 * which run before the first revision and have no revision id.
 *
 * @param entries    the entries, as one line (e.g. {@code legacy/001-init.xml, includeAll legacy/}); empty when there is no base
 * @param changeSets how many of its changeSets apply here (PostgreSQL, the configured contexts and labels)
 * @param applied    how many of those the history table records
 * @param edited     how many of the recorded ones are {@code runOnChange} and were edited since they ran: Liquibase runs them again
 * @param always     how many of the recorded ones are {@code runAlways}: Liquibase runs them on every update
 */
public record BaseState(String entries, int changeSets, int applied, int edited, int always) {
    /** A master with no entries of its own. */
    public static final BaseState NONE = new BaseState("", 0, 0, 0, 0);

    /** Reads the base of the context's project and how much of it the database has run; no database is read without a base. */
    public static BaseState read(RunContext context) {
        if (!MasterChangelog.read(context.config()).hasBase()) {
            return NONE;
        }
        return context.connected(c -> {
            try (Migrator m = new Migrator(context.config(), c, Output.silent(), MigrationListener.NONE, null)) {
                return m.base();
            }
        });
    }

    /** True when the master has entries of its own. */
    public boolean exists() {
        return !entries.isEmpty();
    }

    /** How many of its changeSets the next upgrade runs: those that have not run, and those Liquibase runs again. */
    public int pending() {
        return behind() + always;
    }

    /**
     * How many of its changeSets leave the schema behind the changelogs: those that have not run and the {@code runOnChange}
     * ones edited since they ran; {@code runAlways} ones that ran do not.
     */
    public int behind() {
        return changeSets - applied + edited;
    }

    /**
     * The base's progress, e.g. {@code 4 changeSets, applied}, {@code 4 changeSets, 1 pending} or
     * {@code 4 changeSets, 1 pending (1 runAlways)}.
     */
    public String progress() {
        String count = changeSets + " changeSet" + (changeSets == 1 ? "" : "s");
        String state = applied == 0 && changeSets > 0 ? "pending" : pending() == 0 ? "applied" : pending() + " pending";
        List<String> again = new ArrayList<>();
        if (edited > 0) {
            again.add(edited + " runOnChange edited since it ran");
        }
        if (always > 0) {
            again.add(always + " runAlways");
        }
        return count + ", " + state + (again.isEmpty() ? "" : " (" + String.join(", ", again) + ")");
    }
}
