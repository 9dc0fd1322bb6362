package io.wataomi.core.migrate;

import io.wataomi.core.shared.DatabaseFailure;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the history table says, read in one query: which changesets ran (with their checksums)
 * and which revisions are applied (their marker changesets, author {@value #MARKER_AUTHOR}), under
 * which file path. A revision is known by its id: its rows are the ones recorded under its marker's path.
 */
final class AppliedHistory {
    static final String MARKER_AUTHOR = "wataomi";
    static final String TABLE = "databasechangelog";

    /**
     * A row of the history table.
     *
     * @param file     the file path Liquibase recorded
     * @param checksum the stored checksum, or null
     * @param executed when it ran
     * @param execType EXECUTED, MARK_RAN, ...
     */
    record Ran(String file, String checksum, Timestamp executed, String execType) {
    }

    private final Map<String, Ran> ran;
    private final Map<String, Ran> markers;
    private Set<String> unclaimed;

    private AppliedHistory(Map<String, Ran> ran, Map<String, Ran> markers) {
        this.ran = ran;
        this.markers = markers;
    }

    /** Reads the history table of a schema; an absent table means nothing applied. */
    static AppliedHistory read(Connection c, String schema) {
        Map<String, Ran> ran = new HashMap<>();
        Map<String, Ran> markers = new HashMap<>();
        try {
            if (!exists(c, schema)) {
                return new AppliedHistory(ran, markers);
            }
            String sql = "SELECT filename, id, author, md5sum, dateexecuted, exectype FROM " + quote(schema) + "." + TABLE;
            try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Ran r = new Ran(rs.getString(1), rs.getString(4), rs.getTimestamp(5), rs.getString(6));
                    ran.put(key(rs.getString(1), rs.getString(2), rs.getString(3)), r);
                    if (MARKER_AUTHOR.equals(rs.getString(3))) {
                        markers.put(rs.getString(2), r);
                    }
                }
            }
            c.commit();
        } catch (SQLException e) {
            throw new DatabaseFailure("Cannot read the history table " + schema + "." + TABLE + ": " + e.getMessage(), e);
        }
        return new AppliedHistory(ran, markers);
    }

    /** The history offline SQL assumes: every one of these changeSets ran, none was stamped, no checksum to compare. */
    static AppliedHistory assumed(List<ChangeSet> ran) {
        Map<String, Ran> rows = new HashMap<>();
        Map<String, Ran> markers = new HashMap<>();
        for (ChangeSet cs : ran) {
            Ran r = new Ran(cs.getFilePath(), null, null, "EXECUTED");
            rows.put(key(cs.getStoredFilePath(), cs.getId(), cs.getAuthor()), r);
            if (MARKER_AUTHOR.equals(cs.getAuthor())) {
                markers.put(cs.getId(), r);
            }
        }
        return new AppliedHistory(rows, markers);
    }

    static boolean exists(Connection c, String schema) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT to_regclass(?)")) {
            ps.setString(1, quote(schema) + "." + TABLE);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1) != null;
            }
        }
    }

    static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    private static String key(String file, String id, String author) {
        return DatabaseChangeLog.normalizePath(file) + "::" + id + "::" + author;
    }

    /** The history row of a changeset, or null if it has not run; see {@link #adopt}. */
    Ran ran(ChangeSet changeSet) {
        return ran.get(key(changeSet.getStoredFilePath(), changeSet.getId(), changeSet.getAuthor()));
    }

    /**
     * Points the changesets of an applied revision at the path its history rows were recorded under, when the file
     * now reads as another path (renamed after it ran, without a logicalFilePath): checksum checks, rollbacks and
     * stamps then find and remove those rows.
     *
     * @return the recorded path when it differs from the file's, else null
     */
    String adopt(String revision, DatabaseChangeLog changeLog) {
        String recorded = recordedPath(revision);
        List<ChangeSet> sets = changeLog.getChangeSets();
        if (recorded == null || sets.isEmpty()
                || DatabaseChangeLog.normalizePath(recorded).equals(DatabaseChangeLog.normalizePath(sets.get(sets.size() - 1).getFilePath()))) {
            return null;
        }
        changeLog.getChangeSets().forEach(cs -> cs.setStoredFilePath(recorded));
        return recorded;
    }

    /** The file path a revision's marker row was recorded under, or null when it is not applied. */
    String recordedPath(String revision) {
        Ran r = markers.get(revision);
        return r == null ? null : r.file();
    }

    /**
     * True when changeSets are recorded under a path whose revision's marker is not: a revision partly applied (a
     * concurrent step still to run, a kill after a commit in its middle), or rows plain Liquibase wrote.
     */
    boolean hasUnclaimedRows(String path) {
        return unclaimed().contains(DatabaseChangeLog.normalizePath(path));
    }

    /** True when some rows belong to no applied revision; see {@link #hasUnclaimedRows(String)}. */
    boolean hasUnclaimedRows() {
        return !unclaimed().isEmpty();
    }

    /** The paths with rows but no marker row, worked out on first use: most runs never ask. */
    private Set<String> unclaimed() {
        if (unclaimed == null) {
            unclaimed = new HashSet<>();
            ran.values().forEach(r -> unclaimed.add(DatabaseChangeLog.normalizePath(r.file())));
            markers.values().forEach(r -> unclaimed.remove(DatabaseChangeLog.normalizePath(r.file())));
        }
        return unclaimed;
    }

    /** Ids of the applied revisions. */
    Set<String> revisions() {
        return markers.keySet();
    }

    /** When a revision's marker was recorded, or null. */
    Timestamp appliedAt(String revision) {
        Ran r = markers.get(revision);
        return r == null ? null : r.executed();
    }

    /** How a revision was recorded (EXECUTED, or MARK_RAN for a stamp), or null. */
    String execType(String revision) {
        Ran r = markers.get(revision);
        return r == null ? null : r.execType();
    }
}
