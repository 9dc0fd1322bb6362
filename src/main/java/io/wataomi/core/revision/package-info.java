/**
 * Revision files and their graph: reading and writing them, the master changelog, targets (head, +N, -N, base,
 * prefixes), heads and merge. Input: the changelog folder. Output: a {@link io.wataomi.core.revision.RevisionGraph}
 * and new files. Next: migrate runs the revisions the graph selects.
 */
package io.wataomi.core.revision;
