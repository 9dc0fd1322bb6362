package io.wataomi.core.migrate;

import io.wataomi.core.shared.DatabaseFailure;
import io.wataomi.core.revision.Revision;
import liquibase.changelog.ChangeSet;

import java.sql.SQLException;
import java.util.List;

/** A revision failed part-way; its transaction was rolled back, so the database is at the previous revision. */
public final class MigrationFailure extends DatabaseFailure {
    private MigrationFailure(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public boolean isProjectProblem() {
        // A statement the server refuses is usually a mistake in the revision, not a connection problem.
        return true;
    }

    static MigrationFailure of(Revision revision, ChangeSet cs, Exception e) {
        StringBuilder sb = new StringBuilder("Revision ").append(revision.id()).append(" (").append(revision.file()).append(") failed");
        if (cs != null) {
            sb.append(" in changeSet ").append(cs.getId()).append("::").append(cs.getAuthor());
        }
        sb.append(": ").append(rootMessage(e));
        if (cs != null) {
            List<String> sql = cs.getGeneratedSql();
            if (sql != null && !sql.isEmpty() && sql.get(sql.size() - 1) != null) {
                sb.append("\n  Statement: ").append(sql.get(sql.size() - 1).strip());
            }
        }
        sb.append("\n  The revision was rolled back as a whole; the database is still at the revision before it.");
        return new MigrationFailure(sb.toString(), e);
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
