package io.wataomi.core.db;

import io.wataomi.core.shared.Output;
import io.wataomi.core.shared.DatabaseFailure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;

/**
 * The migration lock: a PostgreSQL session-level advisory lock. The server releases it when the
 * session ends, so a killed build never leaves a lock behind (unlike a lock row).
 */
public final class MigrationLock implements AutoCloseable {
    /** First key of the advisory lock: "WATA". The second is derived from the schema name. */
    static final int LOCK_CLASS = 0x57415441;
    private static final long POLL_MILLIS = 200;

    private final Connection connection;
    private final int key;

    private MigrationLock(Connection connection, int key) {
        this.connection = connection;
        this.key = key;
    }

    /** Takes the lock for a schema, waiting up to the timeout for another run to finish. */
    public static MigrationLock acquire(Connection connection, String schema, Duration timeout, Output output) {
        int key = schema.hashCode();
        long deadline = System.nanoTime() + timeout.toNanos();
        boolean announced = false;
        try {
            while (!tryLock(connection, key)) {
                if (!announced) {
                    output.info("Waiting for the migration lock on schema " + schema + ", held by " + holder(connection, key));
                    announced = true;
                }
                if (System.nanoTime() > deadline) {
                    throw new DatabaseFailure("Timed out after " + timeout.toSeconds() + " s waiting for the migration lock on schema "
                            + schema + ", held by " + holder(connection, key) + ". Wait for that run to finish; if it hangs,"
                            + " end its session (SELECT pg_terminate_backend(pid)) or raise wataomi.lockTimeout.");
                }
                Thread.sleep(POLL_MILLIS);
            }
            if (announced) {
                output.info("Migration lock acquired.");
            }
            return new MigrationLock(connection, key);
        } catch (SQLException e) {
            throw new DatabaseFailure("Cannot take the migration lock: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DatabaseFailure("Interrupted while waiting for the migration lock", e);
        }
    }

    private static boolean tryLock(Connection c, int key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT pg_try_advisory_lock(?, ?)")) {
            ps.setInt(1, LOCK_CLASS);
            ps.setInt(2, key);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                boolean got = rs.getBoolean(1);
                c.commit();
                return got;
            }
        }
    }

    private static String holder(Connection c, int key) throws SQLException {
        String sql = "SELECT a.pid, coalesce(a.application_name, ''), coalesce(host(a.client_addr), 'local'),"
                + " to_char(a.backend_start, 'YYYY-MM-DD HH24:MI:SS') FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid"
                + " WHERE l.locktype = 'advisory' AND l.classid::bigint = ? AND l.objid::bigint = ? AND l.granted";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, Integer.toUnsignedLong(LOCK_CLASS));
            ps.setLong(2, Integer.toUnsignedLong(key));
            try (ResultSet rs = ps.executeQuery()) {
                String who = rs.next()
                        ? "session pid " + rs.getInt(1) + " (" + rs.getString(2) + " from " + rs.getString(3) + ", connected " + rs.getString(4) + ")"
                        : "another session";
                c.commit();
                return who;
            }
        }
    }

    @Override
    public void close() {
        try (PreparedStatement ps = connection.prepareStatement("SELECT pg_advisory_unlock(?, ?)")) {
            ps.setInt(1, LOCK_CLASS);
            ps.setInt(2, key);
            ps.execute();
            connection.commit();
        } catch (SQLException e) {
            // The session is ending anyway; the server drops the lock with it.
        }
    }
}
