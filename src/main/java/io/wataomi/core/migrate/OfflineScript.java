package io.wataomi.core.migrate;

import io.wataomi.core.config.DdlTimeouts;
import io.wataomi.core.config.PgDuration;
import io.wataomi.core.revision.Revision;
import io.wataomi.core.revision.Targets;
import io.wataomi.core.shared.Output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The offline SQL of an upgrade or downgrade: its header, and where it goes (standard output or a file). */
final class OfflineScript {
    /**
     * The last line of a script on standard output, left open: a Maven whose console library cannot tell a file from a
     * terminal (Debian's packaged 3.8) writes a colour reset there as it exits, after the script, and this comment takes it.
     */
    static final String OPEN_LAST_LINE = "-- end of the wataomi script";

    private OfflineScript() {
    }

    static String header(String goal, String database, List<Revision> selected, DdlTimeouts timeouts) {
        return "-- wataomi " + goal + " script for " + database + '\n'
                + "-- " + selected.size() + " revision(s): "
                + (selected.isEmpty() ? "none, the database is already there" : Targets.label(selected)) + '\n'
                + "-- Each revision is one transaction that also records it in databasechangelog. Run with psql -v ON_ERROR_STOP=1 -f;\n"
                + "-- if you drop those INSERTs or apply the changes another way, record them with mvn wataomi:stamp -Dwataomi.target=<revision>\n"
                + (timeouts.limitsLockWaits() ? "-- Each transaction sets lock_timeout = " + PgDuration.label(timeouts.lockTimeout())
                + ": should a statement wait longer for a lock, the script stops with that revision rolled back and those before"
                + " it applied; write the script again and run it when the blocking session has ended.\n" : "");
    }

    static void emit(String script, Path sqlFile, Output output) {
        if (sqlFile == null) {
            output.raw(script + OPEN_LAST_LINE);
            return;
        }
        try {
            if (sqlFile.getParent() != null) {
                Files.createDirectories(sqlFile.getParent());
            }
            Files.writeString(sqlFile, script, StandardCharsets.UTF_8);
            output.info("Wrote the SQL to " + sqlFile + "; the database was not changed.");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + sqlFile, e);
        }
    }
}
