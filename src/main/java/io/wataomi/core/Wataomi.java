package io.wataomi.core;

import io.wataomi.core.shared.Output;
import io.wataomi.core.shared.DatabaseFailure;

import io.wataomi.core.autogen.AutogenOptions;
import io.wataomi.core.autogen.Commands;
import io.wataomi.core.config.WataomiConfig;
import io.wataomi.core.diff.Diff;
import io.wataomi.core.render.Format;
import io.wataomi.core.render.RevisionHeader;
import io.wataomi.core.db.LiveDatabase;
import io.wataomi.core.db.MigrationLock;
import io.wataomi.core.migrate.AppliedState;
import io.wataomi.core.migrate.MigrationListener;
import io.wataomi.core.migrate.Migrator;
import io.wataomi.core.reset.ResetGuard;
import io.wataomi.core.reset.ResetOptions;
import io.wataomi.core.reset.ResetResult;
import io.wataomi.core.reset.SchemaWipe;
import io.wataomi.core.revision.Revision;
import io.wataomi.core.revision.RevisionException;
import io.wataomi.core.revision.RevisionFiles;
import io.wataomi.core.revision.RevisionGraph;
import io.wataomi.core.revision.RevisionWriter;
import io.wataomi.core.revision.Targets;
import io.wataomi.core.sync.CasdoorSync;
import io.wataomi.core.sync.SyncConfig;
import io.wataomi.core.sync.SyncResult;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** The facade: one method per goal, each returning a result record. Knows nothing of Maven. */
public final class Wataomi {
    private final WataomiConfig config;
    private final Output output;
    private final MigrationListener listener;
    private LiveDatabase database;

    /** A facade for one project. */
    public Wataomi(WataomiConfig config, Output output) {
        this(config, output, MigrationListener.NONE);
    }

    /** A facade whose migrations report to a listener. */
    public Wataomi(WataomiConfig config, Output output, MigrationListener listener) {
        this.config = config;
        this.output = output;
        this.listener = listener;
    }

    /** The configuration this facade runs with. */
    public WataomiConfig config() {
        return config;
    }

    /** The database this facade works on, started (embedded) and announced on first use. */
    public LiveDatabase database() {
        if (database == null) {
            database = LiveDatabase.of(config.connection(), config.embeddedDirectory(), output);
            output.info((database.embedded() ? "Using the " : "Database: ") + database.description()
                    + (database.embedded() ? " (no wataomi.url set)" : ""));
        }
        return database;
    }

    /** Applies revisions up to the target (head, heads, +N, a revision), or writes their SQL. */
    public Results.Migration upgrade(String target, boolean sql, Path sqlFile) {
        return migrate(sql, sqlFile, (state) -> Targets.upgrade(state.graph(), state.applied(), target), true);
    }

    /** Rolls revisions back down to the target (-N, a revision, base), or writes their SQL. */
    public Results.Migration downgrade(String target, boolean sql, Path sqlFile) {
        return migrate(sql, sqlFile, (state) -> Targets.downgrade(state.graph(), state.applied(), target), false);
    }

    private record State(RevisionGraph graph, Set<String> applied) {
    }

