package io.wataomi.core.migrate;

import io.wataomi.core.db.RunContext;
import io.wataomi.core.revision.Revision;
import io.wataomi.core.revision.RevisionGraph;
import io.wataomi.core.revision.Targets;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/** The downgrade goal: rolls revisions back down to the target (-N, a revision, base), or writes their SQL. */
public final class DowngradeCommand extends MigrationCommand {
    /** A downgrade whose statements report to a listener. */
    public DowngradeCommand(RunContext context, MigrationListener listener) {
        super(context, listener);
    }

    /**
     * The partly applied revisions first: they stand above the applied ones, so what ran of them goes before anything
     * below. The target counts from the applied revisions, as current shows them: a target of the current revision
     * undoes only the partly applied ones.
     */
    @Override
    List<Revision> select(RevisionGraph graph, Set<String> applied, List<Revision> partial, String target) {
        List<Revision> plan = new ArrayList<>(partial);
        Collections.reverse(plan);
        plan.addAll(Targets.downgrade(graph, applied, target));
        return plan;
    }

    @Override
    void run(Migrator migrator, List<Revision> selected) {
        migrator.downgrade(selected);
    }

    @Override
    String goal() {
        return "downgrade";
    }

    @Override
    String progress() {
        return "Downgrading";
    }

    @Override
    boolean appliesBase() {
        return false;
    }
}
