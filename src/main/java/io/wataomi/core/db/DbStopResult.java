package io.wataomi.core.db;

import java.util.List;

/**
 * What db-stop did.
 *
 * @param stopped  true when a server ran and was stopped
 * @param port     the port it ran on, or 0
 * @param sessions the open sessions it ended, as "application (pid n)"
 */
public record DbStopResult(boolean stopped, int port, List<String> sessions) {
}
