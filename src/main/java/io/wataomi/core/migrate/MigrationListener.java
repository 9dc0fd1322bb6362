package io.wataomi.core.migrate;

/** Observes a migration between its statements: progress output, and the crash tests' kill points. */
public interface MigrationListener {
    /** No-op listener. */
    MigrationListener NONE = new MigrationListener() {
    };

    /** A statement ran (a change's SQL or a history row), inside the revision's open transaction. */
    default void statementExecuted(String revision, String what) {
    }

    /** A revision's transaction committed. */
    default void revisionCommitted(String revision) {
    }
}
