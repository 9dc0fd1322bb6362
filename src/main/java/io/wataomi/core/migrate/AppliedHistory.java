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
    private final Map<String, String> normalised = new HashMap<>();
    private Set<String> unclaimed;

    /** True when paths are compared exactly as recorded, without Liquibase's normalisation. */
    private final boolean asRecorded;

    private AppliedHistory(Map<String, Ran> ran, Map<String, Ran> markers, boolean asRecorded) {
        this.ran = ran;
        this.markers = markers;
        this.asRecorded = asRecorded;
    }

    private AppliedHistory(Map<String, Ran> ran, Map<String, Ran> markers) {
        this(ran, markers, false);
    }

    /** Reads the history table of a schema; an absent table means nothing applied. */
    static AppliedHistory read(Connection c, String schema) {
        return read(c, schema, false);
    }

    /**
     * Reads the history table of a schema, its paths compared exactly as recorded: Liquibase, and its start-up, are not
     * needed, and a path recorded in another form than the file gives only looks unknown (the caller then takes the
     * full path, which normalises).
     */
    static AppliedHistory readAsRecorded(Connection c, String schema) {
        return read(c, schema, true);
    }

    private static AppliedHistory read(Connection c, String schema, boolean asRecorded) {
        Map<String, Ran> ran = new HashMap<>();
        Map<String, Ran> markers = new HashMap<>();
        try {
            if (!exists(c, schema)) {
                return new AppliedHistory(ran, markers, asRecorded);
            }
            String sql = "SELECT filename, id, author, md5sum, dateexecuted, exectype FROM " + quote(schema) + "." + TABLE;
            AppliedHistory history = new AppliedHistory(ran, markers, asRecorded);
            try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    history.add(rs);
                }
            }
            c.commit();
            return history;
        } catch (SQLException e) {
            throw new DatabaseFailure("Cannot read the history table " + schema + "." + TABLE + ": " + e.getMessage(), e);
        }
    }

    /**
     * Takes in rows this run wrote and committed, as Liquibase wrote them: inserted or updated (its exec type), or
     * deleted (null), so that the table need not be read again after each revision.
     */
    void committed(Map<ChangeSet, ChangeSet.ExecType> rows) {
        Timestamp now = new Timestamp(System.currentTimeMillis());
        rows.forEach((cs, type) -> {
            String key = key(cs.getStoredFilePath(), cs.getId(), cs.getAuthor());
            boolean marker = MARKER_AUTHOR.equals(cs.getAuthor());
            if (type == null) {
                Ran gone = ran.remove(key);
                if (marker && gone != null && markers.get(cs.getId()) == gone) {
                    markers.remove(cs.getId());
                }
                return;
            }
            // No checksum: computing it again costs as much as running a small changeSet, and nothing compares a row
            // written in this run with its own file (a null checksum is never compared, as Liquibase does).
            Ran r = new Ran(cs.getStoredFilePath(), null, now, type.value);
            ran.put(key, r);
            if (marker) {
                markers.put(cs.getId(), r);
            }
        });
        unclaimed = null;
    }

    private void add(ResultSet rs) throws SQLException {
        Ran r = new Ran(rs.getString(1), rs.getString(4), rs.getTimestamp(5), rs.getString(6));
        ran.put(key(rs.getString(1), rs.getString(2), rs.getString(3)), r);
        if (MARKER_AUTHOR.equals(rs.getString(3))) {
            markers.put(rs.getString(2), r);
        }
    }

    /** The history offline SQL assumes: every one of these changeSets ran, none was stamped, no checksum to compare. */
    static AppliedHistory assumed(List<ChangeSet> ran) {
        AppliedHistory history = new AppliedHistory(new HashMap<>(), new HashMap<>());
        for (ChangeSet cs : ran) {
            Ran r = new Ran(cs.getFilePath(), null, null, "EXECUTED");
            history.ran.put(history.key(cs.getStoredFilePath(), cs.getId(), cs.getAuthor()), r);
            if (MARKER_AUTHOR.equals(cs.getAuthor())) {
                history.markers.put(cs.getId(), r);
            }
        }
        return history;
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

    private String key(String file, String id, String author) {
        return normalise(file) + "::" + id + "::" + author;
    }

    /**
     * Liquibase's normalised form of a path, computed once per path: {@link DatabaseChangeLog#normalizePath} reads a
     * setting on every call, which copies the system properties and hashes the environment (an upgrade of 500
     * revisions spent most of its time there).
     */
    private String normalise(String path) {
        return path == null || asRecorded ? path : normalised.computeIfAbsent(path, DatabaseChangeLog::normalizePath);
    }

    /** The history row of a changeset, or null if it has not run; see {@link #adopt}. */
    Ran ran(ChangeSet changeSet) {
        return ran(changeSet.getStoredFilePath(), changeSet.getId(), changeSet.getAuthor());
    }

    /** The history row recorded under that path, id and author, or null. */
    Ran ran(String path, String id, String author) {
        return ran.get(key(path, id, author));
    }

    /** True when both paths name the same file as Liquibase compares them. */
    boolean samePath(String a, String b) {
        return a != null && b != null && normalise(a).equals(normalise(b));
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
                || normalise(recorded).equals(normalise(sets.get(sets.size() - 1).getFilePath()))) {
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
        return unclaimed().contains(normalise(path));
    }

    /** True when some rows belong to no applied revision; see {@link #hasUnclaimedRows(String)}. */
    boolean hasUnclaimedRows() {
        return !unclaimed().isEmpty();
    }

    /** The paths with rows but no marker row, worked out on first use: most runs never ask. */
    private Set<String> unclaimed() {
        if (unclaimed == null) {
            unclaimed = new HashSet<>();
            ran.values().forEach(r -> unclaimed.add(normalise(r.file())));
            markers.values().forEach(r -> unclaimed.remove(normalise(r.file())));
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
