package io.wataomi.core.db;

import io.wataomi.core.config.WataomiConfig;
import io.wataomi.core.shared.Output;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** The db-stop goal: stops the project's embedded database, whichever process started it, ending open sessions. */
public final class DbStopCommand {
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final WataomiConfig config;
    private final Output output;

    /** A db-stop for one project. */
    public DbStopCommand(WataomiConfig config, Output output) {
        this.config = config;
        this.output = output;
    }

    /** Stops the server; nothing to stop is not an error. */
    public DbStopResult run() {
        Optional<EmbeddedDatabase.Stopped> stopped = EmbeddedDatabase.stop(config.embeddedDirectory(), TIMEOUT);
        if (stopped.isEmpty()) {
            output.info("No embedded PostgreSQL runs in " + config.embeddedDirectory() + ": nothing to stop.");
            return new DbStopResult(false, 0, List.of());
        }
        List<String> sessions = stopped.get().sessions();
        output.info("Stopped the embedded PostgreSQL in " + config.embeddedDirectory() + " (port " + stopped.get().server().port()
                + (sessions.isEmpty() ? "" : "; ended " + sessions.size() + " open session" + (sessions.size() == 1 ? "" : "s")
                + ": " + String.join(", ", sessions)) + ").");
        return new DbStopResult(true, stopped.get().server().port(), sessions);
    }
}
