package io.wataomi.core.db;

import io.wataomi.core.shared.Output;
import io.wataomi.core.shared.DatabaseFailure;
import io.wataomi.core.config.ConfigException;
import io.wataomi.core.config.ConnectionConfig;
import io.wataomi.core.config.PropertyNames;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * Opens connections to the configured database, or to the embedded one when no URL is set.
 *
 * @param jdbcUrl     the URL, without credentials
 * @param username    the user, or null
 * @param config      the connection settings
 * @param description how the database reads in output (never with a password)
 * @param name        the database name
 * @param local       true when the server runs on this machine
 */
public record LiveDatabase(String jdbcUrl, String username, ConnectionConfig config, String description, String name,
                       boolean local) {

    /** Resolves the database, starting the embedded server when needed (and allowed, see {@code wataomi.embedded}). */
    public static LiveDatabase of(ConnectionConfig config, Path embeddedDirectory, Output output) {
        if (config.embedded()) {
            if (!config.embeddedAllowed()) {
                throw new ConfigException("No database URL is set and " + PropertyNames.EMBEDDED + " is false, so the embedded database"
                        + " is not used. Set DATABASE_URL in the environment, or -D" + PropertyNames.URL + "=jdbc:postgresql://host:5432/db.");
            }
            EmbeddedDatabase.Endpoint endpoint = EmbeddedDatabase.start(embeddedDirectory, output);
            String url = endpoint.jdbcUrl(EmbeddedDatabase.DATABASE);
            return new LiveDatabase(url, EmbeddedDatabase.USER, config, "embedded PostgreSQL in " + embeddedDirectory + " (" + url + ")"
                    + (endpoint.started() ? "" : ", already running"), EmbeddedDatabase.DATABASE, true);
        }
        String user = config.username();
        return new LiveDatabase(config.url().jdbcUrl(), user, config,
                config.url().jdbcUrl() + (user == null ? "" : " as " + user), config.url().database(), config.url().isLocal());
    }

    /** True when this is the embedded database. */
    public boolean embedded() {
        return config.embedded();
    }

    private static final Driver POSTGRES = new org.postgresql.Driver();

    /** Opens a new connection with autocommit off. */
    public Connection connect() {
        Properties props = new Properties();
        if (username != null) {
            props.setProperty("user", username);
        }
        if (config.password() != null) {
            props.setProperty("password", config.password().reveal());
        }
        props.putIfAbsent("ApplicationName", "wataomi");
        props.putIfAbsent("connectTimeout", "10");
        try {
            // PostgreSQL's driver directly: DriverManager first looks through every jar of the plugin for drivers.
            Connection c = POSTGRES.acceptsURL(jdbcUrl) ? POSTGRES.connect(jdbcUrl, props) : DriverManager.getConnection(jdbcUrl, props);
            c.setAutoCommit(false);
            return c;
        } catch (SQLException e) {
            throw new DatabaseFailure("Cannot connect to " + description + ": " + String.valueOf(e.getMessage()).replaceAll("\\.+$", "")
                    + ". Check wataomi.url (DATABASE_URL), the credentials and that the server is running.", e);
        }
    }
}
