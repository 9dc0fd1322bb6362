package io.wataomi.core.db;

import io.wataomi.core.shared.DatabaseFailure;
import io.wataomi.core.shared.Output;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A throwaway database for normalising schemas, uniquely named, created on a {@link ScratchServer} and dropped on
 * close, or when the JVM exits before that (a build stopped with Ctrl-C). Nothing else on that server is touched.
 */
public final class ScratchDatabase implements AutoCloseable {
    private static final String PREFIX = "wataomi_scratch_";
    private final ScratchServer server;
    private final String name;
    private final Thread dropAtExit;
    private boolean dropped;

    private ScratchDatabase(ScratchServer server, String name) {
        this.server = server;
        this.name = name;
        this.dropAtExit = new Thread(this::dropAtExit, "wataomi-scratch-drop");
    }

    /** A fresh empty database on that server. */
    public static ScratchDatabase create(ScratchServer server) {
        ScratchDatabase scratch = new ScratchDatabase(server, PREFIX + HexFormat.of().formatHex(randomBytes()));
        scratch.execute("CREATE DATABASE " + scratch.name);
        Runtime.getRuntime().addShutdownHook(scratch.dropAtExit);
        return scratch;
    }

    /**
     * A fresh empty database on the run's scratch server (see {@link ScratchServer#choose}); when the configured
     * server refuses it after all, on the embedded server.
     */
    public static ScratchDatabase create(RunContext context, String devUrl, boolean useConfigured) {
        ScratchServer server = ScratchServer.choose(context, devUrl, useConfigured);
        try {
            return create(server);
        } catch (DatabaseFailure e) {
            if (!server.configured()) {
                throw e;
            }
            Output output = context.output();
            output.warn("Cannot create a scratch database on " + server.description() + " (" + e.getCause().getMessage() + ").");
            return create(ScratchServer.startedForScratch(context.config().embeddedDirectory(), output,
                    "the server of the configured database refused it"));
        }
    }

    private static byte[] randomBytes() {
        byte[] b = new byte[6];
        ThreadLocalRandom.current().nextBytes(b);
        return b;
    }

    /** A new connection to the scratch database, autocommit off. */
    public Connection connect() {
        try {
            Connection c = server.connect(name);
            c.setAutoCommit(false);
            return c;
        } catch (SQLException e) {
            throw new DatabaseFailure("Cannot connect to the scratch database " + name + ": " + e.getMessage(), e);
        }
    }

    /** The scratch database's name. */
    public String name() {
        return name;
    }

    /** Where the database is. */
    public ScratchServer server() {
        return server;
    }

    private void execute(String sql) {
        try (Connection c = server.connect(null); Statement st = c.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new DatabaseFailure("Cannot create or drop the scratch database " + name + " on " + server.description()
                    + " (" + e.getMessage() + "). The user must be allowed to create databases.", e);
        }
    }

    /** At exit the server may be stopping too (the embedded one): then there is nothing left to drop. */
    private void dropAtExit() {
        try {
            drop();
        } catch (DatabaseFailure stopping) {
            // nothing to report to: the build is ending
        }
    }

    private synchronized void drop() {
        if (dropped) {
            return;
        }
        dropped = true;
        try (Connection c = server.connect(null); Statement st = c.createStatement();
             PreparedStatement ours = c.prepareStatement("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity"
                     + " WHERE datname = ? AND usename = current_user AND pid <> pg_backend_pid()")) {
            // Sessions of ours left open on it are ended first. Then the plain form: PostgreSQL itself ends an autovacuum
            // worker busy in the database and waits for it, where WITH (FORCE) would refuse to terminate that worker
            // for a user who is not a superuser ("permission denied to terminate process").
            ours.setString(1, name);
            ours.executeQuery().close();
            st.execute("DROP DATABASE IF EXISTS " + name);
        } catch (SQLException e) {
            throw new DatabaseFailure("Cannot drop the scratch database " + name + " on " + server.description() + " ("
                    + e.getMessage() + "). Drop it by hand: DROP DATABASE " + name + ";", e);
        }
    }

    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(dropAtExit);
        } catch (IllegalStateException exiting) {
            return; // the hook drops it
        }
        drop();
    }
}
