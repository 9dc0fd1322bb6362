package io.wataomi.core.migrate;

/** Observes a migration between its statements: progress output, and the crash tests' kill points. */
public interface MigrationListener {
    /** No-op listener. */
    MigrationListener NONE = new MigrationListener() {
    };

    /** A statement ran (a change's SQL or a history row), inside the revision's open transaction. */
    default void statementExecuted(String revision, String what) {
    }

    /** A revision's transaction committed: it is applied (upgrade) or gone (downgrade). */
    default void revisionCommitted(String revision) {
    }

    /**
     * Part of a revision committed on its own, leaving the revision partly applied until the rest runs: its transactional
     * part before its concurrent steps, one concurrent step, or what ran before a changeSet with runInTransaction=false.
     */
    default void stepCommitted(String revision, String step) {
    }
}
