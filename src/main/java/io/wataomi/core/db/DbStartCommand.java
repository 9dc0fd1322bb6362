package io.wataomi.core.db;

import io.wataomi.core.config.ConfigException;
import io.wataomi.core.config.ConnectionConfig;
import io.wataomi.core.config.PropertyNames;
import io.wataomi.core.config.WataomiConfig;
import io.wataomi.core.shared.Output;

import java.nio.file.Path;

/**
 * The db-start goal: runs the project's embedded database on a fixed port until db-stop, so that psql, pg_dump and an
 * IDE can reach the database the goals use, and the goals use that server while it runs.
 */
public final class DbStartCommand {
    private final WataomiConfig config;
    private final Output output;

    /** A db-start for one project. */
    public DbStartCommand(WataomiConfig config, Output output) {
        this.config = config;
        this.output = output;
    }

    /** Starts the server on the port, or reports it when it already runs there. */
    public DbStartResult run(DbStartOptions options) {
        requireEmbedded(config.connection());
        Path dir = config.embeddedDirectory();
        boolean alreadyRunning = EmbeddedDatabase.serve(dir, options.port(), output);
        EmbeddedDatabase.Endpoint endpoint = new EmbeddedDatabase.Endpoint(options.port(), false);
        DbStartResult result = new DbStartResult(dir, options.port(), endpoint.jdbcUrl(EmbeddedDatabase.DATABASE),
                "psql -h localhost -p " + options.port() + " -U " + EmbeddedDatabase.USER + " -d " + EmbeddedDatabase.DATABASE,
                alreadyRunning);
        output.info("The embedded PostgreSQL in " + dir + (alreadyRunning ? " was already running" : " runs") + " on port "
                + options.port() + (alreadyRunning ? "." : "; it keeps running after Maven ends."));
        output.info("  psql:      " + result.psql());
        output.info("  JDBC URL:  " + result.jdbcUrl() + "  (user " + EmbeddedDatabase.USER + ", no password)");
        output.info("Every wataomi goal of this project uses it while it runs. Stop it with mvn wataomi:db-stop (before"
                + " mvn clean, which deletes its folder).");
        return result;
    }

    /** With a URL set the goals never use the embedded database, so serving it would show people the wrong one. */
    private static void requireEmbedded(ConnectionConfig connection) {
        if (!connection.embedded()) {
            throw new ConfigException("wataomi:db-start serves the embedded database, but " + PropertyNames.URL + " is set, so"
                    + " the goals use " + connection.url().jdbcUrl() + ": connect psql or your IDE to that server. Unset"
                    + " wataomi.url (DATABASE_URL) to work on the embedded database.");
        }
        if (!connection.embeddedAllowed()) {
            throw new ConfigException("wataomi:db-start serves the embedded database, but " + PropertyNames.EMBEDDED + " is false,"
                    + " so no goal uses it. Remove -D" + PropertyNames.EMBEDDED + "=false to work on the embedded database.");
        }
    }
}
