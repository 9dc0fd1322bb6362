package io.wataomi.core.lint;

import io.wataomi.core.model.QualifiedName;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the live database says about the objects the pending statements touch, read from its catalog and
 * statistics: a table's estimated rows and size, an index's table, a column's type, the columns proven not null,
 * how volatile a function is, whether a cast is binary. Each answer is read once.
 */
final class LiveFacts {
    /**
     * A table's size as the statistics say.
     *
     * @param rows  pg_class.reltuples: the estimated rows, negative when the table was never analyzed or vacuumed
     * @param bytes pg_total_relation_size: the table, its indexes and TOAST
     */
    record TableStats(double rows, long bytes) {
        /** False only when the statistics say the table is empty. */
        boolean mayHaveRows() {
            return rows != 0;
        }
    }

    /**
     * A type as PostgreSQL resolves it.
     *
     * @param oid       the type's oid
     * @param name      its pg_type name ({@code varchar}, {@code int8}, {@code _text} ...)
     * @param modifiers the numbers in its parentheses (a length, a precision and scale), empty when none
     */
    record ColumnType(long oid, String name, List<Integer> modifiers) {
    }

    private final Connection connection;
    private final Map<QualifiedName, Optional<TableStats>> tables = new HashMap<>();
    private final Map<QualifiedName, Optional<QualifiedName>> indexTables = new HashMap<>();
    private final Map<QualifiedName, Set<String>> notNull = new HashMap<>();
    private final Map<String, Optional<Character>> volatility = new HashMap<>();

    /** Facts read on a connection in autocommit mode, so that a type PostgreSQL rejects spoils no later query. */
    LiveFacts(Connection connection) throws SQLException {
        this.connection = connection;
        connection.setAutoCommit(true);
    }

    /** The statistics of a table, or null when the database has no such table. */
    TableStats table(QualifiedName table) throws SQLException {
        Optional<TableStats> known = tables.get(table);
        if (known == null) {
            known = Optional.ofNullable(first("SELECT c.reltuples, pg_total_relation_size(c.oid) FROM pg_class c"
                    + " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = ? AND c.relname = ? AND c.relkind IN ('r', 'p', 'm', 'f')",
                    rs -> new TableStats(rs.getDouble(1), rs.getLong(2)), table.schema(), table.name()));
            tables.put(table, known);
        }
        return known.orElse(null);
    }

    /** The table an index belongs to, or null when the database has no such index. */
    QualifiedName indexTable(QualifiedName index) throws SQLException {
        Optional<QualifiedName> known = indexTables.get(index);
        if (known == null) {
            known = Optional.ofNullable(first("SELECT tn.nspname, t.relname FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid"
                    + " JOIN pg_namespace n ON n.oid = ic.relnamespace JOIN pg_class t ON t.oid = i.indrelid"
                    + " JOIN pg_namespace tn ON tn.oid = t.relnamespace WHERE n.nspname = ? AND ic.relname = ?",
                    rs -> new QualifiedName(rs.getString(1), rs.getString(2)), index.schema(), index.name()));
            indexTables.put(index, known);
        }
        return known.orElse(null);
    }

    /** A column's type, or null when the table has no such column. */
    ColumnType column(QualifiedName table, String column) throws SQLException {
        return first("SELECT a.atttypid, t.typname, format_type(a.atttypid, a.atttypmod) FROM pg_attribute a"
                + " JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace JOIN pg_type t ON t.oid = a.atttypid"
                + " WHERE n.nspname = ? AND c.relname = ? AND a.attname = ? AND a.attnum > 0 AND NOT a.attisdropped",
                rs -> new ColumnType(rs.getLong(1), rs.getString(2), modifiers(rs.getString(3))), table.schema(), table.name(), column);
    }

