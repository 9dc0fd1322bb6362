package io.wataomi.core.autogen;

import io.wataomi.core.config.WataomiConfig;
import io.wataomi.core.db.RunContext;
import io.wataomi.core.diff.Operation;
import io.wataomi.core.render.SqlText;
import io.wataomi.core.revision.RevisionFiles;
import io.wataomi.core.revision.RevisionWriter;
import io.wataomi.core.shared.Output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
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
        scaffold();
        Autogenerate.Comparison cmp = new Autogenerate(context).compare(options, RevisionFiles.graph(context.config()));
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

    private void scaffold() {
        WataomiConfig config = context.config();
        try {
            if (!Files.isDirectory(config.versionsDirectory())) {
                Files.createDirectories(config.versionsDirectory());
                output.info("Created " + config.versionsDirectory());
            }
            if (!Files.exists(config.masterChangelog())) {
                RevisionWriter.writeMaster(config, RevisionFiles.graph(config));
                output.info("Created " + config.masterChangelog());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + config.versionsDirectory(), e);
        }
    }
}
