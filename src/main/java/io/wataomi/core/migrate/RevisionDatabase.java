package io.wataomi.core.migrate;

import liquibase.database.core.DatabaseUtils;
import liquibase.database.core.PostgresDatabase;
import liquibase.exception.DatabaseException;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * PostgreSQL as Liquibase drives it, on a {@link RevisionTransaction}. Liquibase asks for a rollback after every
 * changeSet's preconditions and then reads the search path again ({@code SHOW SEARCH_PATH}), since a real rollback can
 * undo a {@code SET}. While a revision's transaction is held nothing is rolled back: the session's path is pinned
 * before the first revision, and read again only after SQL a revision wrote ran.
 */
final class RevisionDatabase extends PostgresDatabase {
    /**
     * Puts the configured schema first on the session's search path as Liquibase does outside a transaction (a committed
     * {@code SET}), so that the held transactions after it need not read the path at all. Should it fail, each
     * transaction reads it as before.
     */
    void pinSearchPath() {
        if (!(getConnection() instanceof RevisionTransaction t) || t.getUnderlyingConnection() == null) {
            return;
        }
        Connection c = t.getUnderlyingConnection();
        try {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(true);
            try {
                DatabaseUtils.initializeDatabase(getDefaultCatalogName(), getDefaultSchemaName(), this);
                t.searchPathPinned();
            } finally {
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException | DatabaseException e) {
            // Each held transaction reads the path, as Liquibase does.
        }
    }

    @Override
    public void rollback() throws DatabaseException {
        RevisionTransaction t = getConnection() instanceof RevisionTransaction held ? held : null;
        if (t != null && t.searchPathChecked()) {
            return;
        }
        super.rollback();
        if (t != null) {
            t.searchPathCheckedNow();
        }
    }
}
