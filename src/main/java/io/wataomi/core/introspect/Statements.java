package io.wataomi.core.introspect;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** Runs the reader's statements over one connection and counts them, so that the count can be checked. */
final class Statements {
    /** What to do with each row. */
    @FunctionalInterface
    interface RowHandler {
        void row(ResultSet rs) throws SQLException;
    }

    private final Connection connection;
    private int count;

    Statements(Connection connection) {
        this.connection = connection;
    }

    /** Runs a query whose only parameter is the schema names, handing over each row. */
    void eachRow(String sql, List<String> schemas, RowHandler handler) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            Array names = connection.createArrayOf("text", schemas.toArray());
            ps.setArray(1, names);
            run(ps, handler);
            names.free();
        }
    }

    /** Runs a query with plain string parameters, handing over each row. */
    void eachRow(String sql, RowHandler handler, String... parameters) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                ps.setString(i + 1, parameters[i]);
            }
            run(ps, handler);
        }
    }

    private void run(PreparedStatement ps, RowHandler handler) throws SQLException {
        count++;
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                handler.row(rs);
            }
        }
    }

    /** How many statements ran so far. */
    int count() {
        return count;
    }

    /** A text[] column as a list (an SQL NULL as empty). */
    static List<String> strings(ResultSet rs, int column) throws SQLException {
        Array array = rs.getArray(column);
        if (array == null) {
            return List.of();
        }
        try {
            return List.of((String[]) array.getArray());
        } finally {
            array.free();
        }
    }
}
