package io.wataomi.core.testing;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** Runs DDL statements on a test database, one by one, naming the statement that fails. */
public final class DdlScript {
    private DdlScript() {
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
