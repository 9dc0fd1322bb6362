package io.wataomi.core;

import io.wataomi.core.revision.Revision;

import java.util.List;

/** The result records of the facade's goals. */
public final class Results {
    private Results() {
    }

    /**
     * An upgrade or downgrade.
     *
     * @param ran     the revisions applied or rolled back, in order
     * @param current the database's revisions afterwards
     * @param script  the SQL written in offline mode, else null
     */
    public record Migration(List<Revision> ran, List<Revision> current, String script) {
    }

    /**
     * Where the database stands.
     *
     * @param current the current revisions (none at base)
     * @param lines   the report to print
     */
    public record Current(List<Revision> current, List<String> lines) {
    }

    /**
     * The revision history, newest first.
     *
     * @param shown the revisions listed
     * @param lines the report to print
     */
    public record History(List<Revision> shown, List<String> lines) {
    }

    /**
     * A stamp.
     *
     * @param marked   revisions now recorded as applied
     * @param unmarked revisions no longer recorded
     * @param current  the database's revisions afterwards
     */
    public record Stamp(List<Revision> marked, List<Revision> unmarked, List<Revision> current) {
    }

    /**
     * A create: the revision written (null when nothing changed) and what it holds.
     *
     * @param stamped true when the database already had the schema (made by init) and the revision was recorded as applied
     */
    public record Created(Revision revision, io.wataomi.core.diff.Diff diff, boolean stamped) {
    }

    /** An init: the tables created and the differences init leaves to a revision. */
    public record Init(List<String> createdTables, io.wataomi.core.diff.Diff remaining) {
    }
}
