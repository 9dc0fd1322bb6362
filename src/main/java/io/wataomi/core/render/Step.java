package io.wataomi.core.render;

import io.wataomi.core.diff.Operation;

import java.util.List;

/**
 * One changeSet of a generated revision before it is numbered: the operation it comes from, what it does and how
 * that is undone, and whether it runs in the revision's transaction or after it, on its own.
 *
 * @param operation     the operation this step performs, whole or in part
 * @param comment       the changeSet's comment
 * @param forward       what it runs
 * @param back          its rollback
 * @param inTransaction false for the steps that cannot, or should not, hold the revision's locks: they run after the
 *                      revision's transaction has committed ({@code runInTransaction="false"})
 * @param notes         comment lines written above the changeSet (destructive changes, table rewrites)
 * @param doneWhen      for a step after the transaction whose statement cannot be run twice: a query counting what the
 *                      step makes, non-zero when a run cut short after the statement committed (and before its history
 *                      row) left it done; the step is then recorded as run without running (a precondition, MARK_RAN).
 *                      Null when running the step again is harmless.
 */
record Step(Operation operation, String comment, ChangeBody forward, ChangeBody back, boolean inTransaction, List<String> notes,
            String doneWhen) {
    Step {
        notes = List.copyOf(notes);
    }

    /** The operation in its plain form, in the revision's transaction. */
    static Step of(Operation op) {
        return new Step(op, op.describe(), ChangeBody.of(op), ChangeBody.of(op.reverse()), true, List.of(), null);
    }

    /** A part of an operation that runs in the revision's transaction. */
    static Step inTransaction(Operation op, String comment, List<String> forward, List<String> back) {
        return new Step(op, comment, ChangeBody.sql(forward), ChangeBody.sql(back), true, List.of(), null);
    }

    /** A part of an operation that runs after the revision's transaction, its statements each committing on its own. */
    static Step afterTransaction(Operation op, String comment, List<String> forward, List<String> back) {
        return new Step(op, comment, ChangeBody.sql(forward), ChangeBody.sql(back), false, List.of(), null);
    }

    /** This step run after the revision's transaction. */
    Step afterTransaction() {
        return new Step(operation, comment, forward, back, false, notes, doneWhen);
    }

    /** This step with these comment lines above it. */
    Step withNotes(List<String> lines) {
        return new Step(operation, comment, forward, back, inTransaction, lines, doneWhen);
    }

    /** This step, recorded as run without running when the query counts what it makes already. */
    Step doneWhen(String query) {
        return new Step(operation, comment, forward, back, inTransaction, notes, query);
    }
}
