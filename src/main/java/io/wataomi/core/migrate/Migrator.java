package io.wataomi.core.migrate;

import io.wataomi.core.shared.Output;
import io.wataomi.core.shared.DatabaseFailure;
import io.wataomi.core.shared.WataomiException;
import io.wataomi.core.config.WataomiConfig;
import io.wataomi.core.db.BlockerWatch;
import io.wataomi.core.revision.MasterChangelog;
import io.wataomi.core.revision.Revision;
import liquibase.Scope;
import liquibase.change.AbstractSQLChange;
import liquibase.change.Change;
import liquibase.changelog.ChangeLogHistoryService;
import liquibase.changelog.ChangeLogHistoryServiceFactory;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.changelog.visitor.AbstractChangeExecListener;
import liquibase.change.CheckSum;
import liquibase.database.Database;
import liquibase.exception.LiquibaseException;
import liquibase.executor.Executor;
import liquibase.executor.ExecutorService;
import liquibase.executor.LoggingExecutor;

import java.io.Writer;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Applies, rolls back and stamps revisions through Liquibase. Each revision's transactional part runs in one transaction
 * with its history rows, under a server-side lock timeout, and is tried again as a whole while it gives up on a lock; a
 * crash or a failing statement leaves the database at the previous revision. Its concurrent steps (trailing changeSets
 * with runInTransaction=false) then run one by one, and its marker is recorded last. In script mode every statement is
 * written out instead of run.
 */
public final class Migrator implements AutoCloseable {
    static {
        ChangeLogHistoryServiceFactory.getInstance().register(new ScriptHistoryService());
    }

    private final WataomiConfig config;
    private final Connection connection;
    private final Output output;
    private final MigrationListener listener;
    private final LiquibaseSession session;
    private final Writer script;
    private final RevisionRunner runner;
    private final Set<String> warnedRenamed = new HashSet<>();
    private final MasterChangelog master;
    private final ChecksumCache checksums;
    private AppliedHistory read;
    /** The changeSets whose history rows this migrator wrote since the last commit: how, or null when it removed them. */
    private final Map<ChangeSet, ChangeSet.ExecType> touched = new LinkedHashMap<>();
    /** The history an offline script assumes, instead of reading one. */
    private AppliedHistory assumed;

    /**
     * Opens a migrator on a connection, with no second connection watching for sessions that block it.
     *
     * @param script where to write SQL instead of running it, or null to run
     */
    public Migrator(WataomiConfig config, Connection connection, Output output, MigrationListener listener, Writer script) {
        this(config, connection, output, listener, script, BlockerWatch.none());
    }

    /**
     * Opens a migrator on a connection.
     *
     * @param script where to write SQL instead of running it, or null to run
     * @param watch  names the sessions that block a statement waiting for a lock
     */
    public Migrator(WataomiConfig config, Connection connection, Output output, MigrationListener listener, Writer script,
                    BlockerWatch watch) {
        this(config, connection, new LiquibaseSession(config, connection, output), output, listener, script, watch);
        if (script != null) {
            try {
                session.transaction().scriptOnly(AppliedHistory.exists(connection, config.connection().schema()));
                connection.rollback();
            } catch (SQLException e) {
                throw new DatabaseFailure("Cannot read the history table: " + e.getMessage(), e);
            }
        }
    }

    private Migrator(WataomiConfig config, Connection connection, LiquibaseSession session, Output output, MigrationListener listener,
                     Writer script, BlockerWatch watch) {
        this.config = config;
        this.connection = connection;
        this.output = output;
        this.listener = listener;
        this.script = script;
        this.session = session;
        this.master = MasterChangelog.read(config);
        this.checksums = script == null && connection != null ? ChecksumCache.of(config) : ChecksumCache.none();
        this.runner = new RevisionRunner(connection, session.transaction(), listener, script, config.ddl(), watch, output,
                new RevisionRunner.History() {
                    @Override
                    public void read() {
                        history();
                    }

                    @Override
                    public void committed() {
                        takeInCommitted();
                    }

                    @Override
                    public void forget() {
                        read = null;
                        touched.clear();
                    }
                });
        if (script != null) {
            ExecutorService executors = Scope.getCurrentScope().getSingleton(ExecutorService.class);
            Database db = session.database();
            Executor logging = new LoggingExecutor(executors.getExecutor("jdbc", db), script, db);
            executors.setExecutor("logging", db, logging);
            executors.setExecutor("jdbc", db, logging);
        }
    }

