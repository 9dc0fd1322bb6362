package io.wataomi.core.lint;

import io.wataomi.core.lint.SqlLexer.Token;
import io.wataomi.core.model.QualifiedName;
import io.wataomi.core.model.Identifiers;
import io.wataomi.core.shared.Output;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The data statements the database recorded in pg_stat_statements, when the extension is installed and loaded: what
 * the application running now actually sends, with how often. A statement reads a column when its text names both the
 * table and the column.
 */
final class RecordedStatements {
    /** The statements whose first word makes them read or write rows. */
    private static final Set<String> DATA = Set.of("select", "insert", "update", "delete", "with", "merge", "copy", "table");

    private record Recorded(Set<String> names, long calls) {
    }

    private final List<Recorded> statements;
    private final String since;

    private RecordedStatements(List<Recorded> statements, String since) {
        this.statements = statements;
        this.since = since;
    }

    /** The recorded statements of the current database, or null when pg_stat_statements is absent or unreadable. */
    static RecordedStatements read(Connection c, Output output) throws SQLException {
        String schema = null;
        try (PreparedStatement ps = c.prepareStatement("SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace"
                + " WHERE e.extname = 'pg_stat_statements'"); ResultSet rs = ps.executeQuery()) {
            if (rs.next()) {
                schema = rs.getString(1);
            }
        }
        if (schema == null) {
            output.debug("pg_stat_statements is not installed: lint knows a column is read only when the entities map it.");
            return null;
        }
        List<Recorded> out = new ArrayList<>();
        String view = Identifiers.quote(schema) + ".pg_stat_statements";
        try (PreparedStatement ps = c.prepareStatement("SELECT s.query, s.calls FROM " + view + " s JOIN pg_database d ON d.oid = s.dbid"
                + " WHERE d.datname = current_database()"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Recorded r = recorded(rs.getString(1), rs.getLong(2));
                if (r != null) {
                    out.add(r);
                }
            }
        } catch (SQLException e) {
            output.warn("pg_stat_statements is installed but cannot be read, so lint knows a column is read only when the entities"
                    + " map it: " + e.getMessage().strip());
            return null;
        }
        return new RecordedStatements(out, since(c, schema));
    }

    private static Recorded recorded(String query, long calls) {
        List<Token> tokens = query == null ? List.of() : SqlLexer.tokens(query);
        if (tokens.isEmpty() || !(tokens.get(0).kind() == SqlLexer.Kind.WORD && DATA.contains(tokens.get(0).text()))) {
            return null;
        }
        Set<String> names = new HashSet<>();
        tokens.stream().filter(Token::isName).forEach(t -> names.add(t.text()));
        return new Recorded(names, calls);
    }

    /** When the statistics were last reset (PostgreSQL 14 and later), or null. */
    private static String since(Connection c, String schema) {
        try (PreparedStatement ps = c.prepareStatement("SELECT to_char(stats_reset, 'YYYY-MM-DD HH24:MI') FROM "
                + Identifiers.quote(schema) + ".pg_stat_statements_info"); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getString(1) : null;
        } catch (SQLException e) {
            return null;
        }
    }

    /** How many calls of recorded statements name the table and, unless null, the column. */
    long calls(QualifiedName table, String column) {
        return statements.stream().filter(s -> s.names().contains(table.name()) && (column == null || s.names().contains(column)))
                .mapToLong(Recorded::calls).sum();
    }

    /** "since ..." for the evidence line, or empty. */
    String since() {
        return since == null ? "" : " since " + since;
    }
}
