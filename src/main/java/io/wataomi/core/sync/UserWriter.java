package io.wataomi.core.sync;

import io.wataomi.core.casdoor.CasdoorUser;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes one page of users in one statement and one round trip: the page goes in as arrays, users that
 * differ are updated, new ones inserted, and each gets its default-workspace membership if it lacks
 * one. Rows that already match are not written (the update is guarded by {@code IS DISTINCT FROM}), so
 * a second sync writes nothing.
 */
final class UserWriter implements AutoCloseable {
    /** What one page changed. */
    record Counts(int created, int createdInactive, int updated, int deactivated, int joined) {
    }

    private static final List<String> TEXT_KEYS = List.of("user.email", "user.name", "user.avatar");

    private final TableLayout target;
    private final List<String> textKeys = new ArrayList<>();
    private final PreparedStatement statement;

    UserWriter(Connection c, TableLayout target) throws SQLException {
        this.target = target;
        TEXT_KEYS.stream().filter(target::has).forEach(textKeys::add);
        this.statement = c.prepareStatement(UserStatement.sql(target, textKeys));
        // One plan for every page, in which each of the page's users is looked up in the indexes (nested loops).
        // The tables grow inside this one transaction, where the planner's statistics cannot follow: a plan
        // made when they were empty scans them whole (or merge-joins against the whole membership index) on
        // every page, which makes a first sync quadratic; a plan made for 1,000 ids against a large table may
        // also pick a full scan. Index lookups keep every page in the milliseconds whatever the table sizes.
        statement.unwrap(org.postgresql.PGStatement.class).setPrepareThreshold(1);
        try (java.sql.Statement st = c.createStatement()) {
            st.execute("SET LOCAL plan_cache_mode = force_generic_plan");
            st.execute("SET LOCAL enable_seqscan = off");
            st.execute("SET LOCAL enable_hashjoin = off");
            st.execute("SET LOCAL enable_mergejoin = off");
        }
    }

    /** Writes a page of users with distinct ids (see {@link RepeatedUsers}) and returns what changed. */
    Counts write(Connection c, List<CasdoorUser> page) throws SQLException {
        int n = page.size();
        String[] keys = new String[n];
        String[][] texts = new String[textKeys.size()][n];
        Boolean[] active = new Boolean[n];
        int row = 0;
        for (CasdoorUser u : page) {
            keys[row] = ColumnValues.checked(target, "user.casdoorId", u.id(), u);
            for (int k = 0; k < textKeys.size(); k++) {
                texts[k][row] = ColumnValues.text(target, textKeys.get(k), value(textKeys.get(k), u), u);
            }
            active[row] = u.active();
            row++;
        }
        int p = 1;
        statement.setArray(p++, c.createArrayOf("text", keys));
        for (String[] column : texts) {
            statement.setArray(p++, c.createArrayOf("text", column));
        }
        if (target.has("user.active")) {
            statement.setArray(p++, c.createArrayOf("boolean", active));
        }
        if (target.has("member.role")) {
            statement.setString(p++, target.tables().memberRole());
        }
        statement.setString(p, target.tables().defaultWorkspace());
        try (ResultSet rs = statement.executeQuery()) {
            rs.next();
            return new Counts(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5));
        }
    }

    private static String value(String key, CasdoorUser u) {
        return switch (key) {
            case "user.email" -> u.email();
            case "user.name" -> u.shownName();
            case "user.avatar" -> u.avatar();
            default -> throw new IllegalArgumentException(key);
        };
    }

    @Override
    public void close() throws SQLException {
        statement.close();
    }
}
