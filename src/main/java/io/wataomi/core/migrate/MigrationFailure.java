package io.wataomi.core.migrate;

import io.wataomi.core.shared.DatabaseFailure;
import io.wataomi.core.revision.Revision;
import liquibase.changelog.ChangeSet;

import java.sql.SQLException;
import java.util.List;
import java.util.Set;

/**
 * A revision failed part-way: its transaction was rolled back, so the database is at the previous revision; or one of its
 * concurrent steps failed, leaving the revision partly applied.
 */
public final class MigrationFailure extends DatabaseFailure {
    /** SQLSTATEs of "already exists": duplicate schema, table (or index, sequence), column, object (constraint, type), function. */
    private static final Set<String> ALREADY_EXISTS = Set.of("42P06", "42P07", "42701", "42710", "42723");

    private MigrationFailure(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public boolean isProjectProblem() {
        // A statement the server refuses is usually a mistake in the revision, not a connection problem.
        return true;
    }

    static MigrationFailure of(Revision revision, ChangeSet cs, Exception e) {
        return of(revision, cs, e, "The revision was rolled back as a whole; the database is still at the revision before it.");
    }

    /** A concurrent step failed: it ran outside a transaction, after the revision's transactional part committed. */
    static MigrationFailure ofStep(Revision revision, ChangeSet cs, Exception e) {
        return of(revision, cs, e, "This step runs outside a transaction, after the revision's transactional part and earlier steps"
                + " committed: the revision is partly applied (mvn wataomi:current lists what is pending). What the step did"
                + " before it failed stays, such as an invalid index, which the step drops when it runs again. Fix the cause,"
                + " then run mvn wataomi:upgrade to finish the revision, or mvn wataomi:downgrade to undo what of it ran.");
    }

    private static MigrationFailure of(Revision revision, ChangeSet running, Exception e, String outcome) {
        DeferredStatements.DeferredStatementFailure deferred = deferred(e);
        // A statement sent in a batch failed after later changeSets had started: name its own.
        ChangeSet cs = deferred != null && deferred.changeSet() != null ? deferred.changeSet() : running;
        StringBuilder sb = new StringBuilder("Revision ").append(revision.id()).append(" (").append(revision.file()).append(") failed");
        if (cs != null) {
            sb.append(" in changeSet ").append(cs.getId()).append("::").append(cs.getAuthor());
        }
        sb.append(": ").append(rootMessage(e));
        if (deferred != null) {
            sb.append("\n  Statement: ").append(deferred.sql().strip());
        } else if (cs != null) {
            List<String> sql = cs.getGeneratedSql();
            if (sql != null && !sql.isEmpty() && sql.get(sql.size() - 1) != null) {
                sb.append("\n  Statement: ").append(sql.get(sql.size() - 1).strip());
            }
        }
        sb.append("\n  ").append(outcome);
        String state = sqlState(e);
        if (state != null && ALREADY_EXISTS.contains(state)) {
            sb.append("\n  If the database has this revision's schema already (made by init, by ddl-auto, by hand or by another tool),")
                    .append(" record it as applied without running it: mvn wataomi:stamp -Dwataomi.target=").append(revision.id())
                    .append(", then mvn wataomi:upgrade for the revisions after it. A development database can be rebuilt from")
                    .append(" the revisions with mvn wataomi:reset.");
        }
        return new MigrationFailure(sb.toString(), e);
    }

    private static DeferredStatements.DeferredStatementFailure deferred(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DeferredStatements.DeferredStatementFailure d) {
                return d;
            }
        }
        return null;
    }

    /** The SQLSTATE of the innermost SQL exception that has one, or null. */
    private static String sqlState(Throwable e) {
        String state = null;
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException s && s.getSQLState() != null) {
                state = s.getSQLState();
            }
        }
        return state;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        String sqlMessage = null;
        while (t != null) {
            if (t instanceof SQLException s && s.getMessage() != null) {
                sqlMessage = s.getMessage();
            }
            t = t.getCause() == t ? null : t.getCause();
        }
        if (sqlMessage != null) {
            return sqlMessage.strip();
        }
        return e.getMessage();
    }
}
