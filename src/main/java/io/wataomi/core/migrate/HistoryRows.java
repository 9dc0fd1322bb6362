package io.wataomi.core.migrate;

import io.wataomi.core.revision.Revision;
import io.wataomi.core.shared.WataomiException;
import liquibase.changelog.ChangeSet;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * Statements on the history rows of one revision, by the path they were recorded under: what Liquibase's history
 * service does not offer, checking that a rollback removed them and forgetting a revision no file defines.
 */
final class HistoryRows {
    private final Connection connection;
    private final String table;

    HistoryRows(Connection connection, String schema) {
        this.connection = connection;
        this.table = AppliedHistory.quote(schema) + "." + AppliedHistory.TABLE;
    }

    /**
     * Fails, inside the revision's open transaction, when its rollback left any of the history rows of the changeSets
     * it removed, so a downgrade that changed nothing in the history never passes for done.
     */
    void requireRemoved(Revision revision, List<ChangeSet> removed) throws SQLException {
        String path = removed.get(0).getStoredFilePath();
        int left = 0;
        try (PreparedStatement ps = connection.prepareStatement("SELECT count(*) FROM " + table
                + " WHERE filename = ? AND id = ? AND author = ?")) {
            for (ChangeSet cs : removed) {
                ps.setString(1, path);
                ps.setString(2, cs.getId());
                ps.setString(3, cs.getAuthor());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    left += rs.getInt(1);
                }
            }
        }
        if (left > 0) {
            throw new WataomiException("Revision " + revision.id() + " (" + revision.file() + "): the downgrade removed no history row"
                    + " for " + left + " of its " + removed.size() + " changeSets (recorded as " + path + " in " + table
                    + "), so the database would still count them as applied. The revision was rolled back as a whole; nothing"
                    + " changed. Look for a trigger or rule on that table.");
        }
    }

    /**
     * Deletes the rows recorded under the path and commits: all of them, or, when {@code onlyRevision} is given
     * because another revision shares the path, only that revision's marker and the changeSets create named after it.
     */
    void forget(String path, String onlyRevision) throws SQLException {
        String sql = "DELETE FROM " + table + " WHERE filename = ?" + (onlyRevision == null ? ""
                : " AND ((id = ? AND author = '" + AppliedHistory.MARKER_AUTHOR + "') OR starts_with(id, ?))");
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setString(1, path);
            if (onlyRevision != null) {
                ps.setString(2, onlyRevision);
                ps.setString(3, onlyRevision + "-");
            }
            ps.executeUpdate();
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        }
    }
}
