package io.wataomi.core.revision;

/**
 * A merge.
 *
 * @param revision the merge revision written
 */
public record MergeResult(Revision revision) {
}