    private Results.Migration migrate(boolean sql, Path sqlFile, Function<State, List<Revision>> planner, boolean up) {
        RevisionGraph graph = RevisionFiles.graph(config);
        try (Connection c = database().connect()) {
            if (sql) {
                StringWriter out = new StringWriter();
                List<Revision> plan;
                try (Migrator m = new Migrator(config, c, output, listener, out)) {
                    plan = planner.apply(new State(graph, m.state().revisions()));
                    if (up) {
                        m.upgrade(plan);
                    } else {
                        m.downgrade(plan);
                    }
                }
                String script = header(plan, up) + out;
                emitScript(script, sqlFile);
                return new Results.Migration(plan, List.of(), script);
            }
            try (MigrationLock lock = MigrationLock.acquire(c, config.connection().schema(), config.lockTimeout(), output);
                 Migrator m = new Migrator(config, c, output, listener, null)) {
                Set<String> applied = m.state().revisions();
                List<Revision> plan = planner.apply(new State(graph, applied));
                m.verifyChecksums(graph.inOrder(applied.stream().filter(id -> graph.get(id) != null).toList()));
                if (plan.isEmpty()) {
                    output.info("Nothing to do: the database is at " + Targets.label(graph.currentHeads(applied)) + ".");
                } else {
                    output.info((up ? "Upgrading" : "Downgrading") + " from " + Targets.label(graph.currentHeads(applied))
                            + ": " + plan.size() + " revision" + (plan.size() == 1 ? "" : "s"));
                    if (up) {
                        m.upgrade(plan);
                    } else {
                        m.downgrade(plan);
                    }
                }
                List<Revision> now = graph.currentHeads(m.state().revisions());
                if (!plan.isEmpty()) {
                    output.info("The database is now at " + Targets.label(now) + ".");
                }
                return new Results.Migration(plan, now, null);
            }
        } catch (SQLException e) {
            throw new DatabaseFailure("Database error: " + e.getMessage(), e);
        }
    }

    private String header(List<Revision> plan, boolean up) {
        StringBuilder sb = new StringBuilder("-- wataomi ").append(up ? "upgrade" : "downgrade").append(" script for ")
                .append(database().description()).append('\n');
        sb.append("-- ").append(plan.size()).append(" revision(s): ")
                .append(plan.isEmpty() ? "none, the database is already there" : Targets.label(plan)).append('\n');
        sb.append("-- Each revision is one transaction that also records it in databasechangelog. Run with psql -v ON_ERROR_STOP=1 -f;\n");
        sb.append("-- if you drop those INSERTs or apply the changes another way, record them with mvn wataomi:stamp -Dwataomi.target=<revision>\n");
        return sb.toString();
    }

