package io.wataomi.core.migrate;

import liquibase.Scope;
import liquibase.changelog.ChangeSet;
import liquibase.sql.SqlConfiguration;

import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Statements of a held revision transaction that wait to go to the server together, in one round trip: the session's
 * timeouts, the DDL Liquibase generates from structural changes, the history rows. They run in the order they came, before
 * anything that could see their effects ({@link RevisionBatch}), at the latest with the commit. On a loaded 2-core machine
 * each round trip costs about a millisecond of waiting for the server's process to be scheduled; a revision sends one
 * batch instead of one statement at a time.
 */
final class DeferredStatements {
    /** A statement kept back, with the changeSet it belongs to (null: the transaction's own, such as its timeouts). */
    private record Pending(String sql, ChangeSet changeSet) {
    }

    private final List<Pending> pending = new ArrayList<>();

    void add(String sql, ChangeSet changeSet) {
        pending.add(new Pending(sql, changeSet));
    }

    boolean isEmpty() {
        return pending.isEmpty();
    }

    /** The changeSets whose statements are kept back, in order, each once. */
    List<ChangeSet> changeSets() {
        return pending.stream().map(Pending::changeSet).filter(Objects::nonNull).distinct().toList();
    }

    void clear() {
        pending.clear();
    }

    /**
     * Sends the statements kept back, followed by {@code then} when it is not null (a {@code COMMIT}), in one round trip.
     * A failure names the statement and its changeSet ({@link DeferredStatementFailure}).
     */
    void flush(Connection connection, String then) throws SQLException {
        if (pending.isEmpty() && then == null) {
            return;
        }
        List<Pending> batch = new ArrayList<>(pending);
        pending.clear();
        if (then != null) {
            batch.add(new Pending(then, null));
        }
        try (Statement st = connection.createStatement()) {
            for (Pending p : batch) {
                st.addBatch(p.sql());
            }
            try {
                st.executeBatch();
            } catch (BatchUpdateException e) {
                throw failure(batch, e);
            }
            showWarnings(st.getWarnings());
        }
    }

    /** The statement that failed: the one whose text the driver's message quotes, else the last. */
    private static SQLException failure(List<Pending> batch, BatchUpdateException e) {
        SQLException cause = e.getNextException() != null ? e.getNextException() : e;
        String message = e.getMessage() == null ? "" : e.getMessage();
        Pending failed = batch.stream().filter(p -> message.contains(p.sql())).findFirst().orElse(batch.get(batch.size() - 1));
        return new DeferredStatementFailure(failed.sql(), failed.changeSet(), cause);
    }

    /** Server notices, shown as Liquibase shows those of the statements it runs itself. */
    private static void showWarnings(SQLWarning warning) {
        if (warning == null || !Boolean.TRUE.equals(SqlConfiguration.SHOW_SQL_WARNING_MESSAGES.getCurrentValue())) {
            return;
        }
        for (SQLWarning w = warning; w != null; w = w.getNextWarning()) {
            Scope.getCurrentScope().getUI().sendMessage(w.getMessage());
        }
    }

    /** A statement sent in a batch failed: names it and its changeSet; the cause is the server's error. */
    static final class DeferredStatementFailure extends SQLException {
        private final transient ChangeSet changeSet;
        private final String sql;

        DeferredStatementFailure(String sql, ChangeSet changeSet, SQLException cause) {
            super(cause.getMessage(), cause.getSQLState(), cause);
            this.sql = sql;
            this.changeSet = changeSet;
        }

        /** The changeSet of the statement that failed; null for the transaction's own statements. */
        ChangeSet changeSet() {
            return changeSet;
        }

        String sql() {
            return sql;
        }
    }
}
