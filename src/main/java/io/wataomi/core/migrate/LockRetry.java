package io.wataomi.core.migrate;

import io.wataomi.core.config.DdlTimeouts;
import io.wataomi.core.config.PgDuration;
import io.wataomi.core.db.BlockerWatch;
import io.wataomi.core.db.LockWait;
import io.wataomi.core.shared.DatabaseFailure;
import io.wataomi.core.shared.Output;

import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * Runs a try that may give up on a lock (the server cancelled a statement at the lock timeout, or chose it as a deadlock
 * victim) again after a pause, naming the sessions that held the lock each time. The try must leave nothing behind when
 * it fails: a revision rolls back, a concurrent step starts by undoing its own leftovers. Pauses double from the lock
 * timeout (one second without one) up to a minute, each a random time between its half and its whole, so that retrying
 * runs do not fall in step with each other or with a periodic job.
 */
final class LockRetry {
    static final String LOCK_NOT_AVAILABLE = "55P03";
    static final String DEADLOCK_DETECTED = "40P01";
    static final Duration MAX_PAUSE = Duration.ofMinutes(1);
    private static final Duration UNIT_WITHOUT_TIMEOUT = Duration.ofSeconds(1);

    private final DdlTimeouts timeouts;
    private final BlockerWatch watch;
    private final Output output;

    LockRetry(DdlTimeouts timeouts, BlockerWatch watch, Output output) {
        this.timeouts = timeouts;
        this.watch = watch;
        this.output = output;
    }

    /** Runs {@code work}, described as {@code what} ("Revision 5d1c2a3b4c5d"), trying again while it gives up on a lock. */
    <T> T run(String what, Supplier<T> work) {
        long t0 = System.nanoTime();
        for (int attempt = 1; ; attempt++) {
            watch.start();
            RuntimeException failure;
            try {
                T result = work.get();
                watch.stop();
                return result;
            } catch (RuntimeException e) {
                failure = e;
            }
            LockWait seen = watch.stop();
            String state = lockState(failure);
            if (state == null) {
                throw failure;
            }
            if (attempt == timeouts.tries()) {
                throw new LockTimeoutFailure(failure.getMessage() + "\n  " + gaveUp(attempt, t0, seen), failure);
            }
            Duration pause = pause(attempt);
            output.warn(what + " (try " + attempt + " of " + timeouts.tries() + ") " + verdict(state) + ", "
                    + heldBy(seen) + ". Trying again in " + PgDuration.label(pause) + ".");
            sleep(pause);
        }
    }

    /** The pause after the given try: between the half and the whole of the lock timeout doubled per try, capped at a minute. */
    Duration pause(int attempt) {
        Duration unit = timeouts.limitsLockWaits() ? timeouts.lockTimeout() : UNIT_WITHOUT_TIMEOUT;
        long ceiling = Math.min(MAX_PAUSE.toMillis(), unit.toMillis() << Math.min(attempt - 1, 20));
        return Duration.ofMillis(ceiling / 2 + ThreadLocalRandom.current().nextLong(ceiling / 2 + 1));
    }

    /** The SQLSTATE when the failure is a lock given up on, else null. */
    static String lockState(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException s && (LOCK_NOT_AVAILABLE.equals(s.getSQLState()) || DEADLOCK_DETECTED.equals(s.getSQLState()))) {
                return s.getSQLState();
            }
        }
        return null;
    }

    private String verdict(String state) {
        if (DEADLOCK_DETECTED.equals(state)) {
            return "was cancelled by the server to break a deadlock";
        }
        return timeouts.limitsLockWaits() ? "gave up on a lock after " + PgDuration.label(timeouts.lockTimeout()) + " (wataomi.ddlLockTimeout)"
                : "gave up on a lock at the server's own lock_timeout";
    }

    private String heldBy(LockWait seen) {
        if (seen != null) {
            return "waiting for " + seen.lock() + " held by " + seen.describeBlockers();
        }
        return watch.watching() ? "the sessions holding the lock ended before the watch saw them"
                : "the sessions holding the lock are not watched on this run";
    }

    private String gaveUp(int attempts, long t0, LockWait seen) {
        String tried = "Gave up after " + attempts + " tr" + (attempts == 1 ? "y" : "ies") + " in "
                + PgDuration.label(Duration.ofMillis((System.nanoTime() - t0) / 1_000_000)) + " (wataomi.ddlLockTimeout="
                + PgDuration.label(timeouts.lockTimeout()) + ", wataomi.ddlLockRetries=" + timeouts.lockRetries() + "): " + heldBy(seen) + ".";
        String fix = seen != null ? "\n  " + seen.howToEnd() + "; then run the goal again."
                : "\n  Find the session holding the lock with SELECT pid, application_name, state, query FROM pg_stat_activity"
                + " WHERE pid = ANY (pg_blocking_pids(<waiting pid>)); end it, then run the goal again.";
        return tried + fix + "\n  Or run the goal when the database is quieter, or raise wataomi.ddlLockRetries.";
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DatabaseFailure("Interrupted while waiting to try again", e);
        }
    }
}
