package io.wataomi.core.autogen;

import io.wataomi.core.diff.Diff;
import io.wataomi.core.diff.Operation;
import io.wataomi.core.model.QualifiedName;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** What init applies: the creation of missing tables with their keys, indexes and sequences; the rest is left. */
record InitPlan(List<Operation> operations, List<String> tables, Diff remaining) {
    static InitPlan of(Diff diff) {
        Set<QualifiedName> created = new HashSet<>();
        for (Operation op : diff.operations()) {
            if (op instanceof Operation.CreateTable t) {
                created.add(t.table().name());
            }
        }
        List<Operation> apply = new ArrayList<>();
        List<Operation> rest = new ArrayList<>();
        for (Operation op : diff.operations()) {
            (belongsToNewTable(op, created) ? apply : rest).add(op);
        }
        return new InitPlan(apply, created.stream().sorted().map(QualifiedName::toString).toList(), new Diff(rest, diff.hints()));
    }

    private static boolean belongsToNewTable(Operation op, Set<QualifiedName> created) {
        if (op instanceof Operation.CreateTable || op instanceof Operation.CreateSequence || op instanceof Operation.CreateEnum) {
            return true;
        }
        if (op instanceof Operation.AddUnique o) {
            return created.contains(o.table());
        }
        if (op instanceof Operation.AddCheck o) {
            return created.contains(o.table());
        }
        if (op instanceof Operation.CreateIndex o) {
            return created.contains(o.table());
        }
        if (op instanceof Operation.AddForeignKey o) {
            return created.contains(o.table());
        }
        return op instanceof Operation.AlterSequence o && o.from().ownedBy() == null && o.to().ownedBy() != null;
    }
}
