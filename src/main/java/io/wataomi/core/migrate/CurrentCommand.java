package io.wataomi.core.migrate;

import io.wataomi.core.db.RunContext;
import io.wataomi.core.revision.Revision;
import io.wataomi.core.revision.RevisionFiles;
import io.wataomi.core.revision.RevisionGraph;
import io.wataomi.core.shared.Output;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The current goal: where the database stands, its current revision(s), a partly applied one and what is pending. */
public final class CurrentCommand {
    private final RunContext context;

    /** A report on the context's database. */
    public CurrentCommand(RunContext context) {
        this.context = context;
    }

    /** Prints and returns the report; {@code verbose} adds each revision's parents, file and dates. */
    public CurrentResult run(boolean verbose) {
        long started = System.nanoTime();
        RevisionGraph graph = RevisionFiles.graph(context.config(), context.output());
        long read = System.nanoTime();
        AppliedState state = AppliedState.read(context);
        context.output().debug(String.format("Read %d revision files in %d ms; connected and read the history in %d ms",
                graph.ordered().size(), (read - started) / 1_000_000, (System.nanoTime() - read) / 1_000_000));
        UnknownRevisions.refuse(graph, state, context.config());
        CurrentResult result = report(graph, state, BaseState.read(context), partlyApplied(graph, state), verbose);
        result.lines().forEach(context.output()::result);
        return result;
    }

    /** The partly applied revisions; only a history with rows no applied revision claims needs the files parsed. */
    private List<PartlyApplied> partlyApplied(RevisionGraph graph, AppliedState state) {
        if (!state.mayHavePartlyApplied()) {
            return List.of();
        }
        List<Revision> pending = graph.ordered().stream().filter(r -> !state.revisions().contains(r.id())).toList();
        return context.connected(c -> {
            try (Migrator m = new Migrator(context.config(), c, Output.silent(), MigrationListener.NONE, null)) {
                return m.partlyApplied(pending);
            }
        });
    }

    /** The report; the base (the master changelog's own entries) is named when nothing above it is applied or part of it is pending. */
    static CurrentResult report(RevisionGraph graph, AppliedState state, BaseState base, List<PartlyApplied> partlyApplied,
                                boolean verbose) {
        Set<String> applied = state.revisions();
        List<Revision> current = graph.currentHeads(applied);
        Set<String> heads = new HashSet<>(graph.heads().stream().map(Revision::id).toList());
        List<String> lines = new ArrayList<>();
        if (current.isEmpty()) {
            lines.add("Current revision: base (no revision applied" + (base.exists() ? "; the master changelog's own entries: "
                    + base.progress() + ": " + base.entries() : "") + ")" + (graph.isEmpty() ? "" : ", " + graph.ordered().size() + " pending"));
        } else if (base.pending() > 0) {
            lines.add("The base (the master changelog's own entries: " + base.entries() + ") has " + base.pending() + " of its "
                    + base.changeSets() + " changeSets pending; run mvn wataomi:upgrade");
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
        partlyApplied.forEach(p -> lines.add(p.describe()));
        long pending = graph.ordered().stream().filter(r -> !applied.contains(r.id())).count();
        if (!current.isEmpty() && pending > 0) {
            lines.add(pending + " revision" + (pending == 1 ? "" : "s") + " not applied; run mvn wataomi:upgrade");
        }
        return new CurrentResult(current, partlyApplied, lines);
    }

}
