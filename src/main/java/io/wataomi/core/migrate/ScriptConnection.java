package io.wataomi.core.migrate;

import liquibase.changelog.ChangeLogHistoryService;
import liquibase.database.Database;
import liquibase.database.OfflineConnection;

/**
 * Liquibase's connection for offline SQL written from the revision files alone: no server, nothing read. The history the
 * script builds on is assumed, not read: the rows of the revisions a range starts from.
 */
final class ScriptConnection extends OfflineConnection {
    private int assumedRows;

    ScriptConnection() {
        super("offline:postgresql", null);
    }

    /** The history rows the database is assumed to hold already; none means it has no history table yet. */
    void assume(int rows) {
        assumedRows = rows;
    }

    int assumedRows() {
        return assumedRows;
    }

    /** The history service of a script: ours, not Liquibase's offline one (which keeps its history in a CSV file). */
    @Override
    protected ChangeLogHistoryService createChangeLogHistoryService(Database database) {
        return new ScriptHistoryService();
    }
}
