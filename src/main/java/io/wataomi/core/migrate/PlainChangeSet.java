package io.wataomi.core.migrate;

import liquibase.Scope;
import liquibase.change.Change;
import liquibase.change.DbmsTargetedChange;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.changelog.visitor.ChangeExecListener;
import liquibase.database.Database;
import liquibase.exception.MigrationFailedException;
import liquibase.executor.ExecutorService;
import liquibase.statement.SqlStatement;

import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Runs a plain changeSet (no preconditions, no {@code runWith}, in the transaction, failing on error, no change aimed at
 * other databases) the way {@link ChangeSet#execute} runs one, without the bookkeeping that method adds around each
 * changeSet for Liquibase's own reports (logging context, timings, the SQL generated a second time to log it). Each
 * change still runs through {@link Database#executeStatements}, with the changeSet's SQL visitors, so its SQL is what
 * Liquibase would run. A revision of a few hundred changeSets spends noticeably less time and CPU in it.
 */
final class PlainChangeSet {
    private PlainChangeSet() {
    }

    /** True when {@link #run} runs the changeSet as {@link ChangeSet#execute} would. */
    static boolean applies(ChangeSet cs) {
        if (cs.getPreconditions() != null && !cs.getPreconditions().getNestedPreconditions().isEmpty()
                || cs.getRunWith() != null || Boolean.FALSE.equals(cs.getFailOnError()) || !cs.isRunInTransaction()) {
            return false;
        }
        for (Change change : cs.getChanges()) {
            if (change instanceof DbmsTargetedChange targeted && targeted.getDbms() != null && !targeted.getDbms().isBlank()
                    || !change.shouldRunOnOs()) {
                return false;
            }
        }
        return true;
    }

    /** Runs the changeSet's changes in the held transaction; a failure is reported as Liquibase reports it. */
    static ChangeSet.ExecType run(ChangeSet cs, DatabaseChangeLog changeLog, ChangeExecListener listener, Database database)
            throws MigrationFailedException {
        Change running = null;
        try {
            database.setObjectQuotingStrategy(cs.getObjectQuotingStrategy());
            Scope.getCurrentScope().getSingleton(ExecutorService.class).getExecutor("jdbc", database).modifyChangeSet(cs);
            // As after a changeSet's preconditions: Liquibase rolls back, which puts the search path right.
            database.rollback();
            for (Change change : cs.getChanges()) {
                change.finishInitialization();
            }
            for (Change change : cs.getChanges()) {
                running = change;
                listener.willRun(change, cs, changeLog, database);
                database.executeStatements(change, changeLog, cs.getSqlVisitors());
                listener.ran(change, cs, changeLog, database);
            }
            database.commit();
            return ChangeSet.ExecType.EXECUTED;
        } catch (Exception e) {
            if (running != null) {
                cs.getGeneratedSql().add(sqlOf(running, database));
            }
            try {
                database.rollback();
            } catch (Exception ignored) {
                // The revision's transaction is rolled back by its runner either way.
            }
            throw e instanceof MigrationFailedException m ? m : new MigrationFailedException(cs, e);
        }
    }

    /** The change's SQL, as Liquibase records it for a failed changeSet. */
    private static String sqlOf(Change change, Database database) {
        try {
            SqlStatement[] statements = change.generateStatements(database);
            return Arrays.stream(statements).map(s -> s.getFormattedStatement(database)).filter(Objects::nonNull)
                    .collect(Collectors.joining("\n"));
        } catch (RuntimeException e) {
            return null;
        }
    }
}
