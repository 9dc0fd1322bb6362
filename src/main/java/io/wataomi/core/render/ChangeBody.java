package io.wataomi.core.render;

import io.wataomi.core.diff.Operation;

import java.util.List;

/**
 * What one side of a changeSet (its changes, or its rollback) runs: as Liquibase changes for XML and YAML, and as
 * the same work in SQL statements for formatted SQL.
 */
record ChangeBody(List<ChangeNode> changes, List<String> sql) {
    /** Nothing to run: the rollback of a step whose undoing is done by the step before it. */
    static final ChangeBody NOTHING = new ChangeBody(List.of(), List.of());

    ChangeBody {
        changes = List.copyOf(changes);
        sql = List.copyOf(sql);
    }

    /** The operation as Liquibase's own change where exact, as SQL elsewhere. */
    static ChangeBody of(Operation op) {
        return new ChangeBody(ChangeBuilder.of(op), SqlText.of(op));
    }

    /** Statements run one by one, in this order. */
    static ChangeBody sql(List<String> statements) {
        return new ChangeBody(statements.stream().map(s -> ChangeNode.text("sql", s)).toList(), statements);
    }

    boolean isEmpty() {
        return sql.isEmpty();
    }
}