    /**
     * Opens a migrator that writes the SQL of revisions without a database, as for a database that has applied exactly
     * {@code applied} (parents first) and nothing else: it connects to nothing and reads nothing but the revision files.
     */
    public static Migrator offline(WataomiConfig config, Output output, MigrationListener listener, Writer script, List<Revision> applied) {
        Migrator m = new Migrator(config, null, LiquibaseSession.offline(config, output), output, listener, script, BlockerWatch.none());
        List<ChangeSet> ran = new ArrayList<>();
        if (!applied.isEmpty() && m.master.hasBase()) {
            // The base lies below every revision: a database at a revision has run it.
            ran.addAll(m.baseChangeSets(m.session.parseBase(m.master)));
        }
        applied.forEach(revision -> ran.addAll(m.changeSets(revision, m.session.parse(revision, false))));
        m.assumed = AppliedHistory.assumed(ran);
        ((ScriptConnection) m.session.database().getConnection()).assume(ran.size());
        return m;
    }

    /** Reads the history table. */
    public AppliedState state() {
        read = null;
        return new AppliedState(history());
    }

    /** How many of the base's changeSets apply here and how many have run. */
    public BaseState base() {
        if (!master.hasBase()) {
            return BaseState.NONE;
        }
        List<ChangeSet> sets = baseChangeSets(session.parseBase(master));
        List<ChangeSet> recorded = sets.stream().filter(cs -> history().ran(cs) != null).toList();
        List<ChangeSet> again = recorded.stream().filter(cs -> due(cs, history().ran(cs))).toList();
        int always = (int) again.stream().filter(ChangeSet::isAlwaysRun).count();
        return new BaseState(master.baseLabel(), sets.size(), recorded.size(), again.size() - always, always);
    }

    /**
     * Runs the changeSets of the base that have not run, in master order, in one transaction with their history rows, as
     * plain Liquibase records them (no marker: the base has no revision id); checks the checksums of those that have.
     *
     * @return how many ran
     */
    public int upgradeBase() {
        if (!master.hasBase()) {
            return 0;
        }
        long t0 = System.nanoTime();
        Revision base = baseRevision();
        DatabaseChangeLog changeLog = session.parseBase(master);
        List<ChangeSet> sets = baseChangeSets(changeLog);
        if (sets.stream().noneMatch(cs -> due(cs, history().ran(cs)))) {
            sets.forEach(cs -> verifyChecksum(base, cs, history().ran(cs)));
            return 0;
        }
        ChangeLogHistoryService service = historyService();
        int ran = runner.transaction(base, null, () -> apply(base, changeLog, sets, service));
        if (script == null) {
            output.info(String.format("  -> base  %s  (%d changeSets, %d ms)", master.baseLabel(), ran, (System.nanoTime() - t0) / 1_000_000));
        }
        return ran;
    }

    /** Records the base's changeSets that have not run as run (MARK_RAN), running none; returns how many. */
    public int stampBase() {
        if (!master.hasBase()) {
            return 0;
        }
        List<ChangeSet> sets = baseChangeSets(session.parseBase(master)).stream().filter(cs -> history().ran(cs) == null).toList();
        if (sets.isEmpty()) {
            return 0;
        }
        ChangeLogHistoryService service = historyService();
        return runner.transaction(baseRevision(), null, () -> {
            for (ChangeSet cs : sets) {
                record(service, cs, ChangeSet.ExecType.MARK_RAN);
            }
            return sets.size();
        });
    }

    /** The base as the runner names it in progress and errors. */
    private Revision baseRevision() {
        return new Revision("base", List.of(), "the master changelog's own entries: " + master.baseLabel(), "",
                master.file(), master.logicalPath());
    }

