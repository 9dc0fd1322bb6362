package io.wataomi.core.migrate;

import io.wataomi.core.config.DdlTimeouts;
import io.wataomi.core.db.BlockerWatch;
import io.wataomi.core.revision.Revision;
import io.wataomi.core.shared.DatabaseFailure;
import io.wataomi.core.shared.Output;
import io.wataomi.core.shared.WataomiException;
import liquibase.changelog.ChangeSet;

import java.io.IOException;
import java.io.Writer;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Function;

/**
 * Runs the parts of a revision under the configured timeouts: a transaction ({@code SET LOCAL lock_timeout}, its
 * changeSets and history rows committed together), or a concurrent step on its own outside a transaction (the timeouts
 * set for the session while it runs). Either is tried again while it gives up on a lock. In script mode each is written
 * out instead, a transaction as a {@code BEGIN}/{@code COMMIT} block.
 */
final class RevisionRunner {
    /** Work inside one part of a revision; returns a count for the progress line. */
    interface Work {
        int run() throws Exception;
    }

    /** The migrator's copy of the history table, which the work reads to skip what has run. */
    interface History {
        /** Reads it if it was forgotten; runs before each try, outside any transaction. */
        void read();

        /** Brings it up to date after a try committed: reads again the rows the try wrote. */
        void committed();

        /** Forgets it: a try that failed, perhaps after a commit in its middle, changed the table in ways not tracked. */
        void forget();
    }

    private final Connection connection;
    private final RevisionTransaction transaction;
    private final MigrationListener listener;
    private final Writer script;
    private final ServerTimeouts timeouts;
    private final LockRetry retry;
    private final History history;
    private final BlockerWatch watch;
    private boolean sessionTimeouts;
    private ChangeSet running;

    RevisionRunner(Connection connection, RevisionTransaction transaction, MigrationListener listener, Writer script,
                   DdlTimeouts ddl, BlockerWatch watch, Output output, History history) {
        this.connection = connection;
        this.transaction = transaction;
        this.listener = listener;
        this.script = script;
        this.timeouts = new ServerTimeouts(ddl);
        this.retry = new LockRetry(ddl, watch, output);
        this.history = history;
        this.watch = watch;
        transaction.listen(new RevisionTransaction.BatchListener() {
            @Override
            public void sending(List<ChangeSet> changeSets) {
                if (!changeSets.isEmpty()) {
                    watch.running(batchName(changeSets));
                }
            }

            @Override
            public void sent() {
                running(running);
            }
        });
    }

    /** How the heartbeat names the changeSets whose statements the server runs in one batch. */
    static String batchName(List<ChangeSet> changeSets) {
        ChangeSet first = changeSets.get(0);
        ChangeSet last = changeSets.get(changeSets.size() - 1);
        return changeSets.size() == 1 ? name(first)
                : "the batch of changeSets " + first.getId() + " to " + last.getId() + " (" + first.getFilePath() + ")";
    }

    private static String name(ChangeSet cs) {
        return "changeSet " + cs.getId() + " by " + cs.getAuthor() + " (" + cs.getFilePath() + ")";
    }

    /** Names the changeSet now running (null: none), for the error should it fail and for the heartbeat. */
    void running(ChangeSet cs) {
        running = cs;
        transaction.running(cs);
        watch.running(cs == null ? null : name(cs));
    }

    /**
     * Runs work in one transaction of the revision; {@code part} names it when its commit leaves the revision partly
     * applied (null: the commit completes the revision).
     */
    int transaction(Revision revision, String part, Work work) {
        if (script != null) {
            writeScript("\n-- Revision " + revision.id() + ": " + revision.message() + " (" + revision.fileName() + ")"
                    + (part == null ? "" : ", " + part) + "\nBEGIN;\n" + timeouts.scriptLocal());
            return inTransaction(revision, part, work);
        }
        return retry.run("Revision " + revision.id() + (part == null ? "" : ", " + part), () -> inTransaction(revision, part, work));
    }

