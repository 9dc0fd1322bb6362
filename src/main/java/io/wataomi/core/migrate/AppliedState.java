package io.wataomi.core.migrate;

import io.wataomi.core.db.RunContext;

import java.sql.Timestamp;
import java.util.Set;

/** Which revisions the database has applied, and when, as the history table says. */
public final class AppliedState {
    private final AppliedHistory history;

    AppliedState(AppliedHistory history) {
        this.history = history;
    }

    /** Reads the history table of the context's database (no lock: a read; one query, no Liquibase session). */
    public static AppliedState read(RunContext context) {
        return context.connected(c -> new AppliedState(AppliedHistory.read(c, context.config().connection().schema())));
    }

    /** True when some changeSets are recorded for a revision whose marker is not: one may be partly applied. */
    public boolean mayHavePartlyApplied() {
        return history.hasUnclaimedRows();
    }

    /** The applied revision ids. */
    public Set<String> revisions() {
        return history.revisions();
    }

    /** When a revision was applied, or null. */
    public Timestamp appliedAt(String revision) {
        return history.appliedAt(revision);
    }

    /** The file path the history table records for an applied revision, or null. */
    public String recordedPath(String revision) {
        return history.recordedPath(revision);
    }

    /** EXECUTED for an applied revision, MARK_RAN for a stamped one, or null. */
    public String execType(String revision) {
        return history.execType(revision);
    }
}
