package io.wataomi.core.db;

import io.wataomi.core.shared.DatabaseFailure;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The PostgreSQL server running on a data folder, whichever process started it, as the server describes itself in
 * the folder's {@code postmaster.pid}. PostgreSQL writes that file before it serves anything and refuses to start a
 * second server while the process it names lives, which is what keeps one server per folder.
 *
 * @param dataDirectory the data folder
 * @param pid           the server's process id
 * @param port          its TCP port on localhost
 */
public record Postmaster(Path dataDirectory, long pid, int port) {
    private static final int PID_LINE = 0;
    private static final int PORT_LINE = 3;

    /** The live server of a data folder, if one runs. */
    public static Optional<Postmaster> of(Path dataDirectory) {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        try {
            if (!Files.isRegularFile(pidFile)) {
                return Optional.empty();
            }
            List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
            if (lines.size() <= PORT_LINE) {
                return Optional.empty();
            }
            long pid = Long.parseLong(lines.get(PID_LINE).strip());
            boolean alive = ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
            return alive ? Optional.of(new Postmaster(dataDirectory, pid, Integer.parseInt(lines.get(PORT_LINE).strip())))
                    : Optional.empty();
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * Stops the server as {@code pg_ctl stop -m fast} would, from any process: it stops taking new sessions, the open
     * ones (psql, an IDE) are ended, and it shuts down cleanly.
     *
     * @return the sessions that were ended, as "application (pid n)"
     */
    public List<String> stop(Duration timeout) {
        Optional<ProcessHandle> process = ProcessHandle.of(pid);
        if (process.isEmpty()) {
            return List.of();
        }
        List<String> ended;
        try (Connection c = DriverManager.getConnection(new EmbeddedDatabase.Endpoint(port, false).jdbcUrl("postgres"),
                EmbeddedDatabase.USER, null)) {
            requireThisFolder(c);
            // A smart shutdown (SIGTERM) first, so that no session starts meanwhile; it completes once the open ones end.
            if (!process.get().destroy()) {
                throw new DatabaseFailure("Cannot signal the embedded PostgreSQL (process " + pid + ") to stop: it runs as"
                        + " another user. Stop it as that user.");
            }
            ended = endOtherSessions(c);
        } catch (SQLException e) {
            throw new DatabaseFailure("Cannot reach the embedded PostgreSQL in " + dataDirectory + " on port " + port
                    + " (process " + pid + ") to stop it: " + e.getMessage() + ". If no PostgreSQL runs on that folder,"
                    + " delete " + dataDirectory.resolve("postmaster.pid") + ".", e);
        }
        awaitExit(process.get(), timeout);
        return ended;
    }

    private void requireThisFolder(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SHOW data_directory")) {
            rs.next();
            Path served = Path.of(rs.getString(1));
            if (!sameFolder(served)) {
                throw new DatabaseFailure("Port " + port + " is served by a PostgreSQL on " + served + ", not by the embedded one"
                        + " in " + dataDirectory + ", whose postmaster.pid is out of date: nothing was stopped.");
            }
        }
    }

    private boolean sameFolder(Path served) {
        try {
            return Files.isSameFile(served, dataDirectory);
        } catch (IOException e) {
            return false;
        }
    }

    private static List<String> endOtherSessions(Connection c) throws SQLException {
        List<String> ended = new ArrayList<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT pid, application_name, pg_terminate_backend(pid) FROM pg_stat_activity"
                     + " WHERE backend_type = 'client backend' AND pid <> pg_backend_pid() ORDER BY pid")) {
            while (rs.next()) {
                String application = rs.getString(2);
                ended.add((application == null || application.isBlank() ? "a client" : application) + " (pid " + rs.getInt(1) + ")");
            }
        }
        return ended;
    }

    private void awaitExit(ProcessHandle process, Duration timeout) {
        try {
            process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new DatabaseFailure("The embedded PostgreSQL in " + dataDirectory + " (process " + pid + ") did not stop within "
                    + timeout.toSeconds() + " s; its log is " + EmbeddedDatabase.logFile(dataDirectory) + ".", e);
        } catch (ExecutionException e) {
            throw new DatabaseFailure("Cannot wait for the embedded PostgreSQL (process " + pid + ") to stop: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DatabaseFailure("Interrupted while the embedded PostgreSQL (process " + pid + ") was stopping.", e);
        }
    }
}
