package io.wataomi.core.migrate;

import io.wataomi.core.db.BlockerWatch;
import io.wataomi.core.db.RunContext;
import io.wataomi.core.revision.MasterChangelog;
import io.wataomi.core.revision.Revision;
import io.wataomi.core.revision.RevisionFiles;
import io.wataomi.core.revision.RevisionGraph;
import io.wataomi.core.revision.Targets;
import io.wataomi.core.shared.Background;
import io.wataomi.core.shared.ClassWarmUp;
import io.wataomi.core.shared.Output;
import io.wataomi.core.shared.WataomiException;

import java.io.StringWriter;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * What upgrade and downgrade share: read the revisions, choose the ones to run from the history table, run them
 * under the migration lock with a second connection watching for sessions that block them (or write their SQL), and say
 * where the database ends up.
 */
abstract class MigrationCommand {
    private final RunContext context;
    private final MigrationListener listener;

    MigrationCommand(RunContext context, MigrationListener listener) {
        this.context = context;
        this.listener = listener;
    }

    /**
     * The revisions to run, in the order they run.
     *
     * @param partial the revisions partly applied (not counted in {@code applied})
     */
    abstract List<Revision> select(RevisionGraph graph, Set<String> applied, List<Revision> partial, String target);

    /** Runs the selected revisions. */
    abstract void run(Migrator migrator, List<Revision> selected);

    /** The goal's name, for the script header. */
    abstract String goal();

    /** The verb of the progress line, e.g. {@code Upgrading}. */
    abstract String progress();

    /** True when the goal runs what of the base has not run, before the revisions. */
    abstract boolean appliesBase();

    /** Runs the goal. */
    public MigrationResult run(MigrationOptions options) {
        ScriptRange range = ScriptRange.of(options.target());
        CompletableFuture<AppliedHistory> history = options.sql() || range != null ? null : readEarly();
        MasterChangelog master = MasterChangelog.read(context.config());
        RevisionGraph graph = RevisionFiles.graph(context.config(), master, context.output());
        if (range != null) {
            range.requireScript(options.sql(), goal());
            return offline(graph, range, options);
        }
        if (options.sql()) {
            return context.connected(c -> script(c, graph, options));
        }
        // A base may hold runAlways changeSets, and its rows belong to no revision: the full path handles it.
        MigrationResult nothing = appliesBase() && !master.hasBase() ? nothingToDo(graph, options.target(), history) : null;
        if (nothing != null) {
            return nothing;
        }
        ClassWarmUp.start(MigrationCommand.class, "apply-classes.txt");
        return context.locked(c -> live(c, graph, options.target()));
    }

    /**
     * An upgrade with nothing to do, answered from one read of the history table and the changeSets cached from earlier
     * runs ({@link ChecksumCache}), as the full path would answer it (every applied changeSet's checksum checked) but
     * without starting Liquibase or parsing a changelog; null whenever that is not certain, and the full path runs. The
     * migration lock is not needed: revisions commit whole, so a history that shows every one applied is not mid-change.
     */
    private MigrationResult nothingToDo(RevisionGraph graph, String target, CompletableFuture<AppliedHistory> read) {
        if (graph.ordered().isEmpty()) {
            return null;
        }
        ChecksumCache cache = ChecksumCache.of(context.config());
        if (!cache.kept()) {
            return null;
        }
        long t0 = System.nanoTime();
        AppliedHistory history = read != null ? Background.join(read)
                : context.connected(c -> AppliedHistory.readAsRecorded(c, context.config().connection().schema()));
        Set<String> applied = history.revisions();
        if (history.hasUnclaimedRows() || applied.stream().anyMatch(id -> graph.get(id) == null)) {
            return null;
        }
        List<Revision> selected;
        try {
            selected = select(graph, applied, List.of(), target);
        } catch (WataomiException e) {
            return null; // the full path gives the error, in its order of checks
        }
        if (!selected.isEmpty()) {
            return null; // work to do: the files are parsed anyway
        }
        for (String id : applied) {
            List<ChecksumCache.Entry> entries = cache.get(graph.get(id));
            if (entries == null || !verified(history, graph.get(id), entries)) {
                return null;
            }
        }
        List<Revision> now = graph.currentHeads(applied);
        context.output().debug("Nothing to do, from the history table and the checksums of " + applied.size()
                + " revision files cached in " + ChecksumCache.FILE + " (" + (System.nanoTime() - t0) / 1_000_000 + " ms).");
        context.output().info("Nothing to do: the database is at " + at(now, BaseState.NONE) + ".");
        return new MigrationResult(List.of(), now, null);
    }

    /**
     * Starts reading the history table, as recorded, on a thread of its own while this one reads the revision files: a
     * run with nothing to do waits on the server and on the files at the same time. Only for a configured server whose
     * project keeps a checksum cache (the embedded database is started by the thread that needs it, in order).
     */
    private CompletableFuture<AppliedHistory> readEarly() {
        if (!appliesBase() || context.config().connection().embedded()
                || !Files.isRegularFile(context.config().basedir().resolve(ChecksumCache.FILE))) {
            return null;
        }
        context.database();
        return Background.start("wataomi-history-read", () -> context.connected(c -> AppliedHistory.readAsRecorded(c,
                context.config().connection().schema())));
    }

