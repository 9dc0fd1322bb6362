package io.wataomi.core.migrate;

import io.wataomi.core.db.RunContext;
import io.wataomi.core.revision.Revision;
import io.wataomi.core.revision.RevisionFiles;
import io.wataomi.core.revision.RevisionGraph;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The current goal: where the database stands, its current revision(s) and what is pending. */
public final class CurrentCommand {
    private final RunContext context;

    /** A report on the context's database. */
    public CurrentCommand(RunContext context) {
        this.context = context;
    }

    /** Prints and returns the report; {@code verbose} adds each revision's parents, file and dates. */
    public CurrentResult run(boolean verbose) {
        RevisionGraph graph = RevisionFiles.graph(context.config());
        AppliedState state = AppliedState.read(context);
        UnknownRevisions.refuse(graph, state, context.config());
        CurrentResult result = report(graph, state, verbose);
        result.lines().forEach(context.output()::result);
        return result;
    }

    static CurrentResult report(RevisionGraph graph, AppliedState state, boolean verbose) {
        Set<String> applied = state.revisions();
        List<Revision> current = graph.currentHeads(applied);
        Set<String> heads = new HashSet<>(graph.heads().stream().map(Revision::id).toList());
        List<String> lines = new ArrayList<>();
        if (current.isEmpty()) {
            lines.add("Current revision: base (no revision applied)" + (graph.isEmpty() ? "" : ", " + graph.ordered().size() + " pending"));
        }
        for (Revision r : current) {
            lines.add("Current revision: " + r.id() + (heads.contains(r.id()) ? " (head)" : "") + "  " + r.message());
            if (verbose) {
                lines.add("  Revises:      " + r.parentsLabel());
                lines.add("  File:         " + r.file());
                lines.add("  Created:      " + r.created());
                lines.add("  Applied:      " + state.appliedAt(r.id()) + ("MARK_RAN".equals(state.execType(r.id())) ? " (stamped)" : ""));
            }
        }
        long pending = graph.ordered().stream().filter(r -> !applied.contains(r.id())).count();
        if (!current.isEmpty() && pending > 0) {
            lines.add(pending + " revision" + (pending == 1 ? "" : "s") + " not applied; run mvn wataomi:upgrade");
        }
        return new CurrentResult(current, lines);
    }

}
