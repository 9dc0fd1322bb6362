package io.wataomi.core.db;

import io.wataomi.core.shared.DatabaseFailure;
import io.wataomi.core.shared.Output;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A throwaway database for normalising schemas, uniquely named, created on a {@link ScratchServer} and dropped on
 * close, or when the JVM exits before that (a build stopped with Ctrl-C); one left by a run killed outright is dropped
 * by a later run of the same user. Nothing else on that server is touched.
 */
public final class ScratchDatabase implements AutoCloseable {
    private static final String PREFIX = "wataomi_scratch_";
    /** How old a scratch database with no session must be to count as left by a killed run: one hour. */
    static final long STALE_AFTER_SECONDS = 3600;
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
        return create(server, Output.silent());
    }

    /**
     * A fresh empty database on that server, named after the server's clock (seconds since 1970, in hex) and a random
     * part. Scratch databases of this user left by runs that were killed before they could drop them (no session on
     * them, created more than {@link #STALE_AFTER_SECONDS} seconds ago) are dropped first, and said so.
     */
    public static ScratchDatabase create(ScratchServer server, Output output) {
        String name;
        try (Connection c = server.connect(null); Statement st = c.createStatement()) {
            dropStale(st, output, server);
            try (ResultSet rs = st.executeQuery("SELECT lpad(to_hex(extract(epoch FROM now())::bigint), 8, '0')")) {
                rs.next();
                name = PREFIX + rs.getString(1) + "_" + HexFormat.of().formatHex(randomBytes());
            }
            st.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new DatabaseFailure("Cannot create a scratch database on " + server.description() + " (" + e.getMessage()
                    + "). The user must be allowed to create databases.", e);
        }
        ScratchDatabase scratch = new ScratchDatabase(server, name);
        Runtime.getRuntime().addShutdownHook(scratch.dropAtExit);
        return scratch;
    }

    /** Drops this user's scratch databases that a killed run left (see {@link #create(ScratchServer, Output)}). */
    private static void dropStale(Statement st, Output output, ScratchServer server) throws SQLException {
        List<String> stale = new ArrayList<>();
        try (ResultSet rs = st.executeQuery("SELECT d.datname FROM pg_database d WHERE d.datname ~ '^" + PREFIX + "[0-9a-f]{8}_[0-9a-f]{12}$'"
                + " AND pg_get_userbyid(d.datdba) = current_user"
                + " AND ('x' || substr(d.datname, " + (PREFIX.length() + 1) + ", 8))::bit(32)::bigint < extract(epoch FROM now()) - "
                + STALE_AFTER_SECONDS
                + " AND NOT EXISTS (SELECT 1 FROM pg_stat_activity a WHERE a.datname = d.datname) ORDER BY 1")) {
            while (rs.next()) {
                stale.add(rs.getString(1));
            }
        }
        List<String> dropped = new ArrayList<>();
        for (String old : stale) {
            try {
                st.execute("DROP DATABASE IF EXISTS " + old);
                dropped.add(old);
            } catch (SQLException inUse) {
                output.debug("Scratch database " + old + " left in place: " + inUse.getMessage());
            }
        }
        if (!dropped.isEmpty()) {
            output.info("Dropped " + String.join(", ", dropped) + " on " + server.description() + ": scratch database"
                    + (dropped.size() == 1 ? "" : "s") + " left by a run stopped before it could drop " + (dropped.size() == 1 ? "it" : "them") + ".");
        }
    }

    /**
     * A fresh empty database on the run's scratch server (see {@link ScratchServer#choose}); when the configured
     * server refuses it after all, on the embedded server.
     */
    public static ScratchDatabase create(RunContext context, String devUrl, boolean useConfigured) {
        ScratchServer server = ScratchServer.choose(context, devUrl, useConfigured);
        try {
            return create(server, context.output());
        } catch (DatabaseFailure e) {
            if (!server.configured()) {
                throw e;
            }
            Output output = context.output();
            output.warn("Cannot create a scratch database on " + server.description() + " (" + e.getCause().getMessage() + ").");
            return create(ScratchServer.startedForScratch(context.config().embeddedDirectory(), output,
                    "the server of the configured database refused it"), output);
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
