package io.wataomi.core.db;

/**
 * A session that holds a lock another session waits for, as pg_stat_activity shows it.
 *
 * @param pid                the blocking backend's process id
 * @param application        its application_name (empty when unset)
 * @param state              active, idle in transaction, ... (empty when the role may not see it)
 * @param transactionSeconds how long its transaction has been open, or -1 when unknown
 * @param query              the start of its current or last query, on one line
 */
public record Blocker(int pid, String application, String state, long transactionSeconds, String query) {
    /** The session in one line: {@code pid 4242 (report-job, idle in transaction, transaction open 12 s): SELECT ...}. */
    public String describe() {
        StringBuilder sb = new StringBuilder("pid ").append(pid).append(" (")
                .append(application.isEmpty() ? "no application_name" : application);
        if (!state.isEmpty()) {
            sb.append(", ").append(state);
        }
        if (transactionSeconds >= 0) {
            sb.append(", transaction open ").append(transactionSeconds).append(" s");
        }
        sb.append(')');
        if (!query.isEmpty()) {
            sb.append(": ").append(query);
        }
        return sb.toString();
    }
}
