package io.wataomi.core.migrate;

import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.DatabaseException;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * A Liquibase connection whose commits and rollbacks are held back while a revision runs, so that
 * every changeset of the revision and its history rows commit together. Liquibase commits after
 * each changeset and each history row; here those calls are deferred to the revision's end.
 */
final class RevisionTransaction extends JdbcConnection {
    private boolean open;
    private boolean scriptOnly;
    private boolean tableExisted;

    RevisionTransaction(Connection connection) {
        super(connection);
    }

    /** A transaction with no connection, for offline SQL written without a database: there is nothing to commit. */
    static RevisionTransaction detached() {
        return new RevisionTransaction(null);
    }

    /** Marks this connection as writing an offline script: nothing it runs may change the database. */
    void scriptOnly(boolean historyTableExists) {
        scriptOnly = true;
        tableExisted = historyTableExists;
    }

    boolean scriptOnly() {
        return scriptOnly;
    }

    boolean tableExisted() {
        return tableExisted;
    }

    /** Starts holding back commits. */
    void begin() {
        open = true;
    }

    /** Commits everything since {@link #begin()}. */
    void commitRevision() throws SQLException {
        open = false;
        if (getUnderlyingConnection() != null) {
            getUnderlyingConnection().commit();
        }
    }

    /** Discards everything since {@link #begin()}. */
    void rollbackRevision() {
        open = false;
        if (getUnderlyingConnection() == null) {
            return;
        }
        try {
            getUnderlyingConnection().rollback();
        } catch (SQLException ignored) {
            // The connection is gone; the server has rolled back with it.
        }
    }

    @Override
    public void commit() throws DatabaseException {
        if (!open) {
            super.commit();
        }
    }

    @Override
    public void rollback() throws DatabaseException {
        // Liquibase rolls back after every precondition check; inside a revision that would discard
        // the revision's earlier changesets, so it waits for the revision's own outcome.
        if (!open) {
            super.rollback();
        }
    }
}
