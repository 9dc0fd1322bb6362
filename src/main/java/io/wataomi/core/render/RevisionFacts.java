package io.wataomi.core.render;

import io.wataomi.core.diff.Operation;
import io.wataomi.core.model.QualifiedName;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a whole revision does that decides where an operation's safe form may run: which tables it creates or drops
 * (they keep the plain forms), and what the transactional part needs before the steps that follow it.
 */
final class RevisionFacts {
    private final Set<QualifiedName> createdOrDropped = new HashSet<>();
    private final Set<QualifiedName> columnsRemade = new HashSet<>();
    private final Set<List<Object>> columnsKeyedInTransaction = new HashSet<>();
    private final Set<QualifiedName> relationsMadeInTransaction = new HashSet<>();
    private final Set<List<Object>> keysBuiltAfter = new HashSet<>();

    private RevisionFacts(List<Operation> ops, boolean safe) {
        for (Operation op : ops) {
            if (op instanceof Operation.CreateTable o) {
                createdOrDropped.add(o.table().name());
                if (o.table().primaryKey() != null) {
                    relationsMadeInTransaction.add(new QualifiedName(o.table().name().schema(), o.table().primaryKey().name()));
                }
            } else if (op instanceof Operation.DropTable o) {
                createdOrDropped.add(o.table().name());
            } else if (op instanceof Operation.DropColumn o) {
                columnsRemade.add(o.table());
            } else if (op instanceof Operation.AlterColumnType o) {
                columnsRemade.add(o.table());
            } else if (op instanceof Operation.AddPrimaryKey o) {
                o.key().columns().forEach(c -> columnsKeyedInTransaction.add(List.of(o.table(), c)));
                relationsMadeInTransaction.add(new QualifiedName(o.table().schema(), o.key().name()));
            } else if (op instanceof Operation.AlterIdentity o && o.to() != null) {
                columnsKeyedInTransaction.add(List.of(o.table(), o.column()));
            } else if (op instanceof Operation.RenameIndex o) {
                relationsMadeInTransaction.add(new QualifiedName(o.table().schema(), o.to()));
            } else if (op instanceof Operation.RenameConstraint o) {
                relationsMadeInTransaction.add(new QualifiedName(o.table().schema(), o.to()));
            }
        }
        for (Operation op : ops) {
            if (op instanceof Operation.CreateIndex o) {
                built(o.table(), o.index().name(), o.index().unique() && o.index().plain() ? o.index().columns() : null, safe);
            } else if (op instanceof Operation.AddUnique o) {
                built(o.table(), o.unique().name(), o.unique().columns(), safe);
            }
        }
    }

    /** The facts of a revision of these operations, rendered with the safe forms or without. */
    static RevisionFacts of(List<Operation> ops, boolean safe) {
        return new RevisionFacts(ops, safe);
    }

    private void built(QualifiedName table, String name, List<String> uniqueColumns, boolean safe) {
        if (safe && existing(table)) {
            if (uniqueColumns != null) {
                keysBuiltAfter.add(List.of(table, Set.copyOf(uniqueColumns)));
            }
        } else {
            relationsMadeInTransaction.add(new QualifiedName(table.schema(), name));
        }
    }

    /** True for a table the revision neither creates nor drops: one that has rows and readers while it runs. */
    boolean existing(QualifiedName table) {
        return !createdOrDropped.contains(table);
    }

    /**
     * True when an index can be dropped after the transaction: its table keeps its columns as they are (dropping or
     * retyping one drops or rebuilds the index in the transaction anyway), and nothing in the transaction takes its name.
     */
    boolean dropsAfter(QualifiedName table, String index) {
        return !columnsRemade.contains(table) && !relationsMadeInTransaction.contains(new QualifiedName(table.schema(), index));
    }

    /** True when nothing in the transaction needs the column NOT NULL: a primary key or identity made of it does. */
    boolean setsNotNullAfter(QualifiedName table, String column) {
        return !columnsKeyedInTransaction.contains(List.of(table, column));
    }

    /** True when the unique key a foreign key references is built after the transaction, so the foreign key must follow it. */
    boolean referencesKeyBuiltAfter(Operation.AddForeignKey fk) {
        return keysBuiltAfter.contains(List.of(fk.key().target(), Set.copyOf(fk.key().targetColumns())));
    }
}