    private int inTransaction(Revision revision, String part, Work work) {
        return attempt(() -> {
            transaction.begin();
            running(null);
            if (script == null) {
                // Sent with the revision's first statements: the server applies them before those run.
                timeouts.localStatements().forEach(sql -> transaction.defer(sql, null));
            }
            int n = work.run();
            if (script != null) {
                transaction.rollbackRevision();
                writeScript("COMMIT;\n");
            } else {
                transaction.commitRevision();
                if (part == null) {
                    listener.revisionCommitted(revision.id());
                } else {
                    listener.stepCommitted(revision.id(), part);
                }
            }
            return n;
        }, e -> MigrationFailure.of(revision, running, e));
    }

    /** Runs one concurrent step of the revision on its own, outside a transaction; its history row commits right after it. */
    int step(Revision revision, ChangeSet cs, Work work) {
        if (script != null) {
            writeScript("\n-- Revision " + revision.id() + ", step " + cs.getId() + ": runs on its own, outside a transaction\n"
                    + timeouts.scriptSession());
            int n = onItsOwn(revision, cs, work);
            writeScript(timeouts.scriptReset());
            return n;
        }
        return retry.run("Revision " + revision.id() + ", step " + cs.getId(), () -> onItsOwn(revision, cs, work));
    }

    private int onItsOwn(Revision revision, ChangeSet cs, Work work) {
        return attempt(() -> {
            running(cs);
            guardSession();
            int n = work.run();
            if (script == null) {
                connection.commit();
                listener.stepCommitted(revision.id(), cs.getId());
            }
            return n;
        }, e -> MigrationFailure.ofStep(revision, cs, e));
    }

    /**
     * One try, after reading the history: when it succeeds, the rows it wrote are read again; should it fail, what it left
     * open is rolled back, the error names the revision and the history read is forgotten; either way the session gets
     * its own settings back.
     */
    private int attempt(Work work, Function<Exception, MigrationFailure> failure) {
        history.read();
        try {
            int n = work.run();
            history.committed();
            return n;
        } catch (Exception e) {
            transaction.rollbackRevision();
            history.forget();
            throw e instanceof WataomiException w ? w : failure.apply(e);
        } finally {
            releaseSession();
        }
    }

    /**
     * Runs a changeSet in the middle of the revision that must run outside a transaction: what the transaction holds so
     * far commits first (in a script: a {@code COMMIT}, the changeSet under session timeouts, then a new {@code BEGIN});
     * the session keeps the timeouts for it and for the rest of the revision.
     */
    int outsideTransaction(Revision revision, ChangeSet cs, Work work) throws Exception {
        if (script != null) {
            writeScript("COMMIT;\n\n-- Revision " + revision.id() + ", changeSet " + cs.getId() + ": runs on its own, outside a"
                    + " transaction\n" + timeouts.scriptSession());
            transaction.begin();
            int n = work.run();
            writeScript(timeouts.scriptReset() + "\n-- Revision " + revision.id() + ", the rest\nBEGIN;\n" + timeouts.scriptLocal());
            return n;
        }
        transaction.commitRevision();
        listener.stepCommitted(revision.id(), "before " + cs.getId());
        guardSession();
        transaction.begin();
        return work.run();
    }

    private void guardSession() throws SQLException {
        if (script == null && !sessionTimeouts) {
            timeouts.session(connection);
            sessionTimeouts = true;
        }
    }

    private void releaseSession() {
        if (!sessionTimeouts) {
            return;
        }
        sessionTimeouts = false;
        try {
            timeouts.reset(connection);
        } catch (SQLException e) {
            // The connection is broken; the session and its settings end with it.
        }
    }

    void writeScript(String text) {
        try {
            script.write(text);
        } catch (IOException e) {
            throw new DatabaseFailure("Cannot write the SQL script: " + e.getMessage(), e);
        }
    }
}
