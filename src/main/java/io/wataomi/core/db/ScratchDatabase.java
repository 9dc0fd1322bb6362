package io.wataomi.core.db;

import io.wataomi.core.shared.Output;
import io.wataomi.core.shared.DatabaseFailure;
import io.wataomi.core.config.DatabaseUrl;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A throwaway database for normalising schemas: created on the embedded server (or on the server of
 * {@code wataomi.devUrl}), dropped on close. Nothing else on that server is touched.
 */
public final class ScratchDatabase implements AutoCloseable {
    private final String serverUrl;
    private final Properties credentials;
    private final String name;
    private final String url;

    private ScratchDatabase(String serverUrl, Properties credentials, String name, String url) {
        this.serverUrl = serverUrl;
        this.credentials = credentials;
        this.name = name;
        this.url = url;
    }

    /** A fresh empty database on the dev server (devUrl set) or the embedded one. */
    public static ScratchDatabase create(String devUrl, Path embeddedDirectory, Output output) {
        String name = "wataomi_scratch_" + HexFormat.of().formatHex(randomBytes());
        Properties props = new Properties();
        props.setProperty("ApplicationName", "wataomi");
        String serverUrl;
        String url;
        if (devUrl == null || devUrl.isBlank()) {
            EmbeddedDatabase.Endpoint endpoint = EmbeddedDatabase.start(embeddedDirectory, output);
            props.setProperty("user", EmbeddedDatabase.USER);
            serverUrl = endpoint.jdbcUrl(EmbeddedDatabase.DATABASE);
            url = endpoint.jdbcUrl(name);
        } else {
            DatabaseUrl dev = DatabaseUrl.parse(devUrl, "wataomi.devUrl");
            if (dev.username() != null) {
                props.setProperty("user", dev.username());
            }
            if (dev.password() != null) {
                props.setProperty("password", dev.password().reveal());
            }
            serverUrl = dev.jdbcUrl();
            url = withDatabase(dev.jdbcUrl(), dev.database(), name);
        }
        ScratchDatabase scratch = new ScratchDatabase(serverUrl, props, name, url);
        scratch.execute("CREATE DATABASE " + name);
        return scratch;
    }

    private static byte[] randomBytes() {
        byte[] b = new byte[6];
        ThreadLocalRandom.current().nextBytes(b);
        return b;
    }

    static String withDatabase(String jdbcUrl, String database, String replacement) {
        int query = jdbcUrl.indexOf('?');
        String base = query < 0 ? jdbcUrl : jdbcUrl.substring(0, query);
        String rest = query < 0 ? "" : jdbcUrl.substring(query);
        int slash = base.indexOf('/', "jdbc:postgresql://".length());
        return (slash < 0 ? base : base.substring(0, slash)) + "/" + replacement + rest;
    }

    /** A new connection to the scratch database, autocommit off. */
    public Connection connect() {
        try {
            Connection c = DriverManager.getConnection(url, credentials);
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

    private void execute(String sql) {
        try (Connection c = DriverManager.getConnection(serverUrl, credentials); Statement st = c.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new DatabaseFailure("Cannot create or drop the scratch database " + name + " (" + e.getMessage()
                    + "). The dev server (wataomi.devUrl, or the embedded one) must let this user create databases.", e);
        }
    }

    @Override
    public void close() {
        execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }
}
