package io.wataomi.core.render;

import io.wataomi.core.diff.Operation;

import java.util.List;

/** One changeSet of a generated revision: an operation, its changes and its rollback. */
public record OperationChangeSet(String id, Operation operation, List<ChangeNode> changes, List<ChangeNode> rollback) {
    /** The changeSet for the n-th operation (1-based) of revision {@code rev}. */
    public static OperationChangeSet of(String rev, int n, Operation op) {
        return new OperationChangeSet(rev + "-" + n, op, ChangeBuilder.of(op), ChangeBuilder.of(op.reverse()));
    }

    /** The changeSet's comment; destructive ones say so first. */
    public String comment() {
        return (operation.destructive() ? "DESTRUCTIVE: " : "") + operation.describe();
    }
}
