package io.wataomi.core.migrate;

import io.wataomi.core.db.RunContext;
import io.wataomi.core.revision.Revision;
import io.wataomi.core.revision.RevisionGraph;
import io.wataomi.core.revision.Targets;

import java.util.List;
import java.util.Set;

/** The upgrade goal: applies revisions up to the target (head, heads, +N, a revision), or writes their SQL. */
public final class UpgradeCommand extends MigrationCommand {
    /** An upgrade whose statements report to a listener. */
    public UpgradeCommand(RunContext context, MigrationListener listener) {
        super(context, listener);
    }

    /** A partly applied revision is not applied, so the target picks it like any other, and its pending changeSets run. */
    @Override
    List<Revision> select(RevisionGraph graph, Set<String> applied, List<Revision> partial, String target) {
        return Targets.upgrade(graph, applied, target);
    }

    @Override
    void run(Migrator migrator, List<Revision> selected) {
        migrator.upgrade(selected);
    }

    @Override
    String goal() {
        return "upgrade";
    }

    @Override
    String progress() {
        return "Upgrading";
    }

    @Override
    boolean appliesBase() {
        return true;
    }
}