    /** The base's changeSets that Liquibase would run here, in master order. */
    private List<ChangeSet> baseChangeSets(DatabaseChangeLog changeLog) {
        return changeLog.getChangeSets().stream().filter(cs -> !cs.isIgnore() && !cs.isInheritableIgnore() && session.accepts(cs)).toList();
    }

    /**
     * Applies revisions in the given order: each one's transactional part in one transaction, then its concurrent steps
     * one by one, then its marker. What already ran of a partly applied revision is skipped.
     */
    public void upgrade(List<Revision> revisions) {
        ChangeLogHistoryService service = historyService();
        for (Revision revision : revisions) {
            long t0 = System.nanoTime();
            DatabaseChangeLog changeLog = parse(revision, true);
            RevisionSteps steps = RevisionSteps.of(changeSets(revision, changeLog));
            announceResume(revision, steps);
            int ran;
            int onTheirOwn = 0;
            if (!steps.hasConcurrentSteps()) {
                ran = runner.transaction(revision, null, () -> apply(revision, changeLog, steps.all(), service));
            } else {
                ran = steps.transactional().stream().anyMatch(cs -> history().ran(cs) == null)
                        ? runner.transaction(revision, "transactional part", () -> apply(revision, changeLog, steps.transactional(), service))
                        : 0;
                for (ChangeSet cs : steps.concurrent()) {
                    AppliedHistory.Ran done = history().ran(cs);
                    if (done != null) {
                        verifyChecksum(revision, cs, done);
                    } else {
                        onTheirOwn += runner.step(revision, cs, () -> execute(revision, changeLog, cs, service, false));
                    }
                }
                ran += onTheirOwn + runner.transaction(revision, null, () -> apply(revision, changeLog, List.of(steps.marker()), service));
            }
            if (script == null) {
                output.info(String.format("  -> %s  %s  (%d changeSets%s, %d ms)", revision.id(), revision.message(), ran,
                        onTheirOwn > 0 ? ", " + onTheirOwn + " of them on " + (onTheirOwn == 1 ? "its" : "their") + " own" : "",
                        (System.nanoTime() - t0) / 1_000_000));
            }
        }
    }

    private void announceResume(Revision revision, RevisionSteps steps) {
        long done = steps.all().stream().filter(cs -> history().ran(cs) != null).count();
        if (script == null && done > 0) {
            output.info("  Revision " + revision.id() + " is partly applied (" + done + " of its " + steps.all().size()
                    + " changeSets ran): running the rest.");
        }
    }

    /**
     * Runs the changeSets that have not run yet, and those Liquibase runs again (runAlways, runOnChange edited since), their
     * history rows updated as Liquibase updates them; checks the checksums of the others that have run. Returns how many ran.
     */
    private int apply(Revision revision, DatabaseChangeLog changeLog, List<ChangeSet> changeSets, ChangeLogHistoryService service)
            throws Exception {
        int count = 0;
        for (ChangeSet cs : changeSets) {
            AppliedHistory.Ran done = history().ran(cs);
            if (!due(cs, done)) {
                verifyChecksum(revision, cs, done);
                continue;
            }
            if (!cs.isRunInTransaction()) {
                output.warn("Revision " + revision.id() + ": changeSet " + cs.getId() + " has runInTransaction=false but"
                        + " changeSets that run in the transaction follow it, so it commits on its own and the revision is not"
                        + " atomic around it. Move it after them (before the marker) to make it one of the revision's"
                        + " concurrent steps.");
                count += runner.outsideTransaction(revision, cs, () -> execute(revision, changeLog, cs, service, done != null));
            } else {
                count += execute(revision, changeLog, cs, service, done != null);
            }
        }
        return count;
    }

    /** True when Liquibase runs the changeSet: it has not run, it is runAlways, or it is runOnChange and was edited since. */
    private static boolean due(ChangeSet cs, AppliedHistory.Ran done) {
        return done == null || cs.isAlwaysRun()
                || cs.isRunOnChange() && done.checksum() != null && !cs.isCheckSumValid(CheckSum.parse(done.checksum()));
    }

