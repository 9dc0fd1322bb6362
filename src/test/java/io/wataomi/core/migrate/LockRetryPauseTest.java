package io.wataomi.core.migrate;

import io.wataomi.core.config.DdlTimeouts;
import io.wataomi.core.db.BlockerWatch;
import io.wataomi.core.shared.Output;
import liquibase.exception.DatabaseException;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The retry's pauses and which failures it retries, without a database. */
class LockRetryPauseTest {

    @Test
    void pausesDoubleFromTheLockTimeoutUpToAMinuteAndAreJittered() {
        LockRetry retry = new LockRetry(new DdlTimeouts(Duration.ofSeconds(5), 8, null), BlockerWatch.none(), Output.silent());
        for (int attempt = 1; attempt <= 8; attempt++) {
            long ceiling = Math.min(60_000, 5_000L << (attempt - 1));
            long min = Long.MAX_VALUE;
            long max = 0;
            for (int i = 0; i < 200; i++) {
                long ms = retry.pause(attempt).toMillis();
                assertTrue(ms >= ceiling / 2 && ms <= ceiling, "try " + attempt + ": " + ms + " ms");
                min = Math.min(min, ms);
                max = Math.max(max, ms);
            }
            assertTrue(max - min > ceiling / 10, "try " + attempt + ": the pauses must spread, " + min + ".." + max);
        }
        LockRetry off = new LockRetry(new DdlTimeouts(Duration.ZERO, 3, null), BlockerWatch.none(), Output.silent());
        assertTrue(off.pause(1).toMillis() >= 500 && off.pause(1).toMillis() <= 1_000);
    }

    @Test
    void onlyALockGivenUpOnOrADeadlockIsRetried() {
        assertEquals("55P03", LockRetry.lockState(new RuntimeException(new DatabaseException(new SQLException("lock timeout", "55P03")))));
        assertEquals("40P01", LockRetry.lockState(new SQLException("deadlock", "40P01")));
        assertNull(LockRetry.lockState(new RuntimeException(new SQLException("statement timeout", "57014"))));

        AtomicInteger tries = new AtomicInteger();
        LockRetry retry = new LockRetry(new DdlTimeouts(Duration.ofMillis(1), 2, null), BlockerWatch.none(), Output.silent());
        RuntimeException other = new RuntimeException(new SQLException("syntax", "42601"));
        assertSame(other, assertThrows(RuntimeException.class, () -> retry.run("x", () -> {
            tries.incrementAndGet();
            throw other;
        })));
        assertEquals(1, tries.get());

        tries.set(0);
        LockTimeoutFailure gaveUp = assertThrows(LockTimeoutFailure.class, () -> retry.run("x", () -> {
            tries.incrementAndGet();
            throw new RuntimeException("Revision x failed", new SQLException("lock timeout", "55P03"));
        }));
        assertEquals(3, tries.get());
        assertTrue(gaveUp.getMessage().startsWith("Revision x failed\n  Gave up after 3 tries"), gaveUp.getMessage());
        assertTrue(gaveUp.getMessage().contains("the sessions holding the lock are not watched on this run"), gaveUp.getMessage());
    }
}
