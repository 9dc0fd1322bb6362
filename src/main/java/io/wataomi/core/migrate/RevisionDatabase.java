package io.wataomi.core.migrate;

import liquibase.database.core.PostgresDatabase;
import liquibase.exception.DatabaseException;

/**
 * PostgreSQL as Liquibase drives it, on a {@link RevisionTransaction}. Liquibase asks for a rollback after every
 * changeSet's preconditions and then reads the search path again ({@code SHOW SEARCH_PATH}), since a real rollback can
 * undo a {@code SET}. While a revision's transaction is held nothing is rolled back, so the path is read once per
 * transaction, and again only after SQL the revision wrote ran.
 */
final class RevisionDatabase extends PostgresDatabase {
    @Override
    public void rollback() throws DatabaseException {
        if (getConnection() instanceof RevisionTransaction t && t.searchPathChecked()) {
            return;
        }
        super.rollback();
        if (getConnection() instanceof RevisionTransaction t) {
            t.searchPathCheckedNow();
        }
    }
}
