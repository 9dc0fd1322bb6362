package io.wataomi.core.autogen;

import io.wataomi.core.config.PropertyNames;
import io.wataomi.core.db.RunContext;
import io.wataomi.core.diff.Diff;
import io.wataomi.core.diff.Operation;
import io.wataomi.core.diff.Renames;
import io.wataomi.core.diff.SchemaDiff;
import io.wataomi.core.entity.EntitySource;
import io.wataomi.core.migrate.AppliedState;
import io.wataomi.core.migrate.BaseState;
import io.wataomi.core.migrate.MigrationListener;
import io.wataomi.core.migrate.Migrator;
import io.wataomi.core.migrate.UnknownRevisions;
import io.wataomi.core.model.Catalog;
import io.wataomi.core.render.Format;
import io.wataomi.core.render.RenderOptions;
import io.wataomi.core.render.RevisionHeader;
import io.wataomi.core.render.RevisionRenderer;
import io.wataomi.core.render.TableRewrite;
import io.wataomi.core.revision.Revision;
import io.wataomi.core.revision.RevisionException;
import io.wataomi.core.revision.RevisionFiles;
import io.wataomi.core.revision.RevisionFolderLock;
import io.wataomi.core.revision.MasterChangelog;
import io.wataomi.core.revision.RevisionGraph;
import io.wataomi.core.revision.RevisionWriter;
import io.wataomi.core.revision.Targets;
import io.wataomi.core.shared.Output;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

/**
 * The create goal: compares the entities with the database (or the revisions) and writes the difference as a new
 * revision on top of the single head; or, without autogenerate, an empty revision to fill in by hand.
 */
public final class CreateCommand {
    private final RunContext context;
    private final Output output;

    /** A create for the context's project. */
    public CreateCommand(RunContext context) {
        this.context = context;
        this.output = context.output();
    }

    /** Writes the revision, or prints "No changes detected" and writes nothing. */
    public CreateResult run(CreateOptions options) {
        if (options.message() == null || options.message().isBlank()) {
            throw new RevisionException("A revision needs a message: -Dwataomi.message=\"add user bio field\".");
        }
        if (options.autogenerate()) {
            EntitySource.warmUp(options.autogen().classpath());
        }
        // Held from reading the revisions to writing one, so a second create waits and then builds on this one.
        try (RevisionFolderLock lock = RevisionFolderLock.acquire(context.config(), output)) {
            return options.autogenerate() ? autogenerate(options.message().strip(), options.autogen(), options.safeDdl())
                    : empty(options.message().strip(), options.autogen().format());
        }
    }

    private CreateResult empty(String message, Format format) {
        RevisionGraph graph = RevisionFiles.graph(context.config(), output);
        Revision r = RevisionWriter.write(context.config(), new RevisionHeader(RevisionWriter.newId(), graph.parentForNewRevision(),
                message, LocalDateTime.now()), format, List.of());
        output.info("Created revision " + r.id() + " (revises " + r.parentsLabel() + "): " + r.file());
        output.info("Fill in its changeSets above the revision marker, then run mvn wataomi:upgrade.");
        return new CreateResult(r, new Diff(List.of(), List.of()), false);
    }

    private CreateResult autogenerate(String message, AutogenOptions options, boolean safeDdl) {
        RevisionGraph graph = RevisionFiles.graph(context.config(), output);
        List<String> parents = graph.parentForNewRevision();
        Autogenerate.Comparison cmp = new Autogenerate(context).compare(options, graph, () -> requireUpToDate(graph));
        if (!options.againstHistory() && graph.isEmpty() && !cmp.current().isEmpty() && !MasterChangelog.read(context.config()).hasBase()) {
            return baseline(message, options, cmp);
        }
        Diff diff = cmp.diff();
        RenderOptions render = new RenderOptions(safeDdl, cmp.tableSizes(), cmp.tablesWithRows());
        report(diff, render);
        if (diff.isEmpty()) {
            output.info("No changes detected.");
            return new CreateResult(null, diff, false);
        }
        Revision r = write(message, parents, options, diff, render);
        String created = "Created revision " + r.id() + " (revises " + r.parentsLabel() + ") with " + diff.operations().size() + " change(s)";
        List<String> toFill = RevisionRenderer.toFillIn(diff.operations(), render);
        if (toFill.isEmpty()) {
            output.info(created + ". Review it, then run mvn wataomi:upgrade.");
        } else {
            output.warn(created + " and " + toFill.size() + " data migration(s) to complete before upgrading: the table has rows and"
                    + " the new column is NOT NULL without a default, so the revision adds it nullable, fills it with an UPDATE,"
                    + " then sets NOT NULL. In " + r.file() + ", write the value of the existing rows in the UPDATE of:");
            toFill.forEach(c -> output.warn("  " + c));
            output.warn("The upgrade stops at an UPDATE left blank. Then run mvn wataomi:upgrade.");
        }
        return new CreateResult(r, diff, false);
    }

