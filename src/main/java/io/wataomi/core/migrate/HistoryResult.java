package io.wataomi.core.migrate;

import io.wataomi.core.revision.Revision;

import java.util.List;

/**
 * The revision history, newest first.
 *
 * @param shown the revisions listed
 * @param lines the report, as printed
 */
public record HistoryResult(List<Revision> shown, List<String> lines) {
}
