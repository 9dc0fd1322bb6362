package io.wataomi.core.render;

import io.wataomi.core.diff.Operation;
import io.wataomi.core.model.QualifiedName;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The comment lines above an operation's first changeSet: that it can lose data, that it rewrites its table. */
final class ChangeNotes {
    private ChangeNotes() {
    }

    static List<String> of(Operation op, Map<QualifiedName, TableSize> sizes) {
        List<String> lines = new ArrayList<>();
        if (op.destructive()) {
            lines.add("DESTRUCTIVE: " + op.describe() + ". Review before applying.");
        }
        if (op instanceof Operation.AlterColumnType t && t.rewritesTable()) {
            lines.addAll(TableRewrite.warning(t, sizes.get(t.table())));
        }
        return lines;
    }
}
