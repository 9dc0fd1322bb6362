package io.wataomi.core.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;

/** Runs DDL statements on a test database, one by one, naming the statement that fails. */
public final class DdlScript {
    private DdlScript() {
    }

    /** The statements of a SQL script without functions or quoted semicolons: comment lines dropped, split at semicolons. */
    public static List<String> statements(Path script) {
        try {
            String text = String.join("\n", Files.readAllLines(script).stream().filter(l -> !l.strip().startsWith("--")).toList());
            return Arrays.stream(text.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Applies the statements in order, in one transaction. */
    public static void apply(String jdbcUrl, List<String> statements) {
        try (Connection c = TestDatabase.connect(jdbcUrl)) {
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                for (String sql : statements) {
                    try {
                        st.execute(sql);
                    } catch (SQLException e) {
                        throw new AssertionError("Statement failed: " + sql + "\n" + e.getMessage(), e);
                    }
                }
            }
            c.commit();
        } catch (SQLException e) {
            throw new AssertionError("Cannot apply DDL to " + jdbcUrl + ": " + e.getMessage(), e);
        }
    }
}
