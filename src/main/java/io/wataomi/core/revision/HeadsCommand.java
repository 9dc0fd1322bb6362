package io.wataomi.core.revision;

import io.wataomi.core.config.WataomiConfig;
import io.wataomi.core.shared.Output;

/** The heads goal: lists the head revisions, and warns when there are several to merge. Needs no database. */
public final class HeadsCommand {
    private final WataomiConfig config;
    private final Output output;

    /** The heads of the project's revisions. */
    public HeadsCommand(WataomiConfig config, Output output) {
        this.config = config;
        this.output = output;
    }

    /** Prints and returns the heads. */
    public HeadsResult run() {
        HeadsResult result = new HeadsResult(RevisionFiles.graph(config, output).heads());
        if (result.heads().isEmpty()) {
            output.result("No revisions yet.");
        }
        result.heads().forEach(h -> output.result(h.id() + " (head)  " + h.message() + "  [" + h.fileName() + "]"));
        if (result.heads().size() > 1) {
            output.warn(result.heads().size() + " heads: join them with mvn wataomi:merge -Dwataomi.message=\"merge heads\".");
        }
        return result;
    }
}
