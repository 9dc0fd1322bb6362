package io.wataomi.core.diff;

import io.wataomi.core.diff.PhasedOperations.Phase;
import io.wataomi.core.model.CheckConstraint;
import io.wataomi.core.model.ForeignKey;
import io.wataomi.core.model.Index;
import io.wataomi.core.model.PrimaryKey;
import io.wataomi.core.model.QualifiedName;
import io.wataomi.core.model.Table;
import io.wataomi.core.model.UniqueConstraint;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Compares one table with its wanted form: columns, keys, indexes, constraints and comments. */
final class TableDiff {
    private TableDiff() {
    }

    static void created(Table t, PhasedOperations ops) {
        ops.add(Phase.CREATE_TABLE, new Operation.CreateTable(bare(t)));
        t.uniques().forEach(u -> ops.add(Phase.ADD_CONSTRAINT, new Operation.AddUnique(t.name(), u)));
        t.checks().forEach(c -> ops.add(Phase.ADD_CONSTRAINT, new Operation.AddCheck(t.name(), c)));
        t.indexes().forEach(i -> ops.add(Phase.ADD_CONSTRAINT, new Operation.CreateIndex(t.name(), i)));
        t.foreignKeys().forEach(fk -> ops.add(Phase.ADD_FOREIGN_KEY, new Operation.AddForeignKey(t.name(), fk)));
    }

    static void dropped(Table t, PhasedOperations ops) {
        t.foreignKeys().forEach(fk -> ops.add(Phase.DROP_FOREIGN_KEY, new Operation.DropForeignKey(t.name(), fk)));
        t.indexes().forEach(i -> ops.add(Phase.DROP_CONSTRAINT, new Operation.DropIndex(t.name(), i)));
        t.checks().forEach(c -> ops.add(Phase.DROP_CONSTRAINT, new Operation.DropCheck(t.name(), c)));
        t.uniques().forEach(u -> ops.add(Phase.DROP_CONSTRAINT, new Operation.DropUnique(t.name(), u)));
        ops.add(Phase.DROP_TABLE, new Operation.DropTable(bare(t)));
    }

    /** The table as CREATE TABLE makes it: columns, primary key and comments, no other constraint. */
    static Table bare(Table t) {
        return new Table(t.name(), t.columns(), t.primaryKey(), List.of(), List.of(), List.of(), List.of(), t.comment());
    }

    static void compare(Table cur, Table want, Set<SchemaDiff.ForeignKeyRef> rebuilt, PhasedOperations ops) {
        QualifiedName name = cur.name();
        new ObjectPairing<ForeignKey>(ForeignKey::name, fk -> new ForeignKey("", fk.columns(), fk.target(), fk.targetColumns(),
                fk.onDelete(), fk.onUpdate(), fk.deferrable(), fk.initiallyDeferred()), ForeignKey::implicitName)
                .forceRebuild(fk -> rebuilt.contains(new SchemaDiff.ForeignKeyRef(name, fk.name())))
                .run(cur.foreignKeys(), want.foreignKeys(), ops, Phase.DROP_FOREIGN_KEY, Phase.ADD_FOREIGN_KEY,
                        fk -> new Operation.DropForeignKey(name, fk), fk -> new Operation.AddForeignKey(name, fk),
                        (a, b) -> new Operation.RenameConstraint(name, a.name(), b.name()));
        new ObjectPairing<Index>(Index::name, TableDiff::indexShape, Index::implicitName)
                .run(cur.indexes(), want.indexes(), ops, Phase.DROP_CONSTRAINT, Phase.ADD_CONSTRAINT,
                        i -> new Operation.DropIndex(name, i), i -> new Operation.CreateIndex(name, i),
                        (a, b) -> new Operation.RenameIndex(name, a.name(), b.name()));
        new ObjectPairing<UniqueConstraint>(UniqueConstraint::name, u -> new UniqueConstraint("", u.columns(), u.nullsNotDistinct()),
                UniqueConstraint::implicitName)
                .run(cur.uniques(), want.uniques(), ops, Phase.DROP_CONSTRAINT, Phase.ADD_CONSTRAINT,
                        u -> new Operation.DropUnique(name, u), u -> new Operation.AddUnique(name, u),
                        (a, b) -> new Operation.RenameConstraint(name, a.name(), b.name()));
        new ObjectPairing<CheckConstraint>(CheckConstraint::name, CheckConstraint::expression, CheckConstraint::implicitName)
                .run(cur.checks(), want.checks(), ops, Phase.DROP_CONSTRAINT, Phase.ADD_CONSTRAINT,
                        c -> new Operation.DropCheck(name, c), c -> new Operation.AddCheck(name, c),
                        (a, b) -> new Operation.RenameConstraint(name, a.name(), b.name()));
        comparePrimaryKey(cur, want, ops);
        ColumnDiff.compare(cur, want, ops);
        if (!Objects.equals(cur.comment(), want.comment())) {
            ops.add(Phase.COMMENT, new Operation.SetTableComment(name, cur.comment(), want.comment()));
        }
    }

    private static void comparePrimaryKey(Table cur, Table want, PhasedOperations ops) {
        var from = cur.primaryKey();
        var to = want.primaryKey();
        if (from == null && to == null) {
            return;
        }
        if (sameKey(from, to)) {
            if (!to.implicitName() && !from.name().equals(to.name())) {
                ops.add(Phase.RENAME, new Operation.RenameConstraint(cur.name(), from.name(), to.name()));
            }
            return;
        }
        if (from != null) {
            ops.add(Phase.DROP_CONSTRAINT, new Operation.DropPrimaryKey(cur.name(), from));
        }
        if (to != null) {
            ops.add(Phase.ADD_CONSTRAINT, new Operation.AddPrimaryKey(cur.name(), to));
        }
    }

    /**
     * True when the current primary key is the wanted one. A key that the mapping leaves unnamed leaves the order of its
     * columns to Hibernate too (its column ordering strategy sorts a join table's), so a live key on the same columns
     * in another order is the same key.
     */
    static boolean sameKey(PrimaryKey current, PrimaryKey wanted) {
        if (current == null || wanted == null) {
            return false;
        }
        return current.columns().equals(wanted.columns())
                || wanted.implicitName() && new HashSet<>(current.columns()).equals(new HashSet<>(wanted.columns()));
    }

    /** What makes two indexes the same index, whatever their names and tables. */
    private static Object indexShape(Index i) {
        String def = i.definition();
        int using = def.indexOf(" USING ");
        return List.of(i.columns(), i.unique(), i.expression(), i.method(), Objects.toString(i.where()),
                using < 0 ? def : def.substring(using));
    }
}
