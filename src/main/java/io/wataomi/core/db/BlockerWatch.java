package io.wataomi.core.db;

import io.wataomi.core.config.DdlTimeouts;
import io.wataomi.core.shared.DatabaseFailure;
import io.wataomi.core.shared.Output;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Watches, from a second connection, whether the migration's backend waits for a lock and which sessions hold it up.
 * The blockers can only be read while the statement waits (once the server cancels it, pg_blocking_pids is empty), so a
 * thread polls during each try: pg_stat_activity on every poll, pg_blocking_pids (which briefly takes the lock manager's
 * locks) only while the backend waits for a lock. With no lock timeout set, a long wait is announced as it happens.
 * The same polls give the heartbeat: every so often, a line naming the changeSet that runs and for how long it has run.
 */
public final class BlockerWatch implements AutoCloseable {
    private static final Duration ANNOUNCE_AFTER = Duration.ofSeconds(5);
    private static final int QUERY_CHARS = 100;
    private static final String WAITS = "WITH waiting AS (SELECT pid FROM pg_stat_activity WHERE pid = ? AND wait_event_type = 'Lock')"
            + " SELECT b.pid, coalesce(b.application_name, ''), coalesce(b.state, ''),"
            + " coalesce(floor(extract(epoch FROM clock_timestamp() - b.xact_start))::bigint, -1),"
            + " coalesce(left(regexp_replace(b.query, '\\s+', ' ', 'g'), " + (QUERY_CHARS + 1) + "), ''),"
            + " (SELECT l.mode || coalesce(' on ' || l.relation::regclass::text, ' (' || l.locktype || ')')"
            + "    FROM pg_locks l WHERE l.pid = w.pid AND NOT l.granted LIMIT 1)"
            + " FROM waiting w CROSS JOIN LATERAL unnest(pg_blocking_pids(w.pid)) AS bp(pid)"
            + " JOIN pg_stat_activity b ON b.pid = bp.pid ORDER BY b.pid";

    private final Connection watcher;
    private final int pid;
    private final Duration every;
    private final Duration heartbeat;
    private final boolean announce;
    private final Output output;
    private final ScheduledExecutorService timer;
    private volatile Round round;
    private volatile Running running;
    private volatile boolean broken;
    private ScheduledFuture<?> polling;

    /** What one try was seen waiting for. */
    private static final class Round {
        volatile LockWait seen;
        long waitingSince;
        boolean announced;
    }

    /** The changeSet the migration runs, since when, and when the heartbeat last named it (read by the polling thread only). */
    private static final class Running {
        final String changeSet;
        final long since = System.nanoTime();
        long named = since;

        Running(String changeSet) {
            this.changeSet = changeSet;
        }
    }

