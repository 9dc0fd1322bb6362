package io.wataomi.core.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * A deterministic text dump of a schema (public by default) read from pg_catalog and
 * information_schema: relations, columns (type, nullability, default), constraints and indexes,
 * optionally each table's rows. The history tables databasechangelog and databasechangeloglock are
 * left out, so a database's dump can be compared exactly with another's.
 */
public final class SchemaDump {
    private static final String EXCLUDED = "('databasechangelog', 'databasechangeloglock')";

    private SchemaDump() {
    }

    /** The schema of the public schema, without data. */
    public static String of(String jdbcUrl) {
        return of(jdbcUrl, false);
    }

    /** The schema of the public schema, and with {@code withData} every table's rows in a stable order. */
    public static String of(String jdbcUrl, boolean withData) {
        try (Connection c = TestDatabase.connect(jdbcUrl)) {
            return of(c, "public", withData);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot dump " + jdbcUrl, e);
        }
    }

    /** Dumps one schema over an open connection. */
    public static String of(Connection c, String schema, boolean withData) throws SQLException {
        StringBuilder sb = new StringBuilder();
        section(c, sb, "relation", "SELECT c.relkind::text, c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                + " WHERE n.nspname = ? AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f') AND c.relname NOT IN " + EXCLUDED
                + " ORDER BY c.relname", schema);
        section(c, sb, "column", "SELECT table_name, column_name, data_type, udt_name,"
                + " coalesce(character_maximum_length::text, ''), coalesce(numeric_precision::text, ''),"
                + " coalesce(numeric_scale::text, ''), is_nullable, coalesce(column_default, ''), is_identity"
                + " FROM information_schema.columns WHERE table_schema = ? AND table_name NOT IN " + EXCLUDED
                + " ORDER BY table_name, column_name", schema);
        section(c, sb, "constraint", "SELECT cl.relname, co.conname, co.contype::text, pg_get_constraintdef(co.oid, true)"
                + " FROM pg_constraint co JOIN pg_class cl ON cl.oid = co.conrelid JOIN pg_namespace n ON n.oid = co.connamespace"
                + " WHERE n.nspname = ? AND cl.relname NOT IN " + EXCLUDED + " ORDER BY cl.relname, co.conname", schema);
        section(c, sb, "index", "SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = ?"
                + " AND tablename NOT IN " + EXCLUDED + " ORDER BY tablename, indexname", schema);
        section(c, sb, "view", "SELECT table_name, view_definition FROM information_schema.views WHERE table_schema = ?"
                + " ORDER BY table_name", schema);
        if (withData) {
            for (String table : tables(c, schema)) {
                String q = quote(schema) + "." + quote(table);
                try (Statement st = c.createStatement();
                     ResultSet rs = st.executeQuery("SELECT count(*), coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')"
                             + " FROM " + q + " t")) {
                    rs.next();
                    sb.append("rows ").append(table).append(' ').append(rs.getLong(1)).append('\n');
                    if (!rs.getString(2).isEmpty()) {
                        for (String line : rs.getString(2).split("\n")) {
                            sb.append("  ").append(line).append('\n');
                        }
                    }
                }
            }
        }
        return sb.toString();
    }

    private static List<String> tables(Connection c, String schema) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                + " WHERE n.nspname = ? AND c.relkind IN ('r', 'p') AND c.relname NOT IN " + EXCLUDED + " ORDER BY c.relname")) {
            ps.setString(1, schema);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }

    private static void section(Connection c, StringBuilder sb, String label, String sql, String schema) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, schema);
            try (ResultSet rs = ps.executeQuery()) {
                ResultSetMetaData md = rs.getMetaData();
                while (rs.next()) {
                    sb.append(label);
                    for (int i = 1; i <= md.getColumnCount(); i++) {
                        sb.append(" | ").append(rs.getString(i));
                    }
                    sb.append('\n');
                }
            }
        }
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
