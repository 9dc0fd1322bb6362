package io.wataomi.core.migrate;

import io.wataomi.core.shared.Output;
import io.wataomi.core.shared.DatabaseFailure;
import io.wataomi.core.shared.WataomiException;
import io.wataomi.core.config.WataomiConfig;
import io.wataomi.core.revision.Revision;
import liquibase.Scope;
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
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Applies, rolls back and stamps revisions through Liquibase. Each revision runs in one
 * transaction with its history rows, so a crash or a failing statement leaves the database at the
 * previous revision. In script mode every statement is written out instead of run.
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
    private final Set<String> warnedRenamed = new HashSet<>();
    private ChangeSet running;
    private AppliedHistory read;
    /** The history an offline script assumes, instead of reading one. */
    private AppliedHistory assumed;

    /**
     * Opens a migrator on a connection.
     *
     * @param script where to write SQL instead of running it, or null to run
     */
    public Migrator(WataomiConfig config, Connection connection, Output output, MigrationListener listener, Writer script) {
        this(config, connection, new LiquibaseSession(config, connection, output), output, listener, script);
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
                     Writer script) {
        this.config = config;
        this.connection = connection;
        this.output = output;
        this.listener = listener;
        this.script = script;
        this.session = session;
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
        Migrator m = new Migrator(config, null, LiquibaseSession.offline(config, output), output, listener, script);
        List<ChangeSet> ran = new ArrayList<>();
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

    /** Applies revisions in the given order, each in its own transaction. */
    public void upgrade(List<Revision> revisions) {
        AppliedHistory history = history();
        ChangeLogHistoryService service = historyService();
        for (Revision revision : revisions) {
            long t0 = System.nanoTime();
            DatabaseChangeLog changeLog = parse(revision, true);
            List<ChangeSet> changeSets = changeSets(revision, changeLog);
            int ran = runRevision(revision, () -> {
                int count = 0;
                for (ChangeSet cs : changeSets) {
                    AppliedHistory.Ran done = history.ran(cs);
                    if (done != null) {
                        verifyChecksum(revision, cs, done);
                        continue;
                    }
                    if (!cs.isRunInTransaction()) {
                        output.warn("Revision " + revision.id() + ": changeSet " + cs.getId() + " has runInTransaction=false,"
                                + " so it commits on its own and the revision is not atomic around it.");
                        commit(revision);
                    }
                    running = cs;
                    ChangeSet.ExecType type = cs.execute(changeLog, new StatementListener(revision), session.database());
                    service.setExecType(cs, type);
                    listener.statementExecuted(revision.id(), "history row of " + cs.getId());
                    count++;
                }
                return count;
            });
            if (script == null) {
                output.info(String.format("  -> %s  %s  (%d changeSets, %d ms)", revision.id(), revision.message(), ran,
                        (System.nanoTime() - t0) / 1_000_000));
            }
        }
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

    /** Rolls back revisions in the given order (children first), each in its own transaction. */
    public void downgrade(List<Revision> revisions) {
        AppliedHistory history = history();
        ChangeLogHistoryService service = historyService();
        List<List<ChangeSet>> undo = new ArrayList<>();
        List<DatabaseChangeLog> logs = new ArrayList<>();
        for (Revision revision : revisions) {
            DatabaseChangeLog changeLog = parse(revision, true);
            List<ChangeSet> ran = new ArrayList<>(changeSets(revision, changeLog).stream().filter(cs -> history.ran(cs) != null).toList());
            if (ran.stream().noneMatch(cs -> isMarker(revision, cs))) {
                throw new WataomiException("Revision " + revision.id() + " (" + revision.file() + ") is recorded as applied under "
                        + history.recordedPath(revision.id()) + ", but no history row matches its marker changeSet id=\""
                        + revision.id() + "\" author=\"wataomi\", so a downgrade would roll back nothing. Nothing was changed.");
            }
            Collections.reverse(ran);
            for (ChangeSet cs : ran) {
                if (!cs.supportsRollback(session.database())) {
                    throw new WataomiException("Revision " + revision.id() + " (" + revision.file() + ") cannot be rolled back:"
                            + " changeSet " + cs.getId() + "::" + cs.getAuthor() + " has changes Liquibase cannot reverse and no"
                            + " <rollback>. Add a <rollback> to it. Nothing was changed.");
                }
            }
            undo.add(ran);
            logs.add(changeLog);
        }
        for (int i = 0; i < revisions.size(); i++) {
            Revision revision = revisions.get(i);
            List<ChangeSet> ran = undo.get(i);
            long t0 = System.nanoTime();
            runRevision(revision, () -> {
                for (ChangeSet cs : ran) {
                    running = cs;
                    if (!isMarker(revision, cs)) {
                        cs.rollback(session.database(), new StatementListener(revision));
                        listener.statementExecuted(revision.id(), "rollback of " + cs.getId());
                    }
                    service.removeFromHistory(cs);
                    listener.statementExecuted(revision.id(), "history row of " + cs.getId());
                }
                if (script == null) {
                    new HistoryRows(connection, config.connection().schema()).requireRemoved(revision, ran);
                }
                return ran.size();
            });
            if (script == null) {
                output.info(String.format("  <- %s  %s  (%d ms)", revision.id(), revision.message(), (System.nanoTime() - t0) / 1_000_000));
            }
        }
    }

    /** Records revisions as applied or not, running none of their changes. */
    public void stamp(List<Revision> mark, List<Revision> unmark) {
        AppliedHistory history = history();
        ChangeLogHistoryService service = historyService();
        for (Revision revision : unmark) {
            List<ChangeSet> sets = changeSets(revision, parse(revision, true)).stream().filter(cs -> history.ran(cs) != null).toList();
            runRevision(revision, () -> {
                for (ChangeSet cs : sets) {
                    service.removeFromHistory(cs);
                }
                return sets.size();
            });
        }
        for (Revision revision : mark) {
            List<ChangeSet> sets = changeSets(revision, parse(revision, true)).stream().filter(cs -> history.ran(cs) == null).toList();
            runRevision(revision, () -> {
                for (ChangeSet cs : sets) {
                    service.setExecType(cs, ChangeSet.ExecType.MARK_RAN);
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
        DatabaseChangeLog changeLog = session.parse(revision, validate);
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
            writeScript((missing ? ddl + ";\n" : "") + (other ? "SELECT set_config('search_path', '"
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

    /** Work done inside one revision's transaction; returns a count for the progress line. */
    private interface RevisionWork {
        int run() throws Exception;
    }

    private int runRevision(Revision revision, RevisionWork work) {
        RevisionTransaction tx = session.transaction();
        if (script != null) {
            writeScript("\n-- Revision " + revision.id() + ": " + revision.message() + " (" + revision.fileName() + ")\nBEGIN;\n");
        }
        tx.begin();
        running = null;
        read = null;
        try {
            int n = work.run();
            if (script != null) {
                tx.rollbackRevision();
                writeScript("COMMIT;\n");
            } else {
                tx.commitRevision();
                listener.revisionCommitted(revision.id());
            }
            return n;
        } catch (Exception e) {
            tx.rollbackRevision();
            if (e instanceof WataomiException w) {
                throw w;
            }
            throw MigrationFailure.of(revision, running, e);
        }
    }

    private void commit(Revision revision) throws SQLException {
        if (script == null) {
            session.transaction().commitRevision();
            listener.revisionCommitted(revision.id() + " (partial)");
        }
        session.transaction().begin();
    }

    private void writeScript(String text) {
        try {
            script.write(text);
        } catch (java.io.IOException e) {
            throw new DatabaseFailure("Cannot write the SQL script: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
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
            listener.statementExecuted(revision.id(), changeSet.getId() + ": " + change.getDescription());
        }
    }
}
