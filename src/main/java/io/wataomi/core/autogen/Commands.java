package io.wataomi.core.autogen;

import io.wataomi.core.shared.Output;
import io.wataomi.core.shared.DatabaseFailure;
import io.wataomi.core.Results;
import io.wataomi.core.config.WataomiConfig;
import io.wataomi.core.db.LiveDatabase;
import io.wataomi.core.db.MigrationLock;
import io.wataomi.core.diff.Diff;
import io.wataomi.core.diff.Operation;
import io.wataomi.core.diff.Renames;
import io.wataomi.core.diff.SchemaDiff;
import io.wataomi.core.migrate.AppliedState;
import io.wataomi.core.migrate.MigrationListener;
import io.wataomi.core.migrate.Migrator;
import io.wataomi.core.model.Catalog;
import io.wataomi.core.render.RevisionHeader;
import io.wataomi.core.render.SqlText;
import io.wataomi.core.revision.Revision;
import io.wataomi.core.revision.RevisionException;
import io.wataomi.core.revision.RevisionFiles;
import io.wataomi.core.revision.RevisionGraph;
import io.wataomi.core.revision.RevisionWriter;
import io.wataomi.core.revision.Targets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/** The goals built on autogenerate: create, check and init. */
public final class Commands {
    private static final int LISTED = 60;
    private final WataomiConfig config;
    private final Output output;
    private final Supplier<LiveDatabase> live;
    private final Autogenerate autogenerate;

    public Commands(WataomiConfig config, Output output, Supplier<LiveDatabase> live) {
        this.config = config;
        this.output = output;
        this.live = live;
        this.autogenerate = new Autogenerate(config, output, live);
    }

    /** Writes a revision with the differences between the entities and the database (or the revisions). */
    public Results.Created create(String message, AutogenOptions options) {
        RevisionGraph graph = RevisionFiles.graph(config);
        List<String> parents = graph.parentForNewRevision();
        if (!options.againstHistory()) {
            requireUpToDate(graph);
        }
        Autogenerate.Comparison cmp = autogenerate.compare(options, graph);
        Diff diff = cmp.diff();
        boolean stamp = false;
        if (diff.isEmpty() && !options.againstHistory() && graph.isEmpty() && !cmp.current().isEmpty()) {
            // The database was built by init (or by hand) before any revision: write the revision that builds it
            // from nothing, and record it as applied here.
            diff = SchemaDiff.compare(Catalog.empty(cmp.schemas()), cmp.desired(), Renames.none());
            stamp = true;
        }
        report(diff);
        if (diff.isEmpty()) {
            output.info("No changes detected.");
            return new Results.Created(null, diff, false);
        }
        RevisionHeader header = new RevisionHeader(RevisionWriter.newId(), parents, message.strip(), LocalDateTime.now());
        Revision r = RevisionWriter.write(config, header, options.format(), diff.operations());
        output.info("Generating " + r.file() + " ... done");
        if (stamp) {
            stamp(r);
            output.info("The database already has this schema, so revision " + r.id() + " is recorded as applied (stamped).");
        }
        return new Results.Created(r, diff, stamp);
    }

    /** Fails when the entities and the database differ, listing the differences. */
    public Diff check(AutogenOptions options) {
        RevisionGraph graph = RevisionFiles.graph(config);
        Diff diff = autogenerate.compare(options, graph).diff();
        if (diff.isEmpty()) {
            output.info("No changes detected: the " + (options.againstHistory() ? "revisions match" : "database matches") + " the entities.");
            return diff;
        }
        List<String> lines = new ArrayList<>();
        diff.operations().stream().limit(LISTED).forEach(op -> lines.add("  " + op.describe()));
        if (diff.operations().size() > LISTED) {
            lines.add("  ... and " + (diff.operations().size() - LISTED) + " more");
        }
        diff.hints().forEach(h -> lines.add("  " + h));
        throw new DriftException("The entities and the " + (options.againstHistory() ? "revisions" : "database") + " differ ("
                + diff.operations().size() + " change" + (diff.operations().size() == 1 ? "" : "s") + "):\n" + String.join("\n", lines)
                + "\nWrite a revision with mvn wataomi:create -Dwataomi.message=\"...\" and apply it with mvn wataomi:upgrade.");
    }

    /** Creates the entities' missing tables on the database and the changelog folder when absent. */
    public Results.Init init(AutogenOptions options) {
        scaffold();
        Autogenerate.Comparison cmp = autogenerate.compare(options, RevisionFiles.graph(config));
        InitPlan plan = InitPlan.of(cmp.diff());
        if (!plan.operations().isEmpty()) {
            try (Connection c = live.get().connect();
                 MigrationLock lock = MigrationLock.acquire(c, config.connection().schema(), config.lockTimeout(), output);
                 Statement st = c.createStatement()) {
                for (Operation op : plan.operations()) {
                    for (String sql : SqlText.of(op)) {
                        st.execute(sql);
                    }
                }
                c.commit();
            } catch (SQLException e) {
                throw new DatabaseFailure("init failed, nothing was created: " + e.getMessage(), e);
            }
        }
        output.info(plan.tables().isEmpty() ? "Every table of the entities exists already."
                : "Created " + plan.tables().size() + " table(s): " + String.join(", ", plan.tables()));
        if (!plan.remaining().isEmpty()) {
            output.warn("init only creates missing tables; " + plan.remaining().operations().size()
                    + " other difference(s) need a revision (mvn wataomi:create):");
            plan.remaining().operations().stream().limit(LISTED).forEach(op -> output.warn("  " + op.describe()));
        }
        return new Results.Init(plan.tables(), plan.remaining());
    }

    private void scaffold() {
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

    private void report(Diff diff) {
        diff.operations().stream().limit(LISTED).forEach(op -> output.info("Detected " + op.describe()));
        if (diff.operations().size() > LISTED) {
            output.info("... and " + (diff.operations().size() - LISTED) + " more (see the revision file)");
        }
        for (Operation op : diff.destructive()) {
            output.warn("DESTRUCTIVE: " + op.describe() + ". Review the revision before applying it.");
        }
        diff.hints().forEach(output::warn);
    }

    private void requireUpToDate(RevisionGraph graph) {
        if (graph.isEmpty()) {
            return;
        }
        AppliedState state = applied();
        Set<String> applied = state.revisions();
        List<Revision> pending = Targets.upgrade(graph, applied, "heads");
        if (!pending.isEmpty()) {
            throw new RevisionException("Target database is not up to date: it is at " + Targets.label(graph.currentHeads(applied))
                    + ", " + pending.size() + " revision(s) pending (" + Targets.label(pending) + "). Run mvn wataomi:upgrade first,"
                    + " or compare with the revisions instead of the database: -Dwataomi.diffAgainst=history.");
        }
    }

    private AppliedState applied() {
        try (Connection c = live.get().connect(); Migrator m = new Migrator(config, c, output, MigrationListener.NONE, null)) {
            return m.state();
        } catch (SQLException e) {
            throw new DatabaseFailure("Database error: " + e.getMessage(), e);
        }
    }

    private void stamp(Revision r) {
        try (Connection c = live.get().connect();
             MigrationLock lock = MigrationLock.acquire(c, config.connection().schema(), config.lockTimeout(), output);
             Migrator m = new Migrator(config, c, output, MigrationListener.NONE, null)) {
            m.stamp(List.of(r), List.of());
        } catch (SQLException e) {
            throw new DatabaseFailure("Database error: " + e.getMessage(), e);
        }
    }
}
