package io.wataomi.core.diff;

import io.wataomi.core.diff.PhasedOperations.Phase;
import io.wataomi.core.model.Column;
import io.wataomi.core.model.QualifiedName;
import io.wataomi.core.model.Table;

import java.util.Objects;

/** Compares the columns of one table: added, dropped, and each property of the ones in both. */
final class ColumnDiff {
    private ColumnDiff() {
    }

    static void compare(Table cur, Table want, PhasedOperations ops) {
        QualifiedName t = cur.name();
        for (Column w : want.columns()) {
            Column c = cur.column(w.name()).orElse(null);
            if (c == null) {
                ops.add(Phase.ALTER_COLUMN, new Operation.AddColumn(t, w));
            } else if (!Objects.equals(c.generated(), w.generated())) {
                // A stored generated column's expression cannot be altered before PostgreSQL 17: recompute it.
                ops.add(Phase.ALTER_COLUMN, new Operation.DropColumn(t, c));
                ops.add(Phase.ALTER_COLUMN, new Operation.AddColumn(t, w));
            } else {
                alter(t, c, w, ops);
            }
        }
        for (Column c : cur.columns()) {
            if (want.column(c.name()).isEmpty()) {
                ops.add(Phase.ALTER_COLUMN, new Operation.DropColumn(t, c));
            }
        }
    }

    /** One column's changes, in an order PostgreSQL accepts: identity off, type, default, nullability, identity on. */
    private static void alter(QualifiedName t, Column c, Column w, PhasedOperations ops) {
        String name = c.name();
        boolean identityChanges = c.identity() != w.identity();
        if (identityChanges && c.identity() != null) {
            ops.add(Phase.ALTER_COLUMN, new Operation.AlterIdentity(t, name, c.identity(), w.identity() == null ? null : w.identity()));
        }
        if (!Types.same(c.type(), w.type())) {
            ops.add(Phase.ALTER_COLUMN, new Operation.AlterColumnType(t, name, c.type(), w.type()));
        }
        if (!Objects.equals(c.defaultValue(), w.defaultValue())) {
            ops.add(Phase.ALTER_COLUMN, new Operation.AlterDefault(t, name, c.defaultValue(), w.defaultValue()));
        }
        if (c.nullable() != w.nullable()) {
            ops.add(Phase.ALTER_COLUMN, w.nullable() ? new Operation.DropNotNull(t, name) : new Operation.SetNotNull(t, name, false));
        }
        if (identityChanges && c.identity() == null) {
            ops.add(Phase.ALTER_COLUMN, new Operation.AlterIdentity(t, name, null, w.identity()));
        }
        if (!Objects.equals(c.comment(), w.comment())) {
            ops.add(Phase.COMMENT, new Operation.SetColumnComment(t, name, c.comment(), w.comment()));
        }
    }
}
