package io.wataomi.core.migrate;

import io.wataomi.core.db.RunContext;
import io.wataomi.core.revision.Revision;
import io.wataomi.core.revision.RevisionFiles;
import io.wataomi.core.revision.RevisionGraph;
import io.wataomi.core.shared.TextTable;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The history goal: the revisions newest first, the current one(s) marked, optionally within a range. */
public final class HistoryCommand {
    private final RunContext context;

    /** The history of the context's project and database. */
    public HistoryCommand(RunContext context) {
        this.context = context;
    }

    /** Prints and returns the history; {@code range} ("a:b", either side optional) limits it, null shows all. */
    public HistoryResult run(String range) {
        RevisionGraph graph = RevisionFiles.graph(context.config(), context.output());
        AppliedState state = AppliedState.read(context);
        UnknownRevisions.refuse(graph, state, context.config());
        HistoryResult result = report(graph, state.revisions(), BaseState.read(context), range);
        result.lines().forEach(context.output()::result);
        return result;
    }

    /** The history, with the base as its last line when the master has entries of its own and the range reaches down to it. */
    static HistoryResult report(RevisionGraph graph, Set<String> applied, BaseState base, String range) {
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
        boolean showsBase = base.exists() && reachesBase(range);
        if (showsBase) {
            boolean atBase = current.isEmpty() && base.applied() > 0;
            table.row(atBase ? ">" : "", "<base>", "", "", "the master changelog's own entries: " + base.entries() + "  ("
                    + base.progress() + (atBase ? ", current" : "") + ")");
        }
        List<String> lines = shown.isEmpty() && !showsBase ? List.of("No revisions" + (graph.isEmpty() ? " yet." : " in that range."))
                : table.lines();
        return new HistoryResult(shown, lines);
    }

    /** True for the whole history and for ranges that start at base. */
    private static boolean reachesBase(String range) {
        if (range == null || range.isBlank()) {
            return true;
        }
        String lower = range.strip().split(":", -1)[0].strip();
        return lower.isEmpty() || lower.equals("base");
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
