package io.wataomi.core.migrate;

import io.wataomi.core.config.WataomiConfig;
import io.wataomi.core.revision.Revision;
import io.wataomi.core.revision.RevisionGraph;
import io.wataomi.core.revision.Targets;
import io.wataomi.core.shared.Output;
import liquibase.change.Change;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.database.Database;
import liquibase.sql.Sql;
import liquibase.sqlgenerator.SqlGeneratorFactory;
import liquibase.statement.SqlStatement;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The statements an upgrade to every head would run, read without running any: each pending changeSet's changes
 * generate their statements, and Liquibase's own SQL generators turn them into the SQL text for the connected
 * PostgreSQL, as they do when the revision runs. Whatever the reading does on the connection is rolled back.
 */
public final class PendingStatements {
    /**
     * One statement of a pending changeSet.
     *
     * @param revision      the revision it belongs to
     * @param changeSet     the changeSet's id
     * @param inTransaction false for a changeSet with {@code runInTransaction="false"}
     * @param statement     the statement object the change generated, or null when none could be generated
     * @param part          which of the SQL texts generated from that object this is, from 0
     * @param parts         how many SQL texts Liquibase generated from that object (an addColumn of three columns: three)
     * @param sql           the SQL text, or null when it could not be generated
     * @param failure       why Liquibase could not generate the SQL, or null
     */
    public record Statement(Revision revision, String changeSet, boolean inTransaction, SqlStatement statement, int part, int parts,
                            String sql, String failure) {
    }

    /**
     * What is pending.
     *
     * @param revisions  the revisions not yet applied, in the order an upgrade runs them
     * @param statements their statements not yet run, in order
     */
    public record Pending(List<Revision> revisions, List<Statement> statements) {
    }

    private PendingStatements() {
    }

    /** Reads the pending revisions' statements; refuses a database that applied a revision no file defines. */
    public static Pending read(WataomiConfig config, Connection connection, Output output, RevisionGraph graph) throws SQLException {
        AppliedHistory history = AppliedHistory.read(connection, config.connection().schema());
        UnknownRevisions.refuse(graph, new AppliedState(history), config);
        List<Revision> pending = Targets.upgrade(graph, history.revisions(), "heads");
        List<Statement> out = new ArrayList<>();
        try (LiquibaseSession session = new LiquibaseSession(config, connection, output)) {
            for (Revision revision : pending) {
                DatabaseChangeLog changeLog = session.parse(revision);
                history.adopt(revision.id(), changeLog);
                for (ChangeSet cs : changeLog.getChangeSets()) {
                    if (session.accepts(cs) && history.ran(cs) == null) {
                        cs.getChanges().forEach(change -> generate(revision, cs, change, session.database(), out));
                    }
                }
            }
        } finally {
            connection.rollback();
        }
        return new Pending(pending, out);
    }

    private static void generate(Revision revision, ChangeSet cs, Change change, Database database, List<Statement> out) {
        try {
            for (SqlStatement statement : change.generateStatements(database)) {
                Sql[] sqls = SqlGeneratorFactory.getInstance().generateSql(statement, database);
                for (int k = 0; k < sqls.length; k++) {
                    out.add(new Statement(revision, cs.getId(), cs.isRunInTransaction(), statement, k, sqls.length, sqls[k].toSql(), null));
                }
            }
        } catch (RuntimeException | LinkageError e) {
            out.add(new Statement(revision, cs.getId(), cs.isRunInTransaction(), null, 0, 1, null,
                    "Liquibase cannot generate the SQL of " + change.getDescription() + ": " + e.getMessage()));
        }
    }
}
