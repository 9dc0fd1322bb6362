package io.wataomi.core.db;

import io.wataomi.core.shared.Output;
import io.wataomi.core.shared.DatabaseFailure;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The persistent embedded PostgreSQL used when no URL is configured. One server per data folder and
 * JVM: several goals of one Maven invocation share it, and it stops when the JVM exits. A server
 * that another process already runs on the same folder is reused rather than started twice.
 */
public final class EmbeddedDatabase {
    /** The database created inside the embedded cluster. */
    public static final String DATABASE = "wataomi";
    private static final Map<Path, Endpoint> RUNNING = new HashMap<>();

    /**
     * A running server.
     *
     * @param port    its TCP port on localhost
     * @param started true when this JVM started it (and will stop it)
     */
    public record Endpoint(int port, boolean started) {
        /** The JDBC URL of a database in this server. */
        public String jdbcUrl(String database) {
            return "jdbc:postgresql://localhost:" + port + "/" + database;
        }
    }

    private EmbeddedDatabase() {
    }

    /** Starts (or finds) the server for a data folder and ensures the {@value #DATABASE} database exists. */
    public static synchronized Endpoint start(Path dataDirectory, Output output) {
        Path dir = dataDirectory.toAbsolutePath().normalize();
        Endpoint running = RUNNING.get(dir);
        if (running != null) {
            return running;
        }
        Endpoint endpoint = runningElsewhere(dir).map(port -> new Endpoint(port, false)).orElseGet(() -> launch(dir, output));
        ensureDatabase(endpoint);
        RUNNING.put(dir, endpoint);
        return endpoint;
    }

    private static Endpoint launch(Path dir, Output output) {
        long t0 = System.nanoTime();
        // The embedded server's library reports every start and stop at INFO; under Maven's simple
        // logger a system property set before its first log call keeps that out of the build log.
        System.getProperties().putIfAbsent("org.slf4j.simpleLogger.log.io.zonky", "warn");
        try {
            Files.createDirectories(dir.getParent());
            java.io.File serverLog = dir.resolveSibling(dir.getFileName() + ".log").toFile();
            EmbeddedPostgres pg = EmbeddedPostgres.builder()
                    .setDataDirectory(dir)
                    .setOutputRedirector(ProcessBuilder.Redirect.appendTo(serverLog))
                    .setErrorRedirector(ProcessBuilder.Redirect.appendTo(serverLog))
                    .setCleanDataDirectory(false)
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("full_page_writes", "off")
                    .start();
            // The library registers its own shutdown hook (pg_ctl stop -m fast), so the server stops with the JVM.
            output.debug("Embedded PostgreSQL started in " + (System.nanoTime() - t0) / 1_000_000 + " ms on port " + pg.getPort());
            return new Endpoint(pg.getPort(), true);
        } catch (IOException | RuntimeException e) {
            throw new DatabaseFailure("Cannot start the embedded PostgreSQL in " + dir + ": " + e.getMessage()
                    + ". Delete that folder to start from an empty database, or set wataomi.url to use a server.", e);
        }
    }

    /** The port of a live postmaster already serving this folder, from its postmaster.pid. */
    static Optional<Integer> runningElsewhere(Path dir) {
        Path pidFile = dir.resolve("postmaster.pid");
        try {
            if (!Files.isRegularFile(pidFile)) {
                return Optional.empty();
            }
            List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
            if (lines.size() < 4) {
                return Optional.empty();
            }
            long pid = Long.parseLong(lines.get(0).strip());
            boolean alive = ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
            return alive ? Optional.of(Integer.parseInt(lines.get(3).strip())) : Optional.empty();
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static void ensureDatabase(Endpoint endpoint) {
        try (Connection c = DriverManager.getConnection(endpoint.jdbcUrl("postgres"), "postgres", null);
             Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'")) {
                if (rs.next()) {
                    return;
                }
            }
            st.execute("CREATE DATABASE " + DATABASE);
        } catch (SQLException e) {
            if (!"42P04".equals(e.getSQLState())) {
                throw new DatabaseFailure("Cannot prepare the embedded database: " + e.getMessage(), e);
            }
        }
    }
}
