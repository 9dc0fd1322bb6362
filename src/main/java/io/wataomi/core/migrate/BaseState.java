package io.wataomi.core.migrate;

import io.wataomi.core.db.RunContext;
import io.wataomi.core.revision.MasterChangelog;
import io.wataomi.core.shared.Output;

/**
 * The base: the master changelog's own entries (includes of other changelogs, includeAll, changeSets written in it),
 * which run before the first revision and have no revision id.
 *
 * @param entries    the entries, as one line (e.g. {@code legacy/001-init.xml, includeAll legacy/}); empty when there is no base
 * @param changeSets how many of its changeSets apply here (PostgreSQL, the configured contexts and labels)
 * @param applied    how many of those the history table records
 */
public record BaseState(String entries, int changeSets, int applied) {
    /** A master with no entries of its own. */
    public static final BaseState NONE = new BaseState("", 0, 0);

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

    /** How many of its changeSets have not run. */
    public int pending() {
        return changeSets - applied;
    }

    /** The base's progress, e.g. {@code 4 changeSets, applied} or {@code 4 changeSets, 1 pending}. */
    public String progress() {
        String count = changeSets + " changeSet" + (changeSets == 1 ? "" : "s");
        return applied == 0 && changeSets > 0 ? count + ", pending" : pending() == 0 ? count + ", applied" : count + ", " + pending() + " pending";
    }
}
