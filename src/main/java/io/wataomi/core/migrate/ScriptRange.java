package io.wataomi.core.migrate;

import io.wataomi.core.config.PropertyNames;
import io.wataomi.core.revision.RevisionException;

/**
 * A target written {@code from:to}: offline SQL that takes a database from one revision to another, written from the
 * revision files alone, as Alembic's {@code upgrade --sql from:to}. No database is read, so it is for offline SQL only.
 *
 * @param from where the database is assumed to be: {@code base}, {@code head}, {@code heads} or a revision
 * @param to   the target from there, as a single target of the goal
 */
public record ScriptRange(String from, String to) {

    /** The range a target names, or null when it is a single target. */
    public static ScriptRange of(String target) {
        if (target == null || !target.contains(":")) {
            return null;
        }
        String[] sides = target.strip().split(":", -1);
        if (sides.length != 2 || sides[0].isBlank() || sides[1].isBlank()) {
            throw new RevisionException(PropertyNames.TARGET + " is '" + target + "': a range is from:to with one revision on each"
                    + " side, e.g. base:head or c205ea66e047:head.");
        }
        return new ScriptRange(sides[0].strip(), sides[1].strip());
    }

    /** Refuses the range outside offline SQL: applying revisions needs the database's own state, not an assumed one. */
    void requireScript(boolean sql, String goal) {
        if (!sql) {
            throw new RevisionException(PropertyNames.TARGET + " is '" + from + ":" + to + "', a range, which only offline SQL takes"
                    + " (it assumes the database is at " + from + " without reading it). Add -D" + PropertyNames.SQL + "=true to write"
                    + " the script, or give a single target to " + goal + " the database itself (-D" + PropertyNames.TARGET + "=" + to + ").");
        }
    }
}
