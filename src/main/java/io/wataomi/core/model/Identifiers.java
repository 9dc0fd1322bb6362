package io.wataomi.core.model;

/** Quoting of SQL identifiers. */
public final class Identifiers {
    /** The identifier double-quoted, with embedded quotes doubled: always safe, whatever the name. */
    public static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    private Identifiers() {
    }
}
