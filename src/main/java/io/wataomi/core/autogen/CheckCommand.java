package io.wataomi.core.autogen;

import io.wataomi.core.db.RunContext;
import io.wataomi.core.diff.Diff;
import io.wataomi.core.entity.EntitySource;
import io.wataomi.core.migrate.AppliedState;
import io.wataomi.core.migrate.UnknownRevisions;
import io.wataomi.core.revision.RevisionFiles;
import io.wataomi.core.revision.RevisionGraph;

import java.util.ArrayList;
import java.util.List;

/** The check goal: the CI gate that fails, listing the differences, when the entities and the database (or the revisions) differ. */
public final class CheckCommand {
    private final RunContext context;

    /** A check of the context's project. */
    public CheckCommand(RunContext context) {
        this.context = context;
    }

    /** Passes when nothing differs; otherwise throws a {@link DriftException} listing the differences. */
    public CheckResult run(AutogenOptions options) {
        EntitySource.warmUp(options.classpath());
        RevisionGraph graph = RevisionFiles.graph(context.config(), context.output());
        Diff diff = new Autogenerate(context).compare(options, graph,
                () -> UnknownRevisions.refuse(graph, AppliedState.read(context), context.config())).diff();
        String other = options.againstHistory() ? "revisions" : "database";
        if (diff.isEmpty()) {
            context.output().info("No changes detected: the " + (options.againstHistory() ? "revisions match" : "database matches")
                    + " the entities.");
            return new CheckResult(diff);
        }
        List<String> lines = new ArrayList<>(DiffListing.lines(diff.operations(), "  ", ""));
        diff.hints().forEach(h -> lines.add("  " + h));
        int n = diff.operations().size();
        throw new DriftException("The entities and the " + other + " differ (" + n + " change" + (n == 1 ? "" : "s") + "):\n"
                + String.join("\n", lines)
                + "\nWrite a revision with mvn wataomi:create -Dwataomi.message=\"...\" and apply it with mvn wataomi:upgrade.");
    }
}
