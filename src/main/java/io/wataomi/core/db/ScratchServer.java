package io.wataomi.core.db;

import io.wataomi.core.config.DatabaseUrl;
import io.wataomi.core.config.PropertyNames;
import io.wataomi.core.shared.DatabaseFailure;
import io.wataomi.core.shared.Output;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * A server on which scratch databases are created and dropped. Chosen in this order: the server of
 * {@code wataomi.devUrl}; the configured database's own server, when its user may create databases; the embedded
 * server, which costs seconds to start when it is not running yet.
 */
public final class ScratchServer {
    private final String jdbcUrl;
    private final Properties credentials;
    private final String description;
    private final boolean configured;

    private ScratchServer(String jdbcUrl, Properties credentials, String description, boolean configured) {
        this.jdbcUrl = jdbcUrl;
        this.credentials = credentials;
        this.description = description;
        this.configured = configured;
    }

    /**
     * The server for this run's scratch databases.
     *
     * @param devUrl        {@code wataomi.devUrl}, or null
     * @param useConfigured whether the configured database's server may be used (false when nothing else needs it)
     */
    public static ScratchServer choose(RunContext context, String devUrl, boolean useConfigured) {
        if (devUrl != null && !devUrl.isBlank()) {
            return dev(DatabaseUrl.parse(devUrl, PropertyNames.DEV_URL));
        }
        if (context.config().connection().embedded()) {
            return embedded(context.config().embeddedDirectory(), context.output());
        }
        if (useConfigured && context.connected(ScratchServer::mayCreateDatabases)) {
            context.output().info("Normalising the entities' schema on a scratch database created (and dropped) on the server of "
                    + PropertyNames.URL + "; " + PropertyNames.DEV_URL + " names another server.");
            return configured(context.database());
        }
        return startedForScratch(context.config().embeddedDirectory(), context.output(), useConfigured
                ? "the user of " + PropertyNames.URL + " may not create databases and " + PropertyNames.DEV_URL + " is not set"
                : PropertyNames.DEV_URL + " is not set");
    }

    /** The embedded server, started when no other process runs it. */
    public static ScratchServer embedded(Path directory, Output output) {
        EmbeddedDatabase.Endpoint endpoint = EmbeddedDatabase.start(directory, output);
        Properties props = properties();
        props.setProperty("user", EmbeddedDatabase.USER);
        return new ScratchServer(endpoint.jdbcUrl(EmbeddedDatabase.DATABASE), props, "the embedded PostgreSQL in " + directory, false);
    }

    /** The embedded server when the configured one cannot hold scratch databases: starting it is announced with its cost. */
    static ScratchServer startedForScratch(Path directory, Output output, String why) {
        if (Postmaster.of(directory.toAbsolutePath().normalize()).isPresent()) {
            return embedded(directory, output);
        }
        output.info("Starting the embedded PostgreSQL for the scratch comparison (" + why + "); this takes seconds. Set "
                + PropertyNames.DEV_URL + " to a server whose user may create databases, or grant CREATEDB to the user of "
                + PropertyNames.URL + ", to skip it.");
        long started = System.nanoTime();
        ScratchServer server = embedded(directory, output);
        output.info(String.format("Embedded PostgreSQL started in %.1f s.", (System.nanoTime() - started) / 1e9));
        return server;
    }

    private static ScratchServer dev(DatabaseUrl dev) {
        Properties props = properties();
        if (dev.username() != null) {
            props.setProperty("user", dev.username());
        }
        if (dev.password() != null) {
            props.setProperty("password", dev.password().reveal());
        }
        return new ScratchServer(dev.jdbcUrl(), props, "the server of " + PropertyNames.DEV_URL, false);
    }

    /** The configured database's server; its scratch databases are created beside the application's database. */
    static ScratchServer configured(LiveDatabase live) {
        Properties props = properties();
        if (live.username() != null) {
            props.setProperty("user", live.username());
        }
        if (live.config().password() != null) {
            props.setProperty("password", live.config().password().reveal());
        }
        return new ScratchServer(live.jdbcUrl(), props, "the server of " + PropertyNames.URL, true);
    }

    private static Properties properties() {
        Properties props = new Properties();
        props.setProperty("ApplicationName", "wataomi");
        props.setProperty("connectTimeout", "10");
        return props;
    }

    /** True when the connected user may run CREATE DATABASE. */
    static boolean mayCreateDatabases(Connection c) throws SQLException {
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT rolcreatedb OR rolsuper FROM pg_roles WHERE rolname = current_user")) {
            return rs.next() && rs.getBoolean(1);
        }
    }

    /** How the server reads in output. */
    public String description() {
        return description;
    }

    /** True when this is the configured database's own server. */
    public boolean configured() {
        return configured;
    }

    /** The JDBC URL of another database on this server. */
    String urlOf(String database) {
        int query = jdbcUrl.indexOf('?');
        String base = query < 0 ? jdbcUrl : jdbcUrl.substring(0, query);
        String rest = query < 0 ? "" : jdbcUrl.substring(query);
        int slash = base.indexOf('/', "jdbc:postgresql://".length());
        return (slash < 0 ? base : base.substring(0, slash)) + "/" + database + rest;
    }

    /** A connection to a database on this server, autocommit on. */
    Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(database == null ? jdbcUrl : urlOf(database), credentials);
    }
}
