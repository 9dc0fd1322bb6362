package io.wataomi.core.autogen;

import io.wataomi.core.diff.Diff;

/**
 * A check that found the entities and the database (or the revisions) alike; a difference is a {@link DriftException}.
 *
 * @param diff the (empty) difference
 */
public record CheckResult(Diff diff) {
}
