package io.wataomi.core.config;

import java.time.Duration;

/**
 * How long a migration's statements may wait, set in the server session of each revision's transaction, so that they
 * hold even for a statement whose client has died.
 *
 * @param lockTimeout      how long one statement may wait for a lock before the server cancels it; zero sets none
 * @param lockRetries      how many times a revision (or a concurrent step) that gave up on a lock is tried again
 * @param statementTimeout how long one statement may run, or null to leave the server's setting
 */
public record DdlTimeouts(Duration lockTimeout, int lockRetries, Duration statementTimeout) {
    /** The most retries accepted: with the pauses capped at a minute, about an hour and a half of trying. */
    static final int MAX_RETRIES = 100;

    /** Reads {@code wataomi.ddlLockTimeout}, {@code wataomi.ddlLockRetries} and {@code wataomi.statementTimeout}. */
    public static DdlTimeouts from(LayeredSettings settings) {
        return new DdlTimeouts(settings.duration(PropertyNames.DDL_LOCK_TIMEOUT, Defaults.DDL_LOCK_TIMEOUT),
                settings.number(PropertyNames.DDL_LOCK_RETRIES, Defaults.DDL_LOCK_RETRIES, 0, MAX_RETRIES),
                settings.duration(PropertyNames.STATEMENT_TIMEOUT).orElse(null));
    }

    /** True when wataomi sets a lock timeout. */
    public boolean limitsLockWaits() {
        return !lockTimeout.isZero();
    }

    /** How many times a statement may be tried in all. */
    public int tries() {
        return lockRetries + 1;
    }
}
