package io.wataomi.it;

import io.wataomi.core.shared.Output;
import io.wataomi.core.db.EmbeddedDatabase;

import java.io.File;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/** Database checks for the invoker scenarios' verify.groovy scripts (on their test classpath). */
public final class ScenarioDatabase {
    private ScenarioDatabase() {
    }

    /** Opens a scenario's embedded database, starting it in this JVM if its build already stopped it. */
    public static Connection openDb(File basedir) throws SQLException {
        // The driver itself, not DriverManager: DriverManager checks its caller's class loader, a Groovy one in scripts.
        Properties props = new Properties();
        props.setProperty("user", "postgres");
        return new org.postgresql.Driver().connect(jdbcUrl(basedir), props);
    }

    /** The JDBC URL (user postgres, no password) of a scenario's embedded database, starting it in this JVM if needed. */
    public static String jdbcUrl(File basedir) {
        EmbeddedDatabase.Endpoint ep = EmbeddedDatabase.start(new File(basedir, "target/wataomi/postgres").toPath(), Output.silent());
        return ep.jdbcUrl(EmbeddedDatabase.DATABASE);
    }

    /** Runs statements on a scenario's embedded database (starting it if needed). */
    public static void execute(File basedir, String... sql) throws SQLException {
        try (Connection c = openDb(basedir); Statement st = c.createStatement()) {
            for (String s : sql) {
                st.execute(s);
            }
        }
    }

    /** The rows of a query, each as its columns joined by '|' (NULL as "null"). */
    public static java.util.List<String> rows(Connection c, String sql) throws SQLException {
        java.util.List<String> out = new java.util.ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder sb = new StringBuilder();
                for (int i = 1; i <= n; i++) {
                    sb.append(i > 1 ? "|" : "").append(rs.getString(i));
                }
                out.add(sb.toString());
            }
        }
        return out;
    }

    /** True when the relation (e.g. {@code public."user"}) exists. */
    public static boolean exists(Connection c, String relation) throws SQLException {
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT to_regclass('" + relation.replace("'", "''") + "') IS NOT NULL")) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    /** Revision id to the number of its marker rows (author wataomi) in the history table. */
    public static Map<String, Integer> markers(Connection c) throws SQLException {
        Map<String, Integer> m = new TreeMap<>();
        if (!exists(c, "public.databasechangelog")) {
            return m;
        }
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT id, count(*) FROM public.databasechangelog WHERE author = 'wataomi' GROUP BY id")) {
            while (rs.next()) {
                m.put(rs.getString(1), rs.getInt(2));
            }
        }
        return m;
    }
}
