package io.wataomi.core.migrate;

import liquibase.ChecksumVersion;
import liquibase.Scope;
import liquibase.changelog.ChangeLogHistoryServiceFactory;
import liquibase.changelog.ChangeSet;
import liquibase.database.Database;
import liquibase.database.ObjectQuotingStrategy;
import liquibase.exception.DatabaseException;
import liquibase.exception.LiquibaseException;
import liquibase.sqlgenerator.core.InsertGenerator;
import liquibase.sqlgenerator.core.MarkChangeSetRanGenerator;
import liquibase.statement.DatabaseFunction;
import liquibase.statement.core.InsertStatement;
import liquibase.statement.core.MarkChangeSetRanStatement;
import liquibase.util.StringUtil;

/**
 * The {@code INSERT} of a changeSet's first history row: the row Liquibase's {@link MarkChangeSetRanGenerator} builds
 * (4.33.0: the same columns, values and order), rendered by Liquibase's own {@link InsertGenerator}, but without the
 * generator chain, the logging context and the affected-object bookkeeping Liquibase wraps around each statement, which
 * cost more than the row. A row written again (runOnChange, runAlways) is left to Liquibase.
 */
final class HistoryRowSql {
    private final InsertGenerator insert = new InsertGenerator();
    private final Database database;
    private String[] table;

    HistoryRowSql(Database database) {
        this.database = database;
    }

    /** The row's SQL, or null when Liquibase writes it another way (an update of a row, or none). */
    String of(MarkChangeSetRanStatement statement) throws DatabaseException {
        ChangeSet.ExecType type = statement.getExecType();
        if (type.ranBefore || type == ChangeSet.ExecType.FAILED || type == ChangeSet.ExecType.SKIPPED) {
            return null;
        }
        ChangeSet changeSet = statement.getChangeSet();
        ObjectQuotingStrategy strategy = database.getObjectQuotingStrategy();
        // Liquibase's own tables are named with LEGACY quoting, whatever the changeSet's strategy.
        database.setObjectQuotingStrategy(ObjectQuotingStrategy.LEGACY);
        try {
            String tag = MarkChangeSetRanGenerator.getTagFromChangeset(changeSet);
            int orderExecuted = Scope.getCurrentScope().getSingleton(ChangeLogHistoryServiceFactory.class)
                    .getChangeLogService(database).getNextSequenceValue();
            String[] name = table();
            InsertStatement row = new InsertStatement(name[0], name[1], name[2])
                    .addColumnValue("ID", changeSet.getId())
                    .addColumnValue("AUTHOR", changeSet.getAuthor())
                    .addColumnValue("FILENAME", changeSet.getFilePath())
                    .addColumnValue("DATEEXECUTED", new DatabaseFunction(database.getCurrentDateTimeFunction()))
                    .addColumnValue("ORDEREXECUTED", orderExecuted)
                    .addColumnValue("MD5SUM", changeSet.generateCheckSum(ChecksumVersion.latest()).toString())
                    .addColumnValue("DESCRIPTION", StringUtil.limitSize(changeSet.getDescription(), 250))
                    .addColumnValue("COMMENTS", StringUtil.limitSize(StringUtil.trimToEmpty(changeSet.getComments()), 250))
                    .addColumnValue("EXECTYPE", type.value)
                    .addColumnValue("CONTEXTS", changeSet.buildFullContext())
                    .addColumnValue("LABELS", changeSet.buildFullLabels())
                    .addColumnValue("LIQUIBASE", MarkChangeSetRanGenerator.getLiquibaseBuildVersion())
                    .addColumnValue("DEPLOYMENT_ID", Scope.getCurrentScope().getDeploymentId());
            if (tag != null) {
                row.addColumnValue("TAG", tag);
            }
            StringBuilder sql = new StringBuilder();
            insert.generateHeader(sql, row, database);
            insert.generateValues(sql, row, database);
            return sql.toString();
        } catch (LiquibaseException e) {
            throw new DatabaseException("Cannot number the history row of " + changeSet + ": " + e.getMessage(), e);
        } finally {
            database.setObjectQuotingStrategy(strategy);
        }
    }

    /** The history table's catalog, schema and name, read once: Liquibase reads them from its settings on every row. */
    private String[] table() {
        if (table == null) {
            table = new String[] {database.getLiquibaseCatalogName(), database.getLiquibaseSchemaName(),
                    database.getDatabaseChangeLogTableName()};
        }
        return table;
    }
}
