package io.wataomi.core.sync;

import io.wataomi.core.casdoor.CasdoorApplication;
import io.wataomi.core.casdoor.CasdoorUser;

/**
 * Casdoor values as the target columns take them: an empty string is stored as NULL where the column
 * allows it, and a value the column cannot hold is refused before its page is written, naming the user
 * (or application), the Casdoor field, the column and the fix. Refused: a value longer than a
 * {@code varchar(n)} column (PostgreSQL would only say "value too long"); a NUL character (PostgreSQL
 * would say {@code invalid byte sequence for encoding "UTF8": 0x00}, naming neither user nor field); half
 * of a surrogate pair, which is no character at all (the driver would silently write it as '?').
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

    /** The value, after checking that the column can hold it. */
    static String checked(TableLayout target, String key, String value, CasdoorUser user) {
        int bad = unstorable(value);
        if (bad >= 0) {
            String field = field(key, user);
            throw new SyncException("Casdoor user " + who(user) + " has " + problem(value, bad) + " of its " + field + ", '"
                    + Shown.excerpt(value, bad) + "': PostgreSQL cannot store it in column " + target.quoted(key) + " of "
                    + target.qualified("user") + ". Remove the character from the user's " + field
                    + " in Casdoor, then run wataomi:sync again.", true);
        }
        int max = target.column(key).maxLength();
        if (max > 0 && value.length() > max && value.codePointCount(0, value.length()) > max) {
            throw new SyncException("Casdoor user " + who(user) + " has a " + key.substring(5) + " of "
                    + value.codePointCount(0, value.length()) + " characters, longer than column " + target.quoted(key) + " of "
                    + target.qualified("user") + " (varchar(" + max + ")). Widen the column in a revision, or set "
                    + SyncTables.property(key) + " to another column.", true);
        }
        return value;
    }

    /** A workspace value from an application, checked the same way. */
    static String workspace(TableLayout target, String key, String value, CasdoorApplication app) {
        int bad = unstorable(value);
        if (bad >= 0) {
            String field = key.equals("workspace.name") && app.displayName() != null && !app.displayName().isBlank()
                    ? "displayName" : "name";
            throw new SyncException("Casdoor application '" + Shown.text(app.name()) + "' has " + problem(value, bad) + " of its "
                    + field + ", '" + Shown.excerpt(value, bad) + "': PostgreSQL cannot store it in column " + target.quoted(key)
                    + " of " + target.qualified("workspace") + ". Remove the character from the application's " + field
                    + " in Casdoor, then run wataomi:sync again.", true);
        }
        int max = target.column(key).maxLength();
        if (max > 0 && value.codePointCount(0, value.length()) > max) {
            throw new SyncException("Casdoor application '" + Shown.text(app.name()) + "' has a " + key.substring(10) + " of "
                    + value.codePointCount(0, value.length()) + " characters, longer than column " + target.quoted(key) + " of "
                    + target.qualified("workspace") + " (varchar(" + max + ")). Widen the column in a revision.", true);
        }
        return value;
    }

    /** A user as messages name it: the user name and the id, escaped. */
    static String who(CasdoorUser user) {
        return "'" + Shown.text(user.name()) + "' (id " + Shown.text(user.id()) + ")";
    }

    /** The index of the first char PostgreSQL cannot store (a NUL, half of a surrogate pair), or -1. */
    static int unstorable(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\0' || Character.isSurrogate(c) && Shown.unpairedSurrogate(value, i)) {
                return i;
            }
        }
        return -1;
    }

    private static String problem(String value, int at) {
        char c = value.charAt(at);
        String what = c == '\0' ? "a NUL character (U+0000)"
                : String.format("half of a character (the unpaired surrogate \\u%04X)", (int) c);
        return what + " at character " + (value.codePointCount(0, at) + 1);
    }

    /** The Casdoor field a user column's value comes from. */
    private static String field(String key, CasdoorUser user) {
        return switch (key) {
            case "user.casdoorId" -> "id";
            case "user.name" -> user.displayName() == null || user.displayName().isBlank() ? "name" : "displayName";
            default -> key.substring(5);
        };
    }
}
