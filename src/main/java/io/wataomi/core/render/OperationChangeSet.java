package io.wataomi.core.render;

import io.wataomi.core.diff.Operation;

import java.util.List;

/** One changeSet of a generated revision: its id and the step it runs, with that step's rollback. */
record OperationChangeSet(String id, Step step) {
    /** The changeSet for the n-th step (1-based) of revision {@code rev}. */
    static OperationChangeSet of(String rev, int n, Step step) {
        return new OperationChangeSet(rev + "-" + n, step);
    }

    /** The operation this changeSet performs, whole or in part. */
    Operation operation() {
        return step.operation();
    }

    /** The changeSet's comment; destructive ones say so first. */
    String comment() {
        return (operation().destructive() ? "DESTRUCTIVE: " : "") + step.comment();
    }

    /** False when the changeSet runs after the revision's transaction ({@code runInTransaction="false"}). */
    boolean inTransaction() {
        return step.inTransaction();
    }

    /** Comment lines written above the changeSet. */
    List<String> notes() {
        return step.notes();
    }

    /** A query counting what the changeSet makes, non-zero when it is done already; null when it can simply run again. */
    String doneWhen() {
        return step.doneWhen();
    }

    List<ChangeNode> changes() {
        return step.forward().changes();
    }

    List<ChangeNode> rollback() {
        return step.back().changes();
    }

    List<String> sql() {
        return step.forward().sql();
    }

    List<String> rollbackSql() {
        return step.back().sql();
    }
}
