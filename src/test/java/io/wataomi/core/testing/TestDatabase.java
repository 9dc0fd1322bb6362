package io.wataomi.core.testing;

import io.wataomi.core.shared.Output;
import io.wataomi.core.db.EmbeddedDatabase;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * One embedded PostgreSQL for the whole test JVM (data folder target/test-postgres, started on first
 * use and stopped when the JVM exits), and a fresh, uniquely named database per test.
 */
public final class TestDatabase {
    /** The superuser of the embedded server (no password). */
    public static final String USER = "postgres";
    private static final String PREFIX = "t_";
    private static EmbeddedDatabase.Endpoint endpoint;

    private TestDatabase() {
    }

    /** The running server, started once per JVM. */
    public static synchronized EmbeddedDatabase.Endpoint server() {
        if (endpoint == null) {
            Path dir = Path.of("target", "test-postgres").toAbsolutePath().normalize();
            if (!serverAlive(dir)) {
                // A fresh cluster is faster than dropping an earlier run's databases (each DROP DATABASE checkpoints).
                deleteRecursively(dir);
            }
            endpoint = EmbeddedDatabase.start(dir, Output.silent());
        }
        return endpoint;
    }

    /** Creates a new empty database and returns its JDBC URL (user {@value #USER}). */
    public static String create(String label) {
        String name = PREFIX + label.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_") + "_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = admin(); Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create test database " + name, e);
        }
        return server().jdbcUrl(name);
    }

    /** A new autocommit connection to a test database by URL. */
    public static Connection connect(String jdbcUrl) throws SQLException {
        return DriverManager.getConnection(jdbcUrl, USER, null);
    }

    /** The database name of a URL made by {@link #create}. */
    public static String name(String jdbcUrl) {
        return jdbcUrl.substring(jdbcUrl.lastIndexOf('/') + 1);
    }

    /**
     * Waits until no session other than the caller's is connected to the database (a killed client's
     * backend ends once the server notices the closed socket).
     */
    public static void awaitNoOtherSessions(String jdbcUrl, long timeoutMillis) throws Exception {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        try (Connection c = connect(jdbcUrl)) {
            while (true) {
                try (Statement st = c.createStatement();
                     ResultSet rs = st.executeQuery("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
                             + " AND pid <> pg_backend_pid()")) {
                    rs.next();
                    if (rs.getInt(1) == 0) {
                        return;
                    }
                }
                if (System.currentTimeMillis() > deadline) {
                    throw new AssertionError("Other sessions still connected to " + jdbcUrl + " after " + timeoutMillis + " ms");
                }
                Thread.sleep(20);
            }
        }
    }

    private static Connection admin() throws SQLException {
        return DriverManager.getConnection(server().jdbcUrl("postgres"), USER, null);
    }

    /** True when a live postmaster (another test JVM's) serves the folder. */
    private static boolean serverAlive(Path dir) {
        try {
            Path pidFile = dir.resolve("postmaster.pid");
            if (!Files.isRegularFile(pidFile)) {
                return false;
            }
            long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).strip());
            return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete the old test cluster " + dir, e);
        }
    }
}