    /** A type written as SQL, as the database resolves it, or null when it has no such type (or cannot read the text). */
    ColumnType type(String sql) {
        try {
            return first("SELECT t.oid, t.typname FROM pg_type t WHERE t.oid = to_regtype(?)",
                    rs -> new ColumnType(rs.getLong(1), rs.getString(2), modifiers(sql)), sql);
        } catch (SQLException e) {
            return null;
        }
    }

    /** True when pg_cast says values of one type are valid values of the other as they are (varchar to text). */
    boolean binaryCoercible(ColumnType from, ColumnType to) throws SQLException {
        return "b".equals(first("SELECT castmethod FROM pg_cast WHERE castsource = ?::oid AND casttarget = ?::oid", rs -> rs.getString(1),
                from.oid(), to.oid()));
    }

    /** The columns of a table that cannot hold null already: declared NOT NULL, or under a validated CHECK (c IS NOT NULL). */
    Set<String> notNullColumns(QualifiedName table) throws SQLException {
        Set<String> known = notNull.get(table);
        if (known != null) {
            return known;
        }
        Set<String> out = new HashSet<>();
        String sql = "SELECT a.attname, NULL FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace"
                + " WHERE n.nspname = ? AND c.relname = ? AND a.attnum > 0 AND a.attnotnull AND NOT a.attisdropped"
                + " UNION ALL SELECT NULL, pg_get_constraintdef(co.oid) FROM pg_constraint co JOIN pg_class c ON c.oid = co.conrelid"
                + " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = ? AND c.relname = ? AND co.contype = 'c' AND co.convalidated";
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            bind(ps, table.schema(), table.name(), table.schema(), table.name());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String column = rs.getString(1) != null ? rs.getString(1) : checkedColumn(rs.getString(2));
                    if (column != null) {
                        out.add(column);
                    }
                }
            }
        }
        notNull.put(table, out);
        return out;
    }

    private static String checkedColumn(String definition) {
        TokenCursor c = TokenCursor.of(definition);
        List<SqlLexer.Token> check = c.word("check") ? c.group() : null;
        return check == null ? null : SqlFragments.notNullColumn(check);
    }

    /**
     * How volatile each named function is, by its most volatile overload: {@code i}mmutable, {@code s}table or
     * {@code v}olatile. A name the database has no function of is missing from the answer.
     */
    Map<String, Character> volatility(Collection<String> functions) throws SQLException {
        List<String> unread = functions.stream().filter(f -> !volatility.containsKey(f)).distinct().toList();
        if (!unread.isEmpty()) {
            unread.forEach(f -> volatility.put(f, Optional.empty()));
            try (PreparedStatement ps = connection.prepareStatement(
                    "SELECT proname, max(provolatile::text) FROM pg_proc WHERE proname = ANY (?) GROUP BY proname")) {
                ps.setArray(1, connection.createArrayOf("text", unread.toArray()));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        volatility.put(rs.getString(1), Optional.of(rs.getString(2).charAt(0)));
                    }
                }
            }
        }
        Map<String, Character> out = new HashMap<>();
        functions.forEach(f -> volatility.get(f).ifPresent(v -> out.put(f, v)));
        return out;
    }

    /** The numbers in the first parentheses of a type's text: {@code numeric(10,2)} gives 10 and 2. */
    static List<Integer> modifiers(String type) {
        int open = type.indexOf('(');
        int close = type.indexOf(')', open + 1);
        List<Integer> out = new ArrayList<>();
        if (open < 0 || close < 0) {
            return out;
        }
        for (String part : type.substring(open + 1, close).split(",")) {
            try {
                out.add(Integer.parseInt(part.strip()));
            } catch (NumberFormatException e) {
                return List.of();
            }
        }
        return out;
    }

    private interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private <T> T first(String sql, Row<T> row, Object... parameters) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            bind(ps, parameters);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? row.read(rs) : null;
            }
        }
    }

    private static void bind(PreparedStatement ps, Object... parameters) throws SQLException {
        for (int k = 0; k < parameters.length; k++) {
            ps.setObject(k + 1, parameters[k]);
        }
    }
}
