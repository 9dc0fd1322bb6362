package io.wataomi.core.db;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What a waiting statement was seen waiting for, and who held it.
 *
 * @param lock     the lock requested, e.g. {@code AccessExclusiveLock on public.customer}
 * @param blockers the sessions holding or queued ahead for it
 */
public record LockWait(String lock, List<Blocker> blockers) {
    /** At most this many sessions are described in a line; the rest are counted. */
    static final int DESCRIBED = 3;

    /** The sessions in one line. */
    public String describeBlockers() {
        String listed = blockers.stream().limit(DESCRIBED).map(Blocker::describe).collect(Collectors.joining("; "));
        return blockers.size() > DESCRIBED ? listed + "; and " + (blockers.size() - DESCRIBED) + " more" : listed;
    }

    /** How to end the blocking sessions, for the final error: {@code ... or run SELECT pg_terminate_backend(4242)}. */
    public String howToEnd() {
        String pids = blockers.stream().map(b -> "SELECT pg_terminate_backend(" + b.pid() + ")").collect(Collectors.joining("; "));
        return "End the blocking session" + (blockers.size() == 1 ? "" : "s") + ": have " + (blockers.size() == 1 ? "its" : "their")
                + " client commit or roll back, or run " + pids;
    }
}
