package io.wataomi.core.autogen;

import io.wataomi.core.config.WataomiConfig;
import io.wataomi.core.db.RunContext;
import io.wataomi.core.diff.Operation;
import io.wataomi.core.entity.EntitySource;
import io.wataomi.core.render.SqlText;
import io.wataomi.core.revision.MasterChangelog;
import io.wataomi.core.revision.MasterFile;
import io.wataomi.core.revision.RevisionException;
import io.wataomi.core.revision.RevisionFiles;
import io.wataomi.core.revision.RevisionGraph;
import io.wataomi.core.revision.RevisionWriter;
import io.wataomi.core.revision.Targets;
import io.wataomi.core.shared.Output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;

/**
 * The init goal: creates the entities' tables that the database lacks, in one transaction, and the changelog folder
 * and master changelog when absent. Other differences are listed and left to a revision.
 */
public final class InitCommand {
    private final RunContext context;
    private final Output output;

    /** An init of the context's project and database. */
    public InitCommand(RunContext context) {
        this.context = context;
        this.output = context.output();
    }

    /** Creates what is missing and says what is left. */
    public InitResult run(AutogenOptions options) {
        EntitySource.warmUp(options.classpath());
        RevisionGraph graph = RevisionFiles.graph(context.config(), output);
        refuseRevisions(graph);
        scaffold();
        Autogenerate.Comparison cmp = new Autogenerate(context).compare(options, graph);
        InitPlan plan = InitPlan.of(cmp.diff());
        if (!plan.operations().isEmpty()) {
            context.locked("init failed, nothing was created: ", c -> {
                try (Statement st = c.createStatement()) {
                    for (Operation op : plan.operations()) {
                        for (String sql : SqlText.of(op)) {
                            st.execute(sql);
                        }
                    }
                }
                c.commit();
                return null;
            });
        }
        output.info(plan.tables().isEmpty() ? "Every table of the entities exists already."
                : "Created " + plan.tables().size() + " table(s): " + String.join(", ", plan.tables()));
        if (!plan.remaining().isEmpty()) {
            output.warn("init only creates missing tables; " + plan.remaining().operations().size()
                    + " other difference(s) need a revision (mvn wataomi:create):");
            DiffListing.lines(plan.remaining().operations(), "  ", "").stream()
                    .limit(DiffListing.LISTED).forEach(output::warn);
        }
        return new InitResult(plan.tables(), plan.remaining());
    }

    /**
     * Tables made from the entities on a project that has revisions, or a master changelog with entries of its own (a
     * base), would be neither their schema nor recorded: their upgrade would then fail on them.
     */
    private void refuseRevisions(RevisionGraph graph) {
        MasterChangelog master = MasterChangelog.read(context.config());
        if (graph.isEmpty() && master.hasBase()) {
            throw new RevisionException("The master changelog has entries of its own (" + master.baseLabel() + "): they build the"
                    + " schema the first revision revises, so init creates nothing here. Apply them with mvn wataomi:upgrade, then"
                    + " write the first revision with mvn wataomi:create -Dwataomi.message=\"...\".");
        }
        if (graph.isEmpty()) {
            return;
        }
        throw new RevisionException("This project has revisions already (" + graph.ordered().size() + ", head " + Targets.label(graph.heads())
                + "): init is for a project without any, and creates nothing here. Apply them with mvn wataomi:upgrade. If the"
                + " database has their schema already (made by init, by ddl-auto, by hand or by another tool), record them as"
                + " applied without running them: mvn wataomi:stamp -Dwataomi.target=head.");
    }

    private void scaffold() {
        WataomiConfig config = context.config();
        try {
            if (!Files.isDirectory(config.versionsDirectory())) {
                Files.createDirectories(config.versionsDirectory());
                output.info("Created " + config.versionsDirectory());
            }
            Path master = MasterFile.of(config);
            if (!Files.exists(master)) {
                RevisionWriter.writeMaster(config, RevisionFiles.graph(config));
                output.info("Created " + master);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + config.versionsDirectory(), e);
        }
    }
}
