package io.wataomi.core.migrate;

import io.wataomi.core.db.RunContext;
import io.wataomi.core.revision.Revision;
import io.wataomi.core.revision.RevisionGraph;
import io.wataomi.core.revision.Targets;

import java.util.List;
import java.util.Set;

/** The downgrade goal: rolls revisions back down to the target (-N, a revision, base), or writes their SQL. */
public final class DowngradeCommand extends MigrationCommand {
    /** A downgrade whose statements report to a listener. */
    public DowngradeCommand(RunContext context, MigrationListener listener) {
        super(context, listener);
    }

    @Override
    List<Revision> select(RevisionGraph graph, Set<String> applied, String target) {
        return Targets.downgrade(graph, applied, target);
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
}
