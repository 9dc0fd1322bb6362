package io.wataomi.core.autogen;

import io.wataomi.core.diff.Diff;
import io.wataomi.core.revision.Revision;

/**
 * A create: the revision written (null when nothing changed) and what it holds.
 *
 * @param revision the revision written, or null
 * @param diff     the operations it holds (empty for a revision to fill in by hand)
 * @param stamped  true when the database had a schema and no revision: the revision is the one that builds that schema,
 *                 recorded as applied
 */
public record CreateResult(Revision revision, Diff diff, boolean stamped) {
}
