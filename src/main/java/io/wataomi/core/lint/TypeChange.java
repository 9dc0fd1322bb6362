package io.wataomi.core.lint;

import io.wataomi.core.lint.Ddl.AlterType;
import io.wataomi.core.lint.LiveFacts.ColumnType;
import io.wataomi.core.model.QualifiedName;

import java.sql.SQLException;
import java.util.List;
import java.util.Set;

/**
 * Whether ALTER COLUMN TYPE rewrites the table, as PostgreSQL decides it: not when the old values are valid values
 * of the new type as they are (a binary cast to an unconstrained type, such as varchar to text), nor when only a limit
 * grows on a type whose length check PostgreSQL knows to skip (varchar, varbit, numeric with the same scale, the time
 * types' precision); otherwise every row is written anew.
 */
final class TypeChange {
    private static final Set<String> LENGTHS = Set.of("varchar", "varbit");
    private static final Set<String> PRECISIONS = Set.of("timestamp", "timestamptz", "time", "timetz");
    /** The precision of a time type written without one. */
    private static final int TIME_PRECISION = 6;

    private TypeChange() {
    }

    /**
     * The effect of a type change of a column of a live table: its current type is the live one, or the one a pending
     * statement added it with; the new type as the database resolves it.
     */
    static Effect of(AlterType change, QualifiedName live, LiveFacts facts, PendingSchema schema) throws SQLException {
        String added = schema.addedType(change.table(), change.column());
        ColumnType from = added != null ? facts.type(added) : facts.column(live, change.column());
        ColumnType to = facts.type(change.type());
        if (!change.plainCast()) {
            return Effect.REWRITE;
        }
        return of(from, to, from != null && to != null && facts.binaryCoercible(from, to));
    }

    /** The effect of changing a column from one type to another; unknown when either type is. */
    static Effect of(ColumnType from, ColumnType to, boolean binaryCoercible) {
        if (from == null || to == null) {
            return Effect.UNKNOWN;
        }
        if (from.oid() != to.oid()) {
            return binaryCoercible && to.modifiers().isEmpty() ? Effect.NONE : Effect.REWRITE;
        }
        List<Integer> a = from.modifiers();
        List<Integer> b = to.modifiers();
        if (a.equals(b) || b.isEmpty() && (LENGTHS.contains(from.name()) || from.name().equals("numeric"))) {
            return Effect.NONE;
        }
        if (LENGTHS.contains(from.name())) {
            return !a.isEmpty() && b.get(0) >= a.get(0) ? Effect.NONE : Effect.REWRITE;
        }
        if (from.name().equals("numeric")) {
            return !a.isEmpty() && scale(a) == scale(b) && b.get(0) >= a.get(0) ? Effect.NONE : Effect.REWRITE;
        }
        if (PRECISIONS.contains(from.name())) {
            return precision(b) >= precision(a) ? Effect.NONE : Effect.REWRITE;
        }
        return Effect.REWRITE;
    }

    private static int scale(List<Integer> numeric) {
        return numeric.size() > 1 ? numeric.get(1) : 0;
    }

    private static int precision(List<Integer> time) {
        return time.isEmpty() ? TIME_PRECISION : time.get(0);
    }
}
