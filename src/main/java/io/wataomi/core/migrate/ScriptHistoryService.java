package io.wataomi.core.migrate;

import liquibase.changelog.StandardChangeLogHistoryService;
import liquibase.database.Database;
import liquibase.database.DatabaseConnection;
import liquibase.exception.DatabaseException;
import liquibase.exception.LiquibaseException;

/**
 * The history service used while writing an offline SQL script: the script may create the history
 * table, which does not exist yet on the server, so execution order numbers are counted here
 * instead of read from the table. A script written from the revision files alone reads nothing: it counts on from the
 * rows it assumes, and writes the table's creation only when it assumes none.
 */
public final class ScriptHistoryService extends StandardChangeLogHistoryService {
    private Integer last;

    @Override
    public int getPriority() {
        return PRIORITY_DATABASE + 10;
    }

    @Override
    public boolean supports(Database database) {
        DatabaseConnection connection = database.getConnection();
        return connection instanceof ScriptConnection || connection instanceof RevisionTransaction t && t.scriptOnly();
    }

    @Override
    public void init() throws DatabaseException {
        if (!(getDatabase().getConnection() instanceof ScriptConnection c && c.assumedRows() > 0)) {
            super.init();
        }
    }

    @Override
    public int getNextSequenceValue() throws LiquibaseException {
        if (last == null) {
            if (getDatabase().getConnection() instanceof ScriptConnection c) {
                last = c.assumedRows();
            } else {
                RevisionTransaction t = (RevisionTransaction) getDatabase().getConnection();
                last = t.tableExisted() ? super.getNextSequenceValue() - 1 : 0;
            }
        }
        return ++last;
    }
}
