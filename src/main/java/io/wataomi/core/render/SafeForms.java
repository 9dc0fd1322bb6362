package io.wataomi.core.render;

import io.wataomi.core.diff.Operation;
import io.wataomi.core.model.CheckConstraint;
import io.wataomi.core.model.QualifiedName;

import java.util.List;

import static io.wataomi.core.model.Identifiers.quote;

/**
 * The forms of an operation on a table that has rows and readers which do not stop reads and writes for long: indexes
 * built and dropped concurrently, unique constraints over such an index, foreign keys and checks added NOT VALID and
 * validated afterwards, and SET NOT NULL over a validated check. Each is split into steps; those that must not hold the
 * revision's locks (a concurrent build cannot run in a transaction at all) run after the revision's transaction. Such a
 * step commits its statements before its history row is written, so a run cut short in between runs it again: every
 * one of them, forward and back, can run twice (drops say IF EXISTS, a build drops its leftover first, the one that
 * cannot is skipped when its constraint exists).
 */
final class SafeForms {
    private SafeForms() {
    }

    /**
     * The steps of the operation's safe form, or null when it keeps the plain form: it has no safe form, its table is
     * created or dropped by the revision (nobody else uses it yet, or any more), or the revision needs it plain.
     */
    static List<Step> of(Operation op, RevisionFacts facts) {
        if (op instanceof Operation.CreateIndex o && facts.existing(o.table())) {
            List<String> build = SafeSql.buildIndex(o.table().schema(), o.index().name(), o.index().definition());
            return build == null ? null : List.of(Step.afterTransaction(o, o.describe() + ", concurrently", build,
                    List.of(SafeSql.dropIndex(o.table().schema(), o.index().name(), true))));
        }
        if (op instanceof Operation.DropIndex o && facts.existing(o.table()) && facts.dropsAfter(o.table(), o.index().name())) {
            List<String> rebuild = SafeSql.buildIndex(o.table().schema(), o.index().name(), o.index().definition());
            return rebuild == null ? null : List.of(Step.afterTransaction(o, o.describe() + ", concurrently",
                    List.of(SafeSql.dropIndex(o.table().schema(), o.index().name(), true)), rebuild));
        }
        if (op instanceof Operation.AddUnique o && facts.existing(o.table())) {
            return unique(o);
        }
        if (op instanceof Operation.AddForeignKey o && facts.existing(o.table())) {
            return validatedLater(o, o.table(), "foreign key", o.key().name());
        }
        if (op instanceof Operation.AddCheck o && facts.existing(o.table())) {
            return validatedLater(o, o.table(), "check constraint", o.check().name());
        }
        if (op instanceof Operation.SetNotNull o && facts.existing(o.table()) && facts.setsNotNullAfter(o.table(), o.column())) {
            return notNull(o);
        }
        return null;
    }

    /** The unique index built concurrently, then made the constraint's own in a short step after it. */
    private static List<Step> unique(Operation.AddUnique o) {
        QualifiedName t = o.table();
        String name = o.unique().name();
        return List.of(
                Step.afterTransaction(o, "create unique index " + name + " on " + t + " " + o.unique().columns()
                                + " for its unique constraint, concurrently",
                        SafeSql.buildUniqueIndex(t, o.unique()), List.of(SafeSql.dropIndex(t.schema(), name, true))),
                Step.afterTransaction(o, o.describe() + " using that index",
                        List.of(SafeSql.uniqueUsingIndex(t, name)), List.of(SafeSql.dropConstraintIfExists(t, name)))
                        .doneWhen(SafeSql.countConstraint(t, name)));
    }

    /** Added NOT VALID in the transaction (new rows are checked at once), the existing rows validated after it. */
    private static List<Step> validatedLater(Operation o, QualifiedName table, String kind, String name) {
        return List.of(
                Step.inTransaction(o, o.describe() + ", NOT VALID: the existing rows are checked by a later step",
                        List.of(SafeSql.notValid(single(o))), SqlText.of(o.reverse())),
                Step.afterTransaction(o, "validate " + kind + " " + name + " on " + table,
                        List.of(SafeSql.validate(table, name)), List.of()));
    }

    /**
     * A NOT VALID check that the column is not null, validated after the transaction; PostgreSQL (12 and later) then
     * sets NOT NULL without scanning the table, as the validated check proves it, and the check is dropped.
     */
    private static List<Step> notNull(Operation.SetNotNull o) {
        QualifiedName t = o.table();
        Operation.AddCheck check = new Operation.AddCheck(t, new CheckConstraint(notNullCheckName(t, o.column()),
                "CHECK (" + quote(o.column()) + " IS NOT NULL)"));
        String name = check.check().name();
        String addNotValid = SafeSql.notValid(single(check));
        return List.of(
                Step.inTransaction(o, o.describe() + ": first " + check.describe() + " (" + o.column() + " IS NOT NULL), NOT VALID",
                        List.of(addNotValid), List.of(SafeSql.dropConstraintIfExists(t, name))),
                Step.afterTransaction(o, "validate check constraint " + name + " on " + t, List.of(SafeSql.validate(t, name)), List.of()),
                Step.afterTransaction(o, o.describe() + " (the validated check spares the scan), then drop check constraint " + name,
                        List.of(single(o), SafeSql.dropConstraintIfExists(t, name)), List.of(single(o.reverse()))));
    }

    /** The name of the check that stands for NOT NULL while the rows are validated. */
    static String notNullCheckName(QualifiedName table, String column) {
        return "ck_" + table.name() + "_" + column + "_not_null";
    }

    private static String single(Operation op) {
        List<String> sql = SqlText.of(op);
        if (sql.size() != 1) {
            throw new IllegalStateException("Expected one statement for " + op.describe() + ", got " + sql);
        }
        return sql.get(0);
    }
}
