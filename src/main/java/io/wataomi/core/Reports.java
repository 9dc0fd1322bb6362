package io.wataomi.core;

import io.wataomi.core.shared.TextTable;

import io.wataomi.core.migrate.AppliedState;
import io.wataomi.core.revision.Revision;
import io.wataomi.core.revision.RevisionGraph;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The text of {@code current} and {@code history}: what people read about where the database stands. */
final class Reports {
    private Reports() {
    }

    static Results.Current current(RevisionGraph graph, AppliedState state, boolean verbose) {
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
        applied.stream().filter(id -> graph.get(id) == null).sorted().forEach(id ->
                lines.add("Warning: revision " + id + " is recorded as applied but no file defines it."));
        return new Results.Current(current, lines);
    }

    static Results.History history(RevisionGraph graph, Set<String> applied, String range) {
        Set<String> current = new HashSet<>(graph.currentHeads(applied).stream().map(Revision::id).toList());
        List<Revision> shown = HistoryRange.select(graph, applied, range);
        TextTable table = new TextTable().row("", "Revision", "Revises", "Created", "Message");
        for (int i = shown.size() - 1; i >= 0; i--) {
            Revision r = shown.get(i);
            List<String> tags = tags(graph, r, current.contains(r.id()), applied.contains(r.id()));
            String created = r.created().length() >= 16 ? r.created().substring(0, 16).replace('T', ' ') : r.created();
            table.row(current.contains(r.id()) ? ">" : "", r.id(), r.parentsLabel(), created,
                    r.message() + (tags.isEmpty() ? "" : "  (" + String.join(", ", tags) + ")"));
        }
        List<String> lines = shown.isEmpty() ? List.of("No revisions" + (graph.isEmpty() ? " yet." : " in that range.")) : table.lines();
        return new Results.History(shown, lines);
    }

    private static List<String> tags(RevisionGraph graph, Revision r, boolean current, boolean applied) {
        List<String> tags = new ArrayList<>();
        if (graph.children(r.id()).isEmpty()) {
            tags.add("head");
        }
        if (graph.children(r.id()).size() > 1) {
            tags.add("branchpoint");
        }
        if (r.isMerge()) {
            tags.add("mergepoint");
        }
        if (current) {
            tags.add("current");
        }
        if (!applied) {
            tags.add("pending");
        }
        return tags;
    }
}
