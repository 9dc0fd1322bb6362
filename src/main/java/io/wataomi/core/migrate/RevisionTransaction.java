package io.wataomi.core.migrate;

import liquibase.changelog.ChangeSet;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.DatabaseException;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * A Liquibase connection whose commits and rollbacks are held back while a revision runs, so that
 * every changeset of the revision and its history rows commit together. Liquibase commits after
 * each changeset and each history row; here those calls are deferred to the revision's end.
 * <p>
 * While a revision's transaction is held, the statements that may wait (its timeouts, structural DDL, history rows) are
 * kept back and go to the server together ({@link DeferredStatements}, {@link RevisionBatch}); and the search path
 * Liquibase checks after each rollback it asks for is pinned for the session instead, and checked again only after SQL
 * a revision wrote ran, since nothing was rolled back ({@link RevisionDatabase}).
 */
final class RevisionTransaction extends JdbcConnection {
    private final DeferredStatements deferred = new DeferredStatements();
    private ChangeSet running;
    private BatchListener batches;
    private boolean open;
    private boolean searchPathChecked;
    private boolean searchPathPinned;
    private Runnable pin;
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

    /** Sets, outside any transaction, how the session's search path is pinned ({@link RevisionDatabase#pinSearchPath}). */
    void pinSearchPathWith(Runnable pin) {
        this.pin = pin;
    }

    /** Notes that the session's own search path is as Liquibase wants it, committed: held transactions need not read it. */
    void searchPathPinned() {
        searchPathPinned = true;
    }

    /** Starts holding back commits; pins the session's search path first when SQL the revisions wrote may have moved it. */
    void begin() {
        if (pin != null && !searchPathPinned && !scriptOnly && getUnderlyingConnection() != null) {
            pin.run();
        }
        open = true;
        searchPathChecked = false;
    }

    /** True while a revision's transaction holds back commits and rollbacks. */
    boolean holding() {
        return open;
    }

    /** True when statements may be kept back: a held transaction on a live connection, not in autocommit. */
    boolean deferring() {
        try {
            return open && !scriptOnly && getUnderlyingConnection() != null && !getUnderlyingConnection().getAutoCommit();
        } catch (SQLException e) {
            return false;
        }
    }

    /**
     * True when Liquibase's search path check may be skipped: the session's path is pinned, or the check ran already in
     * this held transaction; and nothing that could have changed the path (user SQL) ran since.
     */
    boolean searchPathChecked() {
        return open && (searchPathPinned || searchPathChecked);
    }

    /** Notes that the search path was checked (and set if need be) in this held transaction. */
    void searchPathCheckedNow() {
        searchPathChecked = open;
    }

    /** Notes that SQL the revision wrote ran, which may have changed the search path. */
    void userSqlRan() {
        searchPathChecked = false;
        searchPathPinned = false;
    }

    /** Names the changeSet whose statements come next (null: none), for a failure of one kept back. */
    void running(ChangeSet changeSet) {
        running = changeSet;
    }

    /**
     * Keeps a statement back until the next {@link #flush()} or the commit; only while the transaction is held. A statement
     * of no changeSet (the transaction's timeouts) passes null.
     */
    void defer(String sql, ChangeSet changeSet) {
        deferred.add(sql, changeSet);
    }

    /** Keeps back a statement of the changeSet now running. */
    void defer(String sql) {
        defer(sql, running);
    }

    /** Who is told when statements kept back go to the server, and when they are back (the heartbeat names them). */
    interface BatchListener {
        void sending(List<ChangeSet> changeSets);

        void sent();
    }

    /** Sets who is told about each batch sent. */
    void listen(BatchListener batches) {
        this.batches = batches;
    }

    /** Sends the statements kept back so far, in one round trip. */
    void flush() throws SQLException {
        if (!deferred.isEmpty()) {
            send(null);
        }
    }

    private void send(String then) throws SQLException {
        if (batches != null) {
            batches.sending(deferred.changeSets());
        }
        try {
            deferred.flush(getUnderlyingConnection(), then);
        } finally {
            if (batches != null) {
                batches.sent();
            }
        }
    }

    /** Commits everything since {@link #begin()}: the statements kept back go to the server with the COMMIT. */
    void commitRevision() throws SQLException {
        Connection c = getUnderlyingConnection();
        try {
            if (c != null && !deferred.isEmpty()) {
                send("COMMIT");
            }
        } finally {
            open = false;
        }
        if (c != null) {
            // After a batch that ended with COMMIT the driver sees no transaction and sends nothing.
            c.commit();
        }
    }

    /** Discards everything since {@link #begin()}. */
    void rollbackRevision() {
        open = false;
        deferred.clear();
        if (getUnderlyingConnection() == null) {
            return;
        }
        try {
            getUnderlyingConnection().rollback();
        } catch (SQLException ignored) {
            // The connection is gone; the server has rolled back with it.
        }
    }

    /** Liquibase turns autocommit on for a changeSet that runs outside a transaction; what was kept back goes first. */
    @Override
    public void setAutoCommit(boolean autoCommit) throws DatabaseException {
        try {
            if (autoCommit && getUnderlyingConnection() != null) {
                flush();
            }
        } catch (SQLException e) {
            throw new DatabaseException(e.getMessage(), e);
        }
        super.setAutoCommit(autoCommit);
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
