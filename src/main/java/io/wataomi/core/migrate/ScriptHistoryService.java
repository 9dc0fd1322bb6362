package io.wataomi.core.migrate;

import liquibase.changelog.StandardChangeLogHistoryService;
import liquibase.database.Database;
import liquibase.exception.LiquibaseException;

/**
 * The history service used while writing an offline SQL script: the script may create the history
 * table, which does not exist yet on the server, so execution order numbers are counted here
 * instead of read from the table.
 */
public final class ScriptHistoryService extends StandardChangeLogHistoryService {
    private Integer last;

    @Override
    public int getPriority() {
        return PRIORITY_DATABASE + 10;
    }

    @Override
    public boolean supports(Database database) {
        return database.getConnection() instanceof RevisionTransaction t && t.scriptOnly();
    }

    @Override
    public int getNextSequenceValue() throws LiquibaseException {
        if (last == null) {
            RevisionTransaction t = (RevisionTransaction) getDatabase().getConnection();
            last = t.tableExisted() ? super.getNextSequenceValue() - 1 : 0;
        }
        return ++last;
    }
}
