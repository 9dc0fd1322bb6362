package io.wataomi.core.migrate;

import io.wataomi.core.shared.DatabaseFailure;

/**
 * A revision or a concurrent step gave up on a lock on every try; what it changed was undone, and the message names the
 * sessions that held the lock and how to end them.
 */
public final class LockTimeoutFailure extends DatabaseFailure {
    LockTimeoutFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
