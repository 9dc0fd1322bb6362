package io.wataomi.core.migrate;

import io.wataomi.core.config.WataomiConfig;
import io.wataomi.core.revision.Revision;
import io.wataomi.core.revision.RevisionException;
import io.wataomi.core.revision.RevisionGraph;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Applied revisions that no revision file defines: typically applied from another branch to a shared database.
 * Working against such a database with the files at hand would undo or repeat that revision's changes (create
 * would write a revision dropping what it added), so the goals that read the revisions against it refuse it, as
 * Alembic does, until the file is restored or the database is stamped to a revision that exists.
 */
public final class UnknownRevisions {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private UnknownRevisions() {
    }

    /** The applied revision ids that no file defines, sorted. */
    public static List<String> of(RevisionGraph graph, AppliedState state) {
        return state.revisions().stream().filter(id -> graph.get(id) == null).sorted().toList();
    }

    /** Throws a {@link RevisionException} naming each applied revision no file defines, and the two fixes. */
    public static void refuse(RevisionGraph graph, AppliedState state, WataomiConfig config) {
        List<String> unknown = of(graph, state);
        if (unknown.isEmpty()) {
            return;
        }
        boolean one = unknown.size() == 1;
        StringBuilder sb = new StringBuilder("The database has ").append(unknown.size()).append(one ? " applied revision" : " applied revisions")
                .append(" that no file in ").append(relative(config, config.versionsDirectory())).append(" defines:\n");
        unknown.forEach(id -> sb.append("  ").append(describe(id, state)).append('\n'));
        sb.append(one ? "It was" : "They were").append(" applied from another branch or checkout. Working against this database")
                .append(" without ").append(one ? "its file would undo or repeat its" : "their files would undo or repeat their")
                .append(" changes (create would write a revision that drops what ").append(one ? "it" : "they").append(" added). Either:\n");
        sb.append("  - restore ").append(one ? "the file" : "the files").append(" from the branch that has ").append(one ? "it" : "them")
                .append(", e.g. git checkout <branch> --");
        unknown.forEach(id -> sb.append(' ').append(relative(config, config.resourcesRoot().resolve(stripClasspath(state.recordedPath(id))))));
        List<Revision> current = graph.currentHeads(state.revisions());
        sb.append("\n  - or, if ").append(one ? "it is" : "they are").append(" abandoned, stamp the database to a revision that exists (")
                .append(one ? "its" : "their").append(" changes stay in the schema): mvn wataomi:stamp -Dwataomi.target=")
                .append(current.size() == 1 ? current.get(0).id() : current.isEmpty() ? "base"
                        : "<one of " + current.stream().map(Revision::id).collect(Collectors.joining(", ")) + ">");
        throw new RevisionException(sb.toString());
    }

    /** One unknown revision as {@code id (recorded path, applied date)}. */
    static String describe(String id, AppliedState state) {
        Timestamp at = state.appliedAt(id);
        return id + " (" + state.recordedPath(id) + ", applied " + (at == null ? "at an unknown time" : WHEN.format(at.toLocalDateTime())) + ")";
    }

    private static String stripClasspath(String path) {
        return path.startsWith("classpath:") ? path.substring("classpath:".length()) : path;
    }

    private static String relative(WataomiConfig config, Path path) {
        Path p = path.toAbsolutePath().normalize();
        Path base = config.basedir().toAbsolutePath().normalize();
        return (p.startsWith(base) ? base.relativize(p) : p).toString().replace('\\', '/');
    }
}
