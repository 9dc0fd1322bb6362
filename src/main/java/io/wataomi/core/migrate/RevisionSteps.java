package io.wataomi.core.migrate;

import liquibase.changelog.ChangeSet;

import java.util.List;
import java.util.stream.Stream;

/**
 * A revision's changeSets in the order they run. The changeSets with {@code runInTransaction="false"} at the end (before
 * the marker) are its concurrent steps (CREATE INDEX CONCURRENTLY, VALIDATE CONSTRAINT, ...): each runs on its own after
 * the transactional part has committed, and the marker, recorded last, says that all of them ran. One in the middle stays
 * in the transactional part, which commits before it.
 *
 * @param transactional the changeSets before the concurrent steps, applied atomically
 * @param concurrent    the trailing changeSets that run outside a transaction, in order
 * @param marker        the revision's marker changeSet
 */
record RevisionSteps(List<ChangeSet> transactional, List<ChangeSet> concurrent, ChangeSet marker) {

    /** Splits a revision's changeSets, the marker last. */
    static RevisionSteps of(List<ChangeSet> changeSets) {
        int end = changeSets.size() - 1;
        int first = end;
        while (first > 0 && !changeSets.get(first - 1).isRunInTransaction()) {
            first--;
        }
        return new RevisionSteps(changeSets.subList(0, first), changeSets.subList(first, end), changeSets.get(end));
    }

    /** True when the revision has concurrent steps. */
    boolean hasConcurrentSteps() {
        return !concurrent.isEmpty();
    }

    /** Every changeSet, the marker last. */
    List<ChangeSet> all() {
        return Stream.of(transactional, concurrent, List.of(marker)).flatMap(List::stream).toList();
    }
}
