package io.wataomi.core.revision;

import io.wataomi.core.config.PropertyNames;
import io.wataomi.core.config.WataomiConfig;
import io.wataomi.core.shared.Output;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** The merge goal: writes a revision that joins two or more heads. Needs no database. */
public final class MergeCommand {
    private final WataomiConfig config;
    private final Output output;

    /** A merge of the project's revisions. */
    public MergeCommand(WataomiConfig config, Output output) {
        this.config = config;
        this.output = output;
    }

    /** Writes the merge revision: of every current head, or of the listed revisions. */
    public MergeResult run(MergeOptions options) {
        try (RevisionFolderLock lock = RevisionFolderLock.acquire(config, output)) {
            return merge(options);
        }
    }

    /**
     * A merge joins branches at their tips. Merging a revision that something already revises would start another
     * branch from it rather than join two, and merging an ancestor with its descendant joins nothing.
     */
    private static void requireHead(RevisionGraph graph, Revision named) {
        List<String> children = graph.children(named.id());
        if (children.isEmpty()) {
            return;
        }
        throw new RevisionException("Revision " + named.id() + " (" + named.message() + ") is not a head: "
                + Targets.label(graph.inOrder(children)) + (children.size() == 1 ? " revises" : " revise") + " it. merge joins heads"
                + " (revisions nothing revises yet); merging " + named.id() + " would start a new branch from it instead of"
                + " joining two. The heads are: " + Targets.label(graph.heads()) + ". Name heads in -D" + PropertyNames.REVISIONS
                + ", or leave it out to merge all of them.");
    }

    private MergeResult merge(MergeOptions options) {
        RevisionGraph graph = RevisionFiles.graph(config, output);
        List<String> parents = new ArrayList<>();
        if (options.revisions().isEmpty()) {
            graph.heads().forEach(h -> parents.add(h.id()));
        } else {
            for (String r : options.revisions()) {
                Revision named = graph.resolve(r);
                requireHead(graph, named);
                if (parents.contains(named.id())) {
                    throw new RevisionException(PropertyNames.REVISIONS + " names " + named.id() + " twice. Name each head once.");
                }
                parents.add(named.id());
            }
        }
        if (parents.size() < 2) {
            throw new RevisionException("There is nothing to merge: " + (parents.isEmpty() ? "no revisions"
                    : "a single head, " + parents.get(0)) + ". merge joins two or more heads (mvn wataomi:heads lists them).");
        }
        String message = options.message() == null || options.message().isBlank()
                ? "merge " + String.join(" and ", parents) : options.message();
        Revision r = RevisionWriter.write(config, RevisionWriter.newId(), parents, message, LocalDateTime.now(), "");
        output.info("Merge revision " + r.id() + " revises " + r.parentsLabel() + ": " + r.file());
        return new MergeResult(r);
    }
}