    private int execute(Revision revision, DatabaseChangeLog changeLog, ChangeSet cs, ChangeLogHistoryService service, boolean again)
            throws LiquibaseException {
        runner.running(cs);
        if (!again) {
            checksums.seed(revision, cs);
        }
        StatementListener statements = new StatementListener(revision);
        ChangeSet.ExecType type = PlainChangeSet.applies(cs) && session.transaction().holding()
                ? PlainChangeSet.run(cs, changeLog, statements, session.database())
                : cs.execute(changeLog, statements, session.database());
        record(service, cs, again && type == ChangeSet.ExecType.EXECUTED ? ChangeSet.ExecType.RERAN : type);
        listener.statementExecuted(revision.id(), "history row of " + cs.getId());
        return 1;
    }

    /**
     * Checks that no applied changeSet of these revisions was edited since it ran (as Liquibase's
     * validate does), before anything runs. The error names the revision file and the changeSet.
     */
    public void verifyChecksums(List<Revision> applied) {
        AppliedHistory history = history();
        for (Revision revision : applied) {
            for (ChangeSet cs : parse(revision, false).getChangeSets()) {
                AppliedHistory.Ran done = history.ran(cs);
                if (done != null) {
                    verifyChecksum(revision, cs, done);
                }
            }
        }
    }

    /**
     * The revisions among the candidates (not applied) some of whose changeSets are recorded: parsed only when the
     * history has rows no applied revision claims.
     */
    public List<PartlyApplied> partlyApplied(List<Revision> candidates) {
        List<PartlyApplied> out = new ArrayList<>();
        for (Revision revision : candidates) {
            if (history().recordedPath(revision.id()) != null || !history().hasUnclaimedRows(revision.logicalPath())) {
                continue;
            }
            List<String> ran = new ArrayList<>();
            List<String> pending = new ArrayList<>();
            for (ChangeSet cs : changeSets(revision, parse(revision, false))) {
                (history().ran(cs) != null ? ran : pending).add(cs.getId());
            }
            if (!ran.isEmpty()) {
                out.add(new PartlyApplied(revision, ran, pending));
            }
        }
        return out;
    }

    /**
     * Rolls back revisions in the given order (children first). A revision without concurrent steps rolls back in one
     * transaction; one with them drops its marker first, then undoes each step that ran on its own, newest first, then its
     * transactional part in one transaction. Every revision is checked before anything changes.
     */
    public void downgrade(List<Revision> revisions) {
        ChangeLogHistoryService service = historyService();
        List<Undo> plan = revisions.stream().map(this::undo).toList();
        for (Undo undo : plan) {
            Revision revision = undo.revision();
            long t0 = System.nanoTime();
            if (!undo.steps().hasConcurrentSteps()) {
                runner.transaction(revision, null, () -> rollBack(revision, undo.ran(), service));
            } else {
                List<ChangeSet> marker = undo.ranOf(List.of(undo.steps().marker()));
                if (!marker.isEmpty()) {
                    runner.transaction(revision, "its marker", () -> rollBack(revision, marker, service));
                }
                for (ChangeSet cs : undo.ranOf(undo.steps().concurrent())) {
                    runner.step(revision, cs, () -> rollBack(revision, List.of(cs), service));
                }
                List<ChangeSet> rest = undo.ranOf(undo.steps().transactional());
                if (!rest.isEmpty()) {
                    runner.transaction(revision, null, () -> rollBack(revision, rest, service));
                }
            }
            if (script == null) {
                output.info(String.format("  <- %s  %s  (%d ms)", revision.id(), revision.message(), (System.nanoTime() - t0) / 1_000_000));
            }
        }
    }

    private Undo undo(Revision revision) {
        return Undo.of(revision, RevisionSteps.of(changeSets(revision, parse(revision, true))), history(), session.database());
    }

