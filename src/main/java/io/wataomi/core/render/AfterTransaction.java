package io.wataomi.core.render;

import java.util.List;

/** The comments on the changeSets that run after a revision's transaction, in every format. */
final class AfterTransaction {
    static final List<String> NOTE = List.of(
            "The changeSets below run after the ones above have committed, each statement on its own (runInTransaction false):",
            "they build indexes concurrently, check existing rows and fill new columns in without blocking reads and writes.",
            "Keep them after the others and before the revision marker.");

    /** Why a step whose work is there already is recorded without running (a run was cut short after it committed). */
    static final String DONE_ALREADY = "Already done by a run cut short before it was recorded: recorded as run.";

    private AfterTransaction() {
    }

    /** The comment above the revision marker: it is recorded once everything above it has run. */
    static String marker(List<OperationChangeSet> changeSets) {
        return "Revision marker: wataomi records it last, " + (changeSets.stream().allMatch(OperationChangeSet::inTransaction)
                ? "in the same transaction" : "once every changeSet above has run") + ". Keep it last.";
    }
}