    /**
     * The first revision of a database that has a schema already (made by init, by ddl-auto, by hand or by another
     * tool): the revision that builds that schema from nothing as the database holds it, its names included (so later
     * revisions name its objects as every database built from it names them), recorded as applied here without running
     * anything. What the entities want beyond it is left to the next create. A master with entries of its own has a base
     * already, which the first revision revises instead.
     */
    private CreateResult baseline(String message, AutogenOptions options, Autogenerate.Comparison cmp) {
        Diff build = SchemaDiff.compare(Catalog.empty(cmp.schemas()), cmp.current(), Renames.none());
        Revision r = write(message, List.of(), options, build, RenderOptions.PLAIN);
        stamp(r);
        output.info("The database has a schema (" + cmp.current().tables().size() + " table(s)) and the project no revision: revision "
                + r.id() + " builds that schema from nothing, as the database holds it, and is recorded as applied here (stamped;"
                + " nothing was run). A fresh database gets it from mvn wataomi:upgrade; another database that has this schema"
                + " already records it with mvn wataomi:stamp -Dwataomi.target=" + r.id() + ".");
        if (!cmp.current().views().isEmpty()) {
            output.warn("The revision does not create the database's view(s) " + cmp.current().views().keySet() + ": add them by hand"
                    + " (a sql changeSet above the revision marker) if the application needs them.");
        }
        Diff rest = cmp.diff();
        if (rest.isEmpty()) {
            output.info("The database matches the entities.");
        } else {
            output.warn("The entities and the database differ (" + rest.operations().size() + " change(s)); the revision keeps the"
                    + " database as it is. Write the differences as the next revision with mvn wataomi:create -Dwataomi.message=\"...\","
                    + " then apply it with mvn wataomi:upgrade:");
            DiffListing.lines(rest.operations(), "  ", "").forEach(output::warn);
            rest.hints().forEach(h -> output.warn("  " + h));
        }
        return new CreateResult(r, build, true);
    }

    private Revision write(String message, List<String> parents, AutogenOptions options, Diff diff, RenderOptions render) {
        RevisionHeader header = new RevisionHeader(RevisionWriter.newId(), parents, message, LocalDateTime.now());
        Revision r = RevisionWriter.write(context.config(), header, options.format(), diff.operations(), render);
        output.info("Generating " + r.file() + " ... done");
        reportSafeForms(diff, render);
        return r;
    }

    private void report(Diff diff, RenderOptions render) {
        DiffListing.lines(diff.operations(), "Detected ", " (see the revision file)").forEach(output::info);
        for (Operation op : diff.destructive()) {
            output.warn("DESTRUCTIVE: " + op.describe() + ". Review the revision before applying it.");
        }
        for (Operation op : diff.operations()) {
            if (op instanceof Operation.AlterColumnType t && t.rewritesTable()) {
                TableRewrite.warning(t, render.tableSizes().get(t.table())).forEach(output::warn);
            }
        }
        diff.hints().forEach(output::warn);
    }

    /** Says which steps run after the revision's transaction, so that nobody is surprised by them in the file. */
    private void reportSafeForms(Diff diff, RenderOptions render) {
        List<String> after = RevisionRenderer.afterTransaction(diff.operations(), render);
        if (!after.isEmpty()) {
            output.info(after.size() + " step(s) on existing tables run after the revision's transaction, without blocking reads"
                    + " and writes (" + PropertyNames.SAFE_DDL + "=false renders the plain forms):");
            DiffListing.described(after, "  ", "").forEach(output::info);
        }
    }

    private void requireUpToDate(RevisionGraph graph) {
        AppliedState state = AppliedState.read(context);
        UnknownRevisions.refuse(graph, state, context.config());
        Set<String> applied = state.revisions();
        List<Revision> pending = graph.isEmpty() ? List.of() : Targets.upgrade(graph, applied, "heads");
        BaseState base = pending.isEmpty() ? BaseState.read(context) : BaseState.NONE;
        if (base.behind() > 0) {
            throw new RevisionException("Target database is not up to date: the base (the master changelog's own entries: "
                    + base.entries() + ") has " + base.behind() + " of its " + base.changeSets() + " changeSets pending. Run"
                    + " mvn wataomi:upgrade first (it runs them as plain Liquibase does), or compare with the changelogs instead of"
                    + " the database: -Dwataomi.diffAgainst=history. If the database has their schema already, record them as run"
                    + " without running them: mvn wataomi:stamp -Dwataomi.target=" + (graph.isEmpty() ? "base" : "head") + ".");
        }
        if (!pending.isEmpty()) {
            throw new RevisionException("Target database is not up to date: it is at " + Targets.label(graph.currentHeads(applied))
                    + ", " + pending.size() + " revision(s) pending (" + Targets.label(pending) + "). Run mvn wataomi:upgrade first,"
                    + " or compare with the revisions instead of the database: -Dwataomi.diffAgainst=history. If the database has"
                    + " their schema already (made by init, by ddl-auto, by hand or by another tool), record them as applied"
                    + " without running them: mvn wataomi:stamp -Dwataomi.target=head; a development database can be rebuilt"
                    + " from the revisions with mvn wataomi:reset.");
        }
    }

    private void stamp(Revision r) {
        context.locked(c -> {
            try (Migrator m = new Migrator(context.config(), c, output, MigrationListener.NONE, null)) {
                m.stamp(List.of(r), List.of());
            }
            return null;
        });
    }
}
