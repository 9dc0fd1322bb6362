package io.wataomi.core.migrate;

import io.wataomi.core.config.DdlTimeouts;
import io.wataomi.core.config.PgDuration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The configured lock and statement timeouts, set in the server session: for one transaction ({@code SET LOCAL}, what a
 * revision runs under), or for the session while a statement runs outside a transaction (a concurrent step). Because
 * the server enforces them, they also end a statement whose client was killed while it waited.
 */
final class ServerTimeouts {
    private final Map<String, String> settings = new LinkedHashMap<>();

    ServerTimeouts(DdlTimeouts timeouts) {
        if (timeouts.limitsLockWaits()) {
            settings.put("lock_timeout", PgDuration.setting(timeouts.lockTimeout()));
        }
        if (timeouts.statementTimeout() != null) {
            settings.put("statement_timeout", PgDuration.setting(timeouts.statementTimeout()));
        }
    }

    /** The statements that set the timeouts for the transaction just begun; they end with it. */
    List<String> localStatements() {
        return statements("SET LOCAL %s = '%s'");
    }

    /** Sets the timeouts for the session, committed, until {@link #reset}. */
    void session(Connection c) throws SQLException {
        set(c);
        c.commit();
    }

    /** Gives the session back its own settings (the server's, the role's or the connection's), committed. */
    void reset(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            for (String name : settings.keySet()) {
                st.execute("RESET " + name);
            }
        }
        c.commit();
    }

    private void set(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT set_config(?, ?, ?)")) {
            for (Map.Entry<String, String> s : settings.entrySet()) {
                ps.setString(1, s.getKey());
                ps.setString(2, s.getValue());
                ps.setBoolean(3, false);
                ps.execute();
            }
        }
    }

    /** The script's lines that set the timeouts for its transaction: the statements a live run sends. */
    String scriptLocal() {
        return script(localStatements());
    }

    /** The script's lines that set the timeouts for the statements run outside a transaction. */
    String scriptSession() {
        return script(statements("SET %s = '%s'"));
    }

    /** The script's lines that give the session back its own settings. */
    String scriptReset() {
        StringBuilder sb = new StringBuilder();
        settings.keySet().forEach(name -> sb.append("RESET ").append(name).append(";\n"));
        return sb.toString();
    }

    private List<String> statements(String form) {
        return settings.entrySet().stream().map(s -> String.format(form, s.getKey(), s.getValue())).toList();
    }

    private static String script(List<String> statements) {
        StringBuilder sb = new StringBuilder();
        statements.forEach(sql -> sb.append(sql).append(";\n"));
        return sb.toString();
    }
}
