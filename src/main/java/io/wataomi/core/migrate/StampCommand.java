package io.wataomi.core.migrate;

import io.wataomi.core.db.RunContext;
import io.wataomi.core.revision.Revision;
import io.wataomi.core.revision.RevisionFiles;
import io.wataomi.core.revision.RevisionGraph;
import io.wataomi.core.revision.Targets;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The stamp goal: records the target as the database's revision without running any change. */
public final class StampCommand {
    private final RunContext context;

    /** A stamp of the context's database. */
    public StampCommand(RunContext context) {
        this.context = context;
    }

    /**
     * Marks and unmarks revisions in the history table so that the database is at the target. The base (the master
     * changelog's own entries) lies below every revision and below base too, so every stamp records what of it has not run.
     */
    public StampResult run(String target) {
        RevisionGraph graph = RevisionFiles.graph(context.config(), context.output());
        StampResult result = context.locked(c -> {
            try (Migrator m = new Migrator(context.config(), c, context.output(), MigrationListener.NONE, null)) {
                AppliedState state = m.state();
                List<String> unknown = UnknownRevisions.of(graph, state);
                Set<String> applied = new HashSet<>(state.revisions());
                applied.removeAll(unknown);
                Set<String> goal = Targets.stamp(graph, applied, target);
                forget(m, state, unknown, applied);
                List<Revision> mark = graph.inOrder(goal.stream().filter(id -> !applied.contains(id)).toList());
                List<Revision> unmark = new ArrayList<>(graph.inOrder(
                        applied.stream().filter(id -> graph.get(id) != null && !goal.contains(id)).toList()));
                Collections.reverse(unmark);
                int base = m.stampBase();
                m.stamp(mark, unmark);
                return new StampResult(mark, unmark, graph.currentHeads(m.state().revisions()), base);
            }
        });
        context.output().info("Stamped: " + (result.base() > 0 ? "the base's " + result.base() + " changeSet(s) (the master"
                + " changelog's own entries, below every revision) and " : "") + result.marked().size() + " revision(s) recorded as"
                + " applied, " + result.unmarked().size() + " removed from the history; no change was run. The database is now at " + Targets.label(result.current()) + ".");
        return result;
    }

    /** Removes from the history the applied revisions no file defines, so a stamp is the way out of refusing them. */
    private void forget(Migrator m, AppliedState state, List<String> unknown, Set<String> known) {
        for (String id : unknown) {
            String what = UnknownRevisions.describe(id, state);
            m.forget(id, known);
            context.output().warn("Removed revision " + what + " from the history: no file defines it. Its changes were not undone;"
                    + " they stay in the schema.");
        }
    }
}
