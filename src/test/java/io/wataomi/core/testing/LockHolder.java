package io.wataomi.core.testing;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A session of "the application" that holds locks: it runs a statement in a transaction it leaves open (idle in
 * transaction, as a long request or a report does) until released.
 */
public final class LockHolder implements AutoCloseable {
    private final Connection connection;
    private final int pid;

    private LockHolder(Connection connection, int pid) {
        this.connection = connection;
        this.pid = pid;
    }

    /** Opens a session named {@code application} and runs {@code sql} in a transaction that stays open. */
    public static LockHolder hold(String jdbcUrl, String application, String sql) throws SQLException {
        Connection c = TestDatabase.connect(jdbcUrl);
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT pg_backend_pid()")) {
            rs.next();
            int pid = rs.getInt(1);
            st.execute("SET application_name = '" + application + "'");
            c.setAutoCommit(false);
            st.execute(sql);
            return new LockHolder(c, pid);
        }
    }

    /** The holder's backend pid, as pg_blocking_pids reports it. */
    public int pid() {
        return pid;
    }

    /**
     * Starts a thread that ends the transaction once {@code count} lines of the output contain {@code fragment}, or after
     * two minutes without them (so that a run waiting for this session ends, and the test's assertions say what was missing).
     */
    public Thread releaseOnceSeen(RecordingOutput output, String fragment, int count) {
        Thread t = new Thread(() -> {
            try {
                output.await(fragment, count, 120_000);
            } catch (InterruptedException | AssertionError e) {
                // released below all the same
            } finally {
                try {
                    release();
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            }
        }, "release-" + pid);
        t.start();
        return t;
    }

    /** Ends the transaction, releasing its locks. */
    public void release() throws SQLException {
        connection.rollback();
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
