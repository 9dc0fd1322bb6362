package io.wataomi.core.render;

import io.wataomi.core.diff.Operation;

import java.util.ArrayList;
import java.util.List;

/**
 * The changeSets of a generated revision in the order they run. The transactional part comes first and is atomic;
 * the steps that must not run in it (concurrent index builds, validations, the last step of a safe SET NOT NULL, the fill
 * of a new NOT NULL column)
 * follow, in the order of their operations, each committing on its own after the transactional part has committed.
 * Plain Liquibase runs the file the same way, in file order.
 */
final class RevisionSteps {
    private RevisionSteps() {
    }

    static List<Step> of(List<Operation> operations, RenderOptions options) {
        RevisionFacts facts = RevisionFacts.of(operations, options.safeDdl());
        List<Step> inTransaction = new ArrayList<>();
        List<Step> after = new ArrayList<>();
        for (Operation op : operations) {
            List<Step> steps = DataMigration.applies(op, options) ? DataMigration.steps((Operation.AddColumn) op, facts, options.safeDdl())
                    : options.safeDdl() ? SafeForms.of(op, facts) : null;
            if (steps == null) {
                steps = List.of(Step.of(op));
            }
            if (op instanceof Operation.AddForeignKey fk && facts.referencesKeyBuiltAfter(fk)) {
                steps = steps.stream().map(Step::afterTransaction).toList();
            }
            for (int i = 0; i < steps.size(); i++) {
                Step s = i == 0 ? steps.get(i).withNotes(ChangeNotes.of(op, options.tableSizes())) : steps.get(i);
                (s.inTransaction() ? inTransaction : after).add(s);
            }
        }
        inTransaction.addAll(after);
        return inTransaction;
    }
}
