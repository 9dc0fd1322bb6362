package io.wataomi.core.diff;

import io.wataomi.core.model.Column;
import io.wataomi.core.model.QualifiedName;
import io.wataomi.core.model.Table;

import java.util.Objects;

/** Compares the columns of one table: added, dropped, and each property of the ones in both. */
final class ColumnDiff {
    private ColumnDiff() {
    }

    static void compare(Table cur, Table want, Plan plan) {
        QualifiedName t = cur.name();
        for (Column w : want.columns()) {
            Column c = cur.column(w.name()).orElse(null);
            if (c == null) {
                plan.add(Plan.Phase.ALTER_COLUMN, new Operation.AddColumn(t, w));
            } else if (!Objects.equals(c.generated(), w.generated())) {
                // A stored generated column's expression cannot be altered before PostgreSQL 17: recompute it.
                plan.add(Plan.Phase.ALTER_COLUMN, new Operation.DropColumn(t, c));
                plan.add(Plan.Phase.ALTER_COLUMN, new Operation.AddColumn(t, w));
            } else {
                alter(t, c, w, plan);
            }
        }
        for (Column c : cur.columns()) {
            if (want.column(c.name()).isEmpty()) {
                plan.add(Plan.Phase.ALTER_COLUMN, new Operation.DropColumn(t, c));
            }
        }
    }

    /** One column's changes, in an order PostgreSQL accepts: identity off, type, default, nullability, identity on. */
    private static void alter(QualifiedName t, Column c, Column w, Plan plan) {
        String name = c.name();
        boolean identityChanges = c.identity() != w.identity();
        if (identityChanges && c.identity() != null) {
            plan.add(Plan.Phase.ALTER_COLUMN, new Operation.AlterIdentity(t, name, c.identity(), w.identity() == null ? null : w.identity()));
        }
        if (!c.type().equals(w.type())) {
            plan.add(Plan.Phase.ALTER_COLUMN, new Operation.AlterColumnType(t, name, c.type(), w.type()));
        }
        if (!Objects.equals(c.defaultValue(), w.defaultValue())) {
            plan.add(Plan.Phase.ALTER_COLUMN, new Operation.AlterDefault(t, name, c.defaultValue(), w.defaultValue()));
        }
        if (c.nullable() != w.nullable()) {
            plan.add(Plan.Phase.ALTER_COLUMN, w.nullable() ? new Operation.DropNotNull(t, name) : new Operation.SetNotNull(t, name, false));
        }
        if (identityChanges && c.identity() == null) {
            plan.add(Plan.Phase.ALTER_COLUMN, new Operation.AlterIdentity(t, name, null, w.identity()));
        }
        if (!Objects.equals(c.comment(), w.comment())) {
            plan.add(Plan.Phase.COMMENT, new Operation.SetColumnComment(t, name, c.comment(), w.comment()));
        }
    }
}
