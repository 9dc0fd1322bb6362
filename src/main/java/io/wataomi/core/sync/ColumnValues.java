package io.wataomi.core.sync;

import io.wataomi.core.casdoor.CasdoorUser;

/**
 * Casdoor values as the target columns take them: an empty string is stored as NULL where the column
 * allows it, and a value longer than a {@code varchar(n)} column is refused before anything is written,
 * naming the user, the column and the fix (PostgreSQL would only say "value too long").
 */
final class ColumnValues {
    private ColumnValues() {
    }

    /** A text value for a column, empty as NULL when the column is nullable. */
    static String text(TableLayout target, String key, String value, CasdoorUser user) {
        if (value == null || value.isEmpty()) {
            return target.column(key).notNull() ? "" : null;
        }
        return checked(target, key, value, user);
    }

    /** The value, after checking it fits the column. */
    static String checked(TableLayout target, String key, String value, CasdoorUser user) {
        int max = target.column(key).maxLength();
        if (max > 0 && value.length() > max && value.codePointCount(0, value.length()) > max) {
            throw new SyncException("Casdoor user '" + user.name() + "' (id " + user.id() + ") has a " + key.substring(5) + " of "
                    + value.codePointCount(0, value.length()) + " characters, longer than column " + target.quoted(key) + " of "
                    + target.qualified("user") + " (varchar(" + max + ")). Widen the column in a revision, or set "
                    + SyncTables.property(key) + " to another column.", true);
        }
        return value;
    }

    /** A workspace value, checked the same way. */
    static String workspace(TableLayout target, String key, String value, String application) {
        int max = target.column(key).maxLength();
        if (max > 0 && value.codePointCount(0, value.length()) > max) {
            throw new SyncException("Casdoor application '" + application + "' has a " + key.substring(10) + " of "
                    + value.codePointCount(0, value.length()) + " characters, longer than column " + target.quoted(key) + " of "
                    + target.qualified("workspace") + " (varchar(" + max + ")). Widen the column in a revision.", true);
        }
        return value;
    }
}
