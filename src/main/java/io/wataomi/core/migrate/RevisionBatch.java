package io.wataomi.core.migrate;

import liquibase.Scope;
import liquibase.exception.DatabaseException;
import liquibase.executor.jvm.JdbcExecutor;
import liquibase.executor.jvm.RowMapper;
import liquibase.executor.jvm.StatementCallback;
import liquibase.sql.SqlConfiguration;
import liquibase.sql.visitor.SqlVisitor;
import liquibase.statement.ExecutablePreparedStatement;
import liquibase.statement.SqlStatement;
import liquibase.statement.core.MarkChangeSetRanStatement;

import java.sql.SQLException;
import java.util.List;
import java.util.Set;

/**
 * Liquibase's JDBC executor, except that while a revision's transaction is held the statements that may wait are kept
 * back ({@link DeferredStatements}): the DDL Liquibase generates from structural changes and the history rows it writes
 * after each changeSet. Everything else (a query, SQL the revision wrote, data, the history table's own statements) runs
 * as Liquibase runs it, after what was kept back, so it sees the revision so far. The commit sends the rest.
 */
final class RevisionBatch extends JdbcExecutor {
    /** Kinds of Liquibase statement that change only the structure of the revision's own objects. */
    private static final Set<String> STRUCTURE = Set.of("Create", "Add", "Drop", "Rename", "Set", "Modify", "Alter", "Reorganize");

    private final RevisionTransaction transaction;
    private HistoryRowSql historyRows;

    RevisionBatch(RevisionTransaction transaction) {
        this.transaction = transaction;
    }

    @Override
    public void execute(SqlStatement sql, List<SqlVisitor> sqlVisitors) throws DatabaseException {
        if (transaction.deferring() && (sql instanceof MarkChangeSetRanStatement || mayWait(sql))) {
            String row = sql instanceof MarkChangeSetRanStatement m && (sqlVisitors == null || sqlVisitors.isEmpty()) ? historyRows().of(m) : null;
            String[] generated = row != null ? new String[] {row} : applyVisitors(sql, sqlVisitors);
            if (sql instanceof MarkChangeSetRanStatement || noPlaceholders(generated)) {
                for (String statement : generated) {
                    if (statement != null) {
                        Scope.getCurrentScope().getLog(getClass()).log(SqlConfiguration.SHOW_AT_LOG_LEVEL.getCurrentValue(),
                                statement, null);
                        if (sql instanceof MarkChangeSetRanStatement m) {
                            transaction.defer(statement, m.getChangeSet());
                        } else {
                            transaction.defer(statement);
                        }
                    }
                }
                return;
            }
        }
        flush();
        super.execute(sql, sqlVisitors);
    }

    @Override
    public Object execute(StatementCallback action, List<SqlVisitor> sqlVisitors) throws DatabaseException {
        flush();
        return super.execute(action, sqlVisitors);
    }

    @Override
    @SuppressWarnings("rawtypes")
    public List query(SqlStatement sql, RowMapper rowMapper, List<SqlVisitor> sqlVisitors) throws DatabaseException {
        flush();
        return super.query(sql, rowMapper, sqlVisitors);
    }

    /**
     * True for a statement Liquibase generates from a structural change (create a table, add a column, ...): it returns no
     * rows and reads no data, so it can wait for the batch. User SQL, data, and the history table's own statements run
     * at once.
     */
    static boolean mayWait(SqlStatement sql) {
        if (sql == null || !sql.getClass().getPackageName().equals("liquibase.statement.core") || sql.continueOnError()
                || sql instanceof ExecutablePreparedStatement) {
            return false;
        }
        String name = sql.getClass().getSimpleName();
        if (name.startsWith("Raw") || name.contains("ChangeLog") || name.contains("ChangeSet") || name.contains("Tag")) {
            return false;
        }
        return STRUCTURE.stream().anyMatch(name::startsWith);
    }

    /** Liquibase runs SQL with a '?' without the driver's escape processing; such SQL runs on its own, as Liquibase runs it. */
    private static boolean noPlaceholders(String[] generated) {
        for (String s : generated) {
            if (s != null && s.indexOf('?') >= 0) {
                return false;
            }
        }
        return true;
    }

    private HistoryRowSql historyRows() {
        if (historyRows == null) {
            historyRows = new HistoryRowSql(database);
        }
        return historyRows;
    }

    private void flush() throws DatabaseException {
        try {
            transaction.flush();
        } catch (SQLException e) {
            throw new DatabaseException(e.getMessage(), e);
        }
    }
}
