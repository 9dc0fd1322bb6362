package io.wataomi.core.db;

import io.wataomi.core.config.WataomiConfig;
import io.wataomi.core.shared.DatabaseFailure;
import io.wataomi.core.shared.Output;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * What every goal's command runs with: the project's configuration, the output, and the live database, started
 * (when embedded) and announced on first use. It also owns the one way commands touch that database: connect,
 * take the migration lock when asked, run, and turn a {@link SQLException} into a {@link DatabaseFailure}.
 */
public final class RunContext {
    private final WataomiConfig config;
    private final Output output;
    private LiveDatabase database;

    /** A context for one project. */
    public RunContext(WataomiConfig config, Output output) {
        this.config = config;
        this.output = output;
    }

    /** Work on one open connection; autocommit is off. */
    @FunctionalInterface
    public interface Work<T> {
        /** Runs the work; a {@link SQLException} becomes a {@link DatabaseFailure}. */
        T run(Connection connection) throws SQLException;
    }

    /** The project's configuration. */
    public WataomiConfig config() {
        return config;
    }

    /** Where people read what happens. */
    public Output output() {
        return output;
    }

    /** The database the goals work on, started (embedded) and announced on first use. */
    public synchronized LiveDatabase database() {
        if (database == null) {
            database = LiveDatabase.of(config.connection(), config.embeddedDirectory(), output);
            output.info((database.embedded() ? "Using the " : "Database: ") + database.description()
                    + (database.embedded() ? " (no wataomi.url set)" : ""));
        }
        return database;
    }

    /** Runs work on a new connection, without the migration lock (reads). */
    public <T> T connected(Work<T> work) {
        return connected("Database error: ", work);
    }

    /** Runs work on a new connection; a database error is reported after {@code failure}. */
    public <T> T connected(String failure, Work<T> work) {
        try (Connection c = database().connect()) {
            return work.run(c);
        } catch (SQLException e) {
            throw new DatabaseFailure(failure + e.getMessage(), e);
        }
    }

    /** Runs work on a new connection that holds the migration lock, so no other run changes the schema meanwhile. */
    public <T> T locked(Work<T> work) {
        return locked("Database error: ", work);
    }

    /** As {@link #locked(Work)}; a database error is reported after {@code failure}. */
    public <T> T locked(String failure, Work<T> work) {
        return connected(failure, c -> {
            try (MigrationLock lock = MigrationLock.acquire(c, config.connection().schema(), config.lockTimeout(), output)) {
                return work.run(c);
            }
        });
    }
}
