package io.wataomi.core.autogen;

import io.wataomi.core.shared.Output;
import io.wataomi.core.shared.DatabaseFailure;
import io.wataomi.core.config.WataomiConfig;
import io.wataomi.core.db.RunContext;
import io.wataomi.core.db.ScratchDatabase;
import io.wataomi.core.diff.Diff;
import io.wataomi.core.diff.Renames;
import io.wataomi.core.diff.SchemaDiff;
import io.wataomi.core.entity.EntityModel;
import io.wataomi.core.entity.EntityRequest;
import io.wataomi.core.entity.EntitySource;
import io.wataomi.core.migrate.MigrationListener;
import io.wataomi.core.migrate.Migrator;
import io.wataomi.core.model.Catalog;
import io.wataomi.core.revision.RevisionGraph;
import io.wataomi.core.revision.Targets;

import io.wataomi.core.model.Identifiers;
import io.wataomi.core.model.QualifiedName;
import io.wataomi.core.render.TableSize;
import io.wataomi.core.model.NameOrigin;

import java.sql.Connection;
import java.sql.Statement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The autogenerate pipeline: entities through Hibernate to DDL, normalised on a scratch PostgreSQL, read back
 * with the same catalog reader as the database they are compared with, then diffed.
 */
public final class Autogenerate {
    /** The normalised tables kept between runs, below the project's base directory. */
    static final String CACHE_DIRECTORY = "target/wataomi/schema-cache";
    private final WataomiConfig config;
    private final Output output;
    private final RunContext context;

    /** A pipeline for one project; the context's live database is started only when it is needed. */
    public Autogenerate(RunContext context) {
        this.config = context.config();
        this.output = context.output();
        this.context = context;
    }

    /**
     * Both catalogs and the operations between them, with the live database's sizes of the tables whose type changes
     * rewrite them and the tables with rows that get a NOT NULL column without a default (both empty when compared with
     * the revisions).
     */
    public record Comparison(EntityModel entities, Catalog current, Catalog desired, Diff diff, List<String> schemas,
                             Map<QualifiedName, TableSize> tableSizes, Set<QualifiedName> tablesWithRows) {
    }

    /** The desired catalog, and the current one with the expressions that mean the same as the desired ones in their text. */
    private record Normalised(Catalog desired, Catalog current) {
    }

    /**
     * The entities' catalog, normalised on the scratch database, after checking their names against the target
     * server's reserved words ({@code reserved} null: the scratch server's).
     */
    private Normalised desired(ScratchDatabase scratch, EntityModel model, List<String> schemas, KeywordCheck.Reserved reserved,
                               Catalog current) {
        KeywordCheck.Reserved words = reserved;
        if (words == null) {
            try (Connection c = scratch.connect()) {
                words = KeywordCheck.read(c);
            } catch (SQLException e) {
                throw new DatabaseFailure("Scratch database error: " + e.getMessage(), e);
            }
        }
        KeywordCheck.require(model, words);
        ScratchNormaliser.Desired normalised = ScratchNormaliser.normalise(scratch, model.ddl(), schemas,
                config.connection().schema(), new NormalisedCache(config.basedir().resolve(CACHE_DIRECTORY)), output);
        Catalog desired = NameOrigin.markImplicit(normalised.catalog(), model.statedNames());
        try (Connection c = scratch.connect(); Statement st = c.createStatement()) {
            st.execute("SET search_path TO " + Identifiers.quote(config.connection().schema()) + ", public");
            return new Normalised(desired, ExpressionReprint.reconcile(c, desired, current, normalised.tables()));
        } catch (SQLException e) {
            throw new DatabaseFailure("Scratch database error: " + e.getMessage(), e);
        }
    }

    /** Loads the entities and compares them with the database, or with the revisions replayed. */
    public Comparison compare(AutogenOptions options, RevisionGraph graph) {
        return compare(options, graph, () -> { });
    }

    /**
     * As {@link #compare(AutogenOptions, RevisionGraph)}, after {@code liveCheck} (which reads the live database, and
     * throws when it is not fit to compare with): run beside the entities' loading when comparing with the database,
     * its failure reported before theirs; not run when comparing with the revisions.
     */
    public Comparison compare(AutogenOptions options, RevisionGraph graph, Runnable liveCheck) {
        long t0 = System.nanoTime();
        ServerSide early = options.againstHistory() ? null : ServerSide.start(context, liveCheck, options.devUrl());
        EntityModel model;
        try {
            model = EntitySource.load(new EntityRequest(options.classpath(), options.packages(), options.namingStrategy(),
                    config.connection().schema(), options.application(), options.modules(), options.providers()), output);
        } catch (RuntimeException | Error e) {
            if (early != null) {
                early.failFirst(e);
            }
            throw e;
        }
        List<String> schemas = schemas(model);
        long t1 = System.nanoTime();
        Catalog read;
        Normalised normalised;
        long t2;
        if (early == null) {
            read = replayed(graph, schemas, options.devUrl());
            t2 = System.nanoTime();
            try (ScratchDatabase scratch = ScratchDatabase.create(context, options.devUrl(), false)) {
                normalised = desired(scratch, model, schemas, null, read);
            }
        } else {
            try (ScratchDatabase scratch = early.scratch()) {
                read = early.catalog(schemas);
                t2 = System.nanoTime();
                normalised = desired(scratch, model, schemas, early.reserved(), read);
            }
        }
        Catalog desired = normalised.desired();
        Catalog current = normalised.current();
        long t3 = System.nanoTime();
        output.debug(String.format("Entities loaded in %d ms, then the current schema %s in %d ms, normalised on a scratch"
                        + " database in %d ms", (t1 - t0) / 1_000_000, early == null ? "replayed" : "read (on a thread of its own"
                        + " while the entities loaded, with the scratch database created)", (t2 - t1) / 1_000_000,
                (t3 - t2) / 1_000_000));
        Renames renames = Renames.parse(options.renames(), current, desired, config.connection().schema());
        Diff diff = SchemaDiff.compare(current, desired, renames);
        LiveChecks.Checked checked = new LiveChecks.Checked(diff, Map.of(), Set.of());
        if (!options.againstHistory() && !diff.isEmpty()) {
            checked = context.connected(c -> LiveChecks.apply(diff, renames, current, c));
        }
        output.info(String.format("Compared %d entities (%d tables) with %s in %.1f s.", model.entityClasses().size(),
                desired.tables().size(), options.againstHistory() ? "the revisions replayed on a scratch database"
                        : "the database", (System.nanoTime() - t0) / 1e9));
        return new Comparison(model, current, desired, checked.diff(), schemas, checked.tableSizes(), checked.tablesWithRows());
    }

    private List<String> schemas(EntityModel model) {
        Set<String> all = new TreeSet<>(model.schemas());
        all.add(config.connection().schema());
        return List.copyOf(all);
    }

    /** The schema the base and the revisions build, replayed on a scratch database: no live database needed. */
    private Catalog replayed(RevisionGraph graph, List<String> schemas, String devUrl) {
        try (ScratchDatabase scratch = ScratchDatabase.create(context, devUrl, false);
             Connection c = scratch.connect()) {
            try (Migrator m = new Migrator(config, c, Output.silent(), MigrationListener.NONE, null)) {
                m.upgradeBase();
                m.upgrade(Targets.upgrade(graph, Set.of(), "heads"));
            }
            return ScratchNormaliser.read(c, schemas);
        } catch (SQLException e) {
            throw new DatabaseFailure("Scratch database error: " + e.getMessage(), e);
        }
    }
}
