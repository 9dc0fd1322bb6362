package io.wataomi.core.revision;

import java.nio.file.Path;
import java.util.List;

/**
 * One revision file: its id, the revisions it revises (none for a base, two for a merge), its
 * message and creation date, and where it lives.
 *
 * @param id          the 12-hex-digit revision id
 * @param parents     the down revisions
 * @param message     the message given to create or merge
 * @param created     the creation date as written in the file (ISO-8601)
 * @param file        the file
 * @param logicalPath the path Liquibase records for it, e.g. {@code db/changelog/versions/x.xml}
 */
public record Revision(String id, List<String> parents, String message, String created, Path file, String logicalPath) {

    /** True for a revision with two or more parents. */
    public boolean isMerge() {
        return parents.size() > 1;
    }

    /** The parents as Alembic prints them: {@code <base>}, one id, or a tuple for merges. */
    public String parentsLabel() {
        return parents.isEmpty() ? "<base>" : parents.size() == 1 ? parents.get(0) : "(" + String.join(", ", parents) + ")";
    }

    /** The file name alone. */
    public String fileName() {
        return file.getFileName().toString();
    }
}
