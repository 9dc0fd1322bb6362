package io.wataomi.core.render;

import io.wataomi.core.diff.Operation;
import io.wataomi.core.model.QualifiedName;

import java.util.ArrayList;
import java.util.List;

import static io.wataomi.core.model.Identifiers.quote;

/**
 * A NOT NULL column without a default added to a table that has rows, which PostgreSQL refuses in one step: the column is
 * added nullable, an UPDATE to complete by hand fills it in, then it is set NOT NULL (in its safe form with safeDdl). The
 * UPDATE is written with its value left blank, so an upgrade stops at it, before any NOT NULL, until someone fills it in.
 * With safeDdl the UPDATE and the NOT NULL run after the revision's transaction, so the table is not locked while the
 * rows are written.
 */
final class DataMigration {
    private DataMigration() {
    }

    /** True when the operation adds a column that the rows of its table need a value for. */
    static boolean applies(Operation op, RenderOptions options) {
        return op instanceof Operation.AddColumn a && a.column().needsValue() && options.tablesWithRows().contains(a.table());
    }

    /** The three steps: add the column nullable, fill it in, set NOT NULL; with safeDdl the last two after the transaction. */
    static List<Step> steps(Operation.AddColumn op, RevisionFacts facts, boolean safe) {
        QualifiedName t = op.table();
        String column = op.column().name();
        List<Step> rest = new ArrayList<>();
        rest.add(new Step(op, "fill in " + t + "." + column + " for the rows that exist (write its value before upgrading)",
                ChangeBody.sql(List.of(update(t, column, BLANK))), ChangeBody.NOTHING, true, notes(t, column), null));
        Operation.SetNotNull notNull = new Operation.SetNotNull(t, column, false);
        List<Step> safeNotNull = safe ? SafeForms.of(notNull, facts) : null;
        rest.addAll(safeNotNull == null ? List.of(Step.of(notNull)) : safeNotNull);
        List<Step> steps = new ArrayList<>();
        steps.add(Step.of(new Operation.AddColumn(t, op.column().withNullable(true))));
        rest.forEach(s -> steps.add(safe ? s.afterTransaction() : s));
        return steps;
    }

    /** The blank in the UPDATE: a comment where the value goes, which leaves the statement incomplete until it is replaced. */
    static final String BLANK = "/* the value for the existing rows */";

    /** What the person who fills the UPDATE in reads above it. */
    private static List<String> notes(QualifiedName t, String column) {
        return List.of(
                "DATA MIGRATION: " + t + " has rows and " + column + " is NOT NULL without a default: the changeSet before this one",
                "adds it nullable, this one fills it in, the NOT NULL follows. Write the value of the existing rows in place of the",
                "comment in the UPDATE below (until then the upgrade stops here): a constant, or an expression over each row's other",
                "columns, their names quoted as in",
                "  " + update(t, column, "concat_ws(' ', " + quote("first_name") + ", " + quote("last_name") + ")"),
                "Its rollback is empty: rolling back the changeSet before this one drops the column and its values.");
    }

    private static String update(QualifiedName t, String column, String value) {
        return "UPDATE " + t.quoted() + " SET " + quote(column) + " = " + value + " WHERE " + quote(column) + " IS NULL";
    }
}