    private int rollBack(Revision revision, List<ChangeSet> changeSets, ChangeLogHistoryService service)
            throws LiquibaseException, SQLException {
        for (ChangeSet cs : changeSets) {
            runner.running(cs);
            if (!isMarker(revision, cs)) {
                cs.rollback(session.database(), new StatementListener(revision));
                listener.statementExecuted(revision.id(), "rollback of " + cs.getId());
            }
            remove(service, cs);
            listener.statementExecuted(revision.id(), "history row of " + cs.getId());
        }
        if (script == null) {
            new HistoryRows(connection, config.connection().schema()).requireRemoved(revision, changeSets);
        }
        return changeSets.size();
    }

    /** Records revisions as applied or not, running none of their changes. */
    public void stamp(List<Revision> mark, List<Revision> unmark) {
        AppliedHistory history = history();
        ChangeLogHistoryService service = historyService();
        for (Revision revision : unmark) {
            List<ChangeSet> sets = changeSets(revision, parse(revision, true)).stream().filter(cs -> history.ran(cs) != null).toList();
            runner.transaction(revision, null, () -> {
                for (ChangeSet cs : sets) {
                    remove(service, cs);
                }
                return sets.size();
            });
        }
        for (Revision revision : mark) {
            List<ChangeSet> sets = changeSets(revision, parse(revision, true)).stream().filter(cs -> history.ran(cs) == null).toList();
            runner.transaction(revision, null, () -> {
                for (ChangeSet cs : sets) {
                    record(service, cs, ChangeSet.ExecType.MARK_RAN);
                }
                return sets.size();
            });
        }
    }

    /**
     * Removes from the history an applied revision that no file defines, running none of its rollback: its rows are
     * those recorded under its marker's path, or only its marker and generated changeSets when a known revision
     * shares that path.
     *
     * @return the path its rows were recorded under
     */
    public String forget(String revision, Set<String> known) {
        AppliedHistory history = history();
        String path = history.recordedPath(revision);
        boolean shared = known.stream().anyMatch(id -> path.equals(history.recordedPath(id)));
        try {
            new HistoryRows(connection, config.connection().schema()).forget(path, shared ? revision : null);
        } catch (SQLException e) {
            throw new DatabaseFailure("Cannot remove revision " + revision + " from the history: " + e.getMessage(), e);
        }
        read = null;
        return path;
    }

    /** Parses a revision and points its changeSets at the rows it was recorded under, warning when plain Liquibase would not find them. */
    private DatabaseChangeLog parse(Revision revision, boolean validate) {
        // A file whose bytes passed validation in an earlier run is not validated again.
        boolean known = validate && checksums.validated(revision);
        DatabaseChangeLog changeLog = session.parse(revision, validate && !known);
        checksums.put(revision, changeLog.getChangeSets(), validate);
        String recorded = history().adopt(revision.id(), changeLog);
        if (recorded != null && warnedRenamed.add(revision.id())) {
            output.warn("Revision " + revision.id() + " (" + revision.fileName() + ") is recorded in the history as " + recorded
                    + ", not as " + config.logicalPath(revision.file()) + ": the file was renamed or moved after it ran. wataomi"
                    + " knows it by its id, but plain Liquibase (Spring Boot) would run it again. To keep it applied for both,"
                    + " add logicalFilePath=\"" + recorded + "\" to its databaseChangeLog (formatted SQL: logicalFilePath:" + recorded
                    + " on its --liquibase formatted sql line; its checksums do not change), or give the file its old name back.");
        }
        return changeLog;
    }

    /** Writes a changeSet's history row (inserted, or updated when it runs again), to be read again after the commit. */
    private void record(ChangeLogHistoryService service, ChangeSet cs, ChangeSet.ExecType type) throws LiquibaseException {
        touched.put(cs, type);
        service.setExecType(cs, type);
    }

    /** Deletes a changeSet's history row, to be read again after the commit. */
    private void remove(ChangeLogHistoryService service, ChangeSet cs) throws LiquibaseException {
        touched.put(cs, null);
        service.removeFromHistory(cs);
    }

    /**
     * After a commit, takes the rows just written into the copy of the history: reading the whole table after every
     * revision made an upgrade of n revisions read O(n^2) rows.
     */
    private void takeInCommitted() {
        if (read != null && assumed == null && script == null) {
            read.committed(touched);
        }
        touched.clear();
    }

