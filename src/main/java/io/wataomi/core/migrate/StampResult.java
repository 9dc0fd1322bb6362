package io.wataomi.core.migrate;

import io.wataomi.core.revision.Revision;

import java.util.List;

/**
 * What a stamp changed in the history table.
 *
 * @param marked   revisions now recorded as applied
 * @param unmarked revisions no longer recorded
 * @param current  the database's revisions afterwards
 * @param base     how many changeSets of the base (the master changelog's own entries) are now recorded as run
 */
public record StampResult(List<Revision> marked, List<Revision> unmarked, List<Revision> current, int base) {
}