    private void emitScript(String script, Path sqlFile) {
        if (sqlFile == null) {
            output.raw(script);
            return;
        }
        try {
            if (sqlFile.getParent() != null) {
                Files.createDirectories(sqlFile.getParent());
            }
            Files.writeString(sqlFile, script, StandardCharsets.UTF_8);
            output.info("Wrote the SQL to " + sqlFile + "; the database was not changed.");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + sqlFile, e);
        }
    }

    /** Where the database stands: its current revision(s). */
    public Results.Current current(boolean verbose) {
        return Reports.current(RevisionFiles.graph(config), appliedState(), verbose);
    }

    /** The revisions, newest first, with the current one(s) marked; range "a:b" limits the list. */
    public Results.History history(String range) {
        return Reports.history(RevisionFiles.graph(config), appliedState().revisions(), range);
    }

    /** The head revisions. */
    public List<Revision> heads() {
        return RevisionFiles.graph(config).heads();
    }

    /** Records the target as the database's revision without running any change. */
    public Results.Stamp stamp(String target) {
        RevisionGraph graph = RevisionFiles.graph(config);
        try (Connection c = database().connect();
             MigrationLock lock = MigrationLock.acquire(c, config.connection().schema(), config.lockTimeout(), output);
             Migrator m = new Migrator(config, c, output, listener, null)) {
            Set<String> applied = m.state().revisions();
            Set<String> goal = Targets.stamp(graph, applied, target);
            List<Revision> mark = graph.inOrder(goal.stream().filter(id -> !applied.contains(id)).toList());
            List<Revision> unmark = new ArrayList<>(graph.inOrder(applied.stream().filter(id -> graph.get(id) != null && !goal.contains(id)).toList()));
            Collections.reverse(unmark);
            m.stamp(mark, unmark);
            return new Results.Stamp(mark, unmark, graph.currentHeads(m.state().revisions()));
        } catch (SQLException e) {
            throw new DatabaseFailure("Database error: " + e.getMessage(), e);
        }
    }

    /** Writes a revision that joins heads: all current heads, or the listed revisions. */
    public Revision merge(String message, List<String> revisions) {
        RevisionGraph graph = RevisionFiles.graph(config);
        List<String> parents = new ArrayList<>();
        if (revisions == null || revisions.isEmpty()) {
            graph.heads().forEach(h -> parents.add(h.id()));
        } else {
            for (String r : revisions) {
                parents.add(graph.resolve(r.strip()).id());
            }
        }
        if (parents.size() < 2) {
            throw new RevisionException("There is nothing to merge: " + (parents.isEmpty() ? "no revisions"
                    : "a single head, " + parents.get(0)) + ". merge joins two or more heads (mvn wataomi:heads lists them).");
        }
        String msg = message == null || message.isBlank() ? "merge " + String.join(" and ", parents) : message;
        return RevisionWriter.write(config, RevisionWriter.newId(), parents, msg, LocalDateTime.now(), "");
    }

    /** Writes an empty XML revision on top of the single head, to fill in by hand. */
    public Revision createEmpty(String message) {
        return createEmpty(message, Format.XML);
    }

    /** Writes an empty revision in that format on top of the single head, to fill in by hand. */
    public Revision createEmpty(String message, Format format) {
        requireMessage(message);
        RevisionGraph graph = RevisionFiles.graph(config);
        List<String> parents = graph.parentForNewRevision();
        return RevisionWriter.write(config, new RevisionHeader(RevisionWriter.newId(), parents, message.strip(), LocalDateTime.now()),
                format, List.of());
    }

    /** Compares the entities with the database (or the revisions) and writes the difference as a new revision. */
    public Results.Created create(String message, AutogenOptions options) {
        requireMessage(message);
        return commands().create(message, options);
    }

    /** Fails, listing the differences, when the entities and the database (or the revisions) differ. */
    public Diff check(AutogenOptions options) {
        return commands().check(options);
    }

    /** Creates the entities' missing tables on the database and scaffolds the changelog folder. */
    public Results.Init init(AutogenOptions options) {
        return commands().init(options);
    }

    private Commands commands() {
        return new Commands(config, output, this::database);
    }

    /** Copies the Casdoor organization's users, applications and memberships into the database, all or nothing. */
    public SyncResult sync(SyncConfig sync) {
        return new CasdoorSync(sync, output).run(database(), config.connection().schema(), config.lockTimeout());
    }

    /**
     * Drops every object in the managed schemas, upgrades to head, then syncs when {@code sync} is not null.
     * Refused, with nothing changed, unless confirmed (and allowed, for a database on another host).
     */
    public ResetResult reset(ResetOptions options, SyncConfig sync) {
        RevisionGraph graph = RevisionFiles.graph(config);
        Targets.upgrade(graph, Set.of(), "head"); // fails on two heads now, not after the drop
        LiveDatabase db = database();
        List<String> schemas = new ArrayList<>(options.schemas());
        if (schemas.isEmpty()) {
            schemas.add(config.connection().schema());
            if (sync != null && !schemas.contains(sync.tables().schema())) {
                schemas.add(sync.tables().schema());
            }
        }
        ResetGuard.confirm(db, options, schemas);
        int dropped;
        try (Connection c = db.connect();
             MigrationLock lock = MigrationLock.acquire(c, config.connection().schema(), config.lockTimeout(), output)) {
            dropped = SchemaWipe.drop(c, schemas, output);
        } catch (SQLException e) {
            throw new DatabaseFailure("Database error: " + e.getMessage(), e);
        }
        Results.Migration upgraded = upgrade("head", false, null);
        return new ResetResult(List.copyOf(schemas), dropped, upgraded, sync == null ? null : sync(sync));
    }

    private static void requireMessage(String message) {
        if (message == null || message.isBlank()) {
            throw new RevisionException("A revision needs a message: -Dwataomi.message=\"add user bio field\".");
        }
    }

    private AppliedState appliedState() {
        try (Connection c = database().connect(); Migrator m = new Migrator(config, c, output, listener, null)) {
            return m.state();
        } catch (SQLException e) {
            throw new DatabaseFailure("Database error: " + e.getMessage(), e);
        }
    }
}