    /** The history as last read; re-read after this migrator changed it. */
    private AppliedHistory history() {
        if (read == null) {
            read = assumed != null ? assumed : AppliedHistory.read(connection, config.connection().schema());
        }
        return read;
    }

    private ChangeLogHistoryService historyService() {
        try {
            ensureSchema();
            ChangeLogHistoryService service = session.history();
            session.transaction().commitRevision();
            return service;
        } catch (LiquibaseException | SQLException e) {
            session.transaction().rollbackRevision();
            throw new DatabaseFailure("Cannot create or read the history table: " + e.getMessage(), e);
        }
    }

    /**
     * Creates the configured schema when it does not exist yet, as the history table and the revisions need it. A script
     * also puts the schema first on its session's search path, as Liquibase does on a live connection, so that the
     * revisions' unqualified names in raw SQL resolve there too.
     */
    private void ensureSchema() throws SQLException {
        String schema = config.connection().schema();
        boolean other = !schema.equals("public");
        // Offline, a script that starts at base creates the schema if it is missing; every database has public.
        boolean missing = assumed != null ? assumed.revisions().isEmpty() && other : !schemaExists(schema);
        String ddl = "CREATE SCHEMA " + (assumed != null ? "IF NOT EXISTS " : "") + AppliedHistory.quote(schema);
        if (script != null) {
            runner.writeScript((missing ? ddl + ";\n" : "") + (other ? "SELECT set_config('search_path', '"
                    + AppliedHistory.quote(schema).replace("'", "''") + ",' || current_setting('search_path'), false);\n" : ""));
            return;
        }
        if (!missing) {
            return;
        }
        try (var st = connection.createStatement()) {
            st.execute(ddl);
        }
        connection.commit();
        output.info("Created schema " + schema + ".");
    }

    private boolean schemaExists(String schema) throws SQLException {
        try (var ps = connection.prepareStatement("SELECT 1 FROM pg_namespace WHERE nspname = ?")) {
            ps.setString(1, schema);
            try (var rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private List<ChangeSet> changeSets(Revision revision, DatabaseChangeLog changeLog) {
        List<ChangeSet> all = changeLog.getChangeSets();
        if (all.isEmpty() || !isMarker(revision, all.get(all.size() - 1))) {
            throw new WataomiException("Revision " + revision.id() + " (" + revision.file() + ") does not end with its marker"
                    + " changeSet id=\"" + revision.id() + "\" author=\"wataomi\". Move the marker back to the end of the file.");
        }
        return all.stream().filter(cs -> isMarker(revision, cs) || session.accepts(cs)).toList();
    }

    private static boolean isMarker(Revision revision, ChangeSet cs) {
        return cs.getId().equals(revision.id()) && AppliedHistory.MARKER_AUTHOR.equals(cs.getAuthor());
    }

    private void verifyChecksum(Revision revision, ChangeSet cs, AppliedHistory.Ran done) {
        if (done.checksum() == null || cs.isRunOnChange() || cs.isAlwaysRun()) {
            return;
        }
        if (!cs.isCheckSumValid(CheckSum.parse(done.checksum()))) {
            throw new WataomiException("Revision " + revision.id() + " (" + revision.file() + "): changeSet " + cs.getId() + "::"
                    + cs.getAuthor() + " was edited after it was applied (stored checksum " + done.checksum() + "). Undo the edit"
                    + " and put the change in a new revision, or add <validCheckSum> to the changeSet if the edit is harmless.");
        }
    }

    @Override
    public void close() {
        checksums.save();
        session.close();
    }

    /** Reports each executed change to the listener. */
    private final class StatementListener extends AbstractChangeExecListener {
        private final Revision revision;

        StatementListener(Revision revision) {
            this.revision = revision;
        }

        @Override
        public void ran(Change change, ChangeSet changeSet, DatabaseChangeLog changeLog, Database database) {
            if (change instanceof AbstractSQLChange || !change.getClass().getPackageName().equals("liquibase.change.core")) {
                session.transaction().userSqlRan();
            }
            listener.statementExecuted(revision.id(), changeSet.getId() + ": " + change.getDescription());
        }
    }
}