    private BlockerWatch(Connection watcher, int pid, DdlTimeouts timeouts, Duration heartbeat, Output output) {
        this.watcher = watcher;
        this.pid = pid;
        this.every = pollInterval(timeouts.lockTimeout());
        this.heartbeat = heartbeat;
        this.announce = !timeouts.limitsLockWaits();
        this.output = output;
        this.timer = watcher == null ? null : Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "wataomi-lock-watch");
            t.setDaemon(true);
            return t;
        });
    }

    /** A watch that sees nothing: where no second connection is worth opening (a scratch database, a stamp). */
    public static BlockerWatch none() {
        return new BlockerWatch(null, 0, new DdlTimeouts(Duration.ZERO, 0, null), Duration.ZERO, null);
    }

    /**
     * Watches the backend of {@code migration} from a new connection to the same database, naming the running changeSet
     * every {@code heartbeat} (zero: never). Should that connection fail, the migration runs anyway, unwatched, and says so.
     */
    public static BlockerWatch open(LiveDatabase database, Connection migration, DdlTimeouts timeouts, Duration heartbeat,
                                    Output output) {
        Connection c = null;
        try {
            int pid = backendPid(migration);
            c = database.connect();
            c.setAutoCommit(true);
            try (Statement st = c.createStatement()) {
                st.execute("SET application_name = 'wataomi lock watch'");
                st.execute("SET statement_timeout = '5s'");
            }
            return new BlockerWatch(c, pid, timeouts, heartbeat, output);
        } catch (SQLException | DatabaseFailure e) {
            closeQuietly(c);
            output.warn("Cannot open a second connection to watch for sessions that block the migration (" + e.getMessage()
                    + "); a statement that waits for a lock will not name them.");
            return none();
        }
    }

    private static int backendPid(Connection migration) throws SQLException {
        try (Statement st = migration.createStatement(); ResultSet rs = st.executeQuery("SELECT pg_backend_pid()")) {
            rs.next();
            int pid = rs.getInt(1);
            migration.commit();
            return pid;
        }
    }

    /** Polls often enough to see every wait at least a few times before the server cancels it. */
    static Duration pollInterval(Duration lockTimeout) {
        long ms = lockTimeout.isZero() ? 250 : Math.max(20, Math.min(250, lockTimeout.toMillis() / 4));
        return Duration.ofMillis(ms);
    }

    /** True when a second connection watches. */
    public boolean watching() {
        return watcher != null && !broken;
    }

    /** Names the changeSet the migration starts now (null: none), for the heartbeat. */
    public void running(String changeSet) {
        running = changeSet == null ? null : new Running(changeSet);
    }

    /** Starts watching one try. */
    public synchronized void start() {
        stop();
        if (!watching()) {
            return;
        }
        Round r = new Round();
        round = r;
        // The first poll comes one interval in: most tries end sooner, and a wait is seen several times before it times out.
        polling = timer.scheduleWithFixedDelay(() -> poll(r), every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Stops watching the try; returns the last lock wait seen during it, or null when none was. */
    public synchronized LockWait stop() {
        if (polling != null) {
            polling.cancel(false);
            polling = null;
        }
        Round r = round;
        round = null;
        return r == null ? null : r.seen;
    }

    private void poll(Round r) {
        if (round != r) {
            return;
        }
        beat();
        if (broken) {
            return;
        }
        try {
            LockWait wait = read();
            if (wait == null) {
                r.waitingSince = 0;
                return;
            }
            r.seen = wait;
            long now = System.nanoTime();
            if (r.waitingSince == 0) {
                r.waitingSince = now;
            }
            if (announce && !r.announced && now - r.waitingSince >= ANNOUNCE_AFTER.toNanos()) {
                r.announced = true;
                output.warn("A statement of the migration has waited " + ANNOUNCE_AFTER.toSeconds() + " s for " + wait.lock()
                        + ", held by " + wait.describeBlockers() + ". wataomi.ddlLockTimeout is 0, so it waits until they end,"
                        + " and every later query on that table waits behind it.");
            }
        } catch (SQLException | RuntimeException e) {
            output.debug("The lock watch stopped: " + e.getMessage());
            broken = true;
        }
    }

    /** Names the running changeSet when the heartbeat is due: one heartbeat after it started, then every heartbeat. */
    private void beat() {
        Running now = running;
        long t = System.nanoTime();
        if (now == null || heartbeat.isZero() || t - now.named < heartbeat.toNanos()) {
            return;
        }
        now.named = t;
        output.info("  ... " + now.changeSet + " has run for " + (t - now.since) / 1_000_000_000 + " s");
    }

    private LockWait read() throws SQLException {
        List<Blocker> blockers = new ArrayList<>();
        String lock = null;
        try (PreparedStatement ps = watcher.prepareStatement(WAITS)) {
            ps.setInt(1, pid);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String query = rs.getString(5);
                    blockers.add(new Blocker(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                            query.length() > QUERY_CHARS ? query.substring(0, QUERY_CHARS) + "..." : query));
                    lock = rs.getString(6);
                }
            }
        }
        return blockers.isEmpty() ? null : new LockWait(lock == null ? "a lock" : lock, List.copyOf(blockers));
    }

    @Override
    public void close() {
        if (watcher == null) {
            return;
        }
        stop();
        timer.shutdown();
        try {
            timer.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        closeQuietly(watcher);
    }

    private static void closeQuietly(Connection c) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (SQLException ignored) {
            // The watch is done either way.
        }
    }
}