    /** True when the applied revision's rows are where its file says and carry the checksums it has now. */
    private static boolean verified(AppliedHistory history, Revision revision, List<ChecksumCache.Entry> entries) {
        ChecksumCache.Entry marker = entries.isEmpty() ? null : entries.get(entries.size() - 1);
        if (marker == null || !marker.id().equals(revision.id()) || !AppliedHistory.MARKER_AUTHOR.equals(marker.author())
                || !history.samePath(marker.path(), history.recordedPath(revision.id()))) {
            return false; // no marker last (an error), or a renamed file (a warning): the full path says so
        }
        for (ChecksumCache.Entry e : entries) {
            AppliedHistory.Ran row = history.ran(e.path(), e.id(), e.author());
            if (row != null && (e.alwaysRun() || row.checksum() != null && !row.checksum().equals(e.checksum()))) {
                return false;
            }
        }
        return true;
    }

    private MigrationResult live(Connection c, RevisionGraph graph, String target) throws SQLException {
        Output output = context.output();
        try (BlockerWatch watch = BlockerWatch.open(context.database(), c, context.config().ddl(), context.config().heartbeat(), output);
             Migrator m = new Migrator(context.config(), c, output, listener, null, watch)) {
            Set<String> applied = known(graph, m.state());
            List<Revision> partial = partlyApplied(m, graph, applied);
            List<Revision> selected = select(graph, applied, partial, target);
            partial.stream().filter(r -> !selected.contains(r)).forEach(r -> output.warn("Revision " + r.id() + " (" + r.message()
                    + ") is partly applied and stays so: this run's target leaves it out (mvn wataomi:current lists what is pending)."));
            m.verifyChecksums(graph.inOrder(applied.stream().filter(id -> graph.get(id) != null).toList()));
            BaseState base = m.base();
            boolean runsBase = appliesBase() && base.pending() > 0;
            String from = at(graph.currentHeads(applied), base);
            if (selected.isEmpty() && !runsBase) {
                if (appliesBase()) {
                    m.upgradeBase();
                }
                output.info("Nothing to do: the database is at " + from + ".");
            } else {
                output.info(progress() + " from " + from + ": " + (runsBase ? "the base (" + base.pending() + " changeSets)"
                        + (selected.isEmpty() ? "" : " and ") : "") + (selected.isEmpty() ? ""
                        : selected.size() + " revision" + (selected.size() == 1 ? "" : "s")));
                if (appliesBase()) {
                    m.upgradeBase();
                }
                run(m, selected);
            }
            List<Revision> now = graph.currentHeads(m.state().revisions());
            if (!selected.isEmpty() || runsBase) {
                output.info("The database is now at " + at(now, m.base()) + ".");
            }
            if (!appliesBase() && now.isEmpty() && base.applied() > 0) {
                output.info("The base stays: downgrade stops at it. wataomi does not roll back the master changelog's own entries ("
                        + base.entries() + "); they were there before the first revision.");
            }
            return new MigrationResult(selected, now, null);
        }
    }

    /** Where the database stands: its current revisions, or base with the base's progress when the master has one. */
    static String at(List<Revision> current, BaseState base) {
        return Targets.label(current) + (current.isEmpty() && base.exists() ? " (" + base.progress() + ": " + base.entries() + ")" : "");
    }

    private static List<Revision> partlyApplied(Migrator m, RevisionGraph graph, Set<String> applied) {
        return m.partlyApplied(graph.ordered().stream().filter(r -> !applied.contains(r.id())).toList()).stream()
                .map(PartlyApplied::revision).toList();
    }

    /** The applied revisions, refusing a database that has applied a revision no file defines. */
    private Set<String> known(RevisionGraph graph, AppliedState state) {
        UnknownRevisions.refuse(graph, state, context.config());
        return state.revisions();
    }

    private MigrationResult script(Connection c, RevisionGraph graph, MigrationOptions options) throws SQLException {
        StringWriter out = new StringWriter();
        try (Migrator m = new Migrator(context.config(), c, context.output(), listener, out)) {
            Set<String> applied = known(graph, m.state());
            return write(m, out, graph, applied, partlyApplied(m, graph, applied), options.target(),
                    context.database().description(), options);
        }
    }

    /** The SQL from one revision to another, written from the revision files alone: no database is started or read. */
    private MigrationResult offline(RevisionGraph graph, ScriptRange range, MigrationOptions options) {
        Set<String> at = Targets.at(graph, range.from());
        StringWriter out = new StringWriter();
        try (Migrator m = Migrator.offline(context.config(), context.output(), listener, out, graph.inOrder(at))) {
            return write(m, out, graph, at, List.of(), range.to(), "a database at " + Targets.label(graph.currentHeads(at))
                    + " (written from the revision files alone; no database was read)", options);
        }
    }

    private MigrationResult write(Migrator m, StringWriter out, RevisionGraph graph, Set<String> applied, List<Revision> partial,
                                  String target, String database, MigrationOptions options) {
        List<Revision> selected = select(graph, applied, partial, target);
        if (appliesBase()) {
            m.upgradeBase();
        }
        run(m, selected);
        String script = OfflineScript.header(goal(), database, selected, context.config().ddl()) + out;
        OfflineScript.emit(script, options.sqlFile(), context.output());
        return new MigrationResult(selected, List.of(), script);
    }
}
