package io.wataomi.maven;

import org.apache.maven.execution.MavenExecutionRequest;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.project.MavenProject;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * Which modules of a multi-module build sit a goal out. Run from a parent, a goal runs in every module, but only the
 * modules with a changelog folder have revisions and a database: the others are skipped with one line, before any
 * database starts. A build of one project never skips (a missing folder is an error there, as it always was).
 */
final class ModuleSkip {
    /** Per build (its request), the goals that ran in at least one module. */
    private static final Map<MavenExecutionRequest, Set<String>> RAN = new WeakHashMap<>();

    private ModuleSkip() {
    }

    /**
     * Why a goal that needs a changelog sits this module out, or null to run it: in a build of several modules, a module
     * without the changelog folder.
     */
    static String withoutChangelog(MavenSession session, Path changelogDirectory, Path basedir) {
        if (session.getProjects().size() < 2 || Files.isDirectory(changelogDirectory)) {
            return null;
        }
        return "no changelog folder " + relative(basedir, changelogDirectory) + " in this module";
    }

    /**
     * Why init sits this module out, or null to run it: a module of packaging pom has no classes; in a build of several
     * modules, a module that another module of the build depends on, and that has no changelog folder yet, has its
     * entities read by the modules that depend on it (init there creates their tables and changelog).
     */
    static String forInit(MavenSession session, MavenProject project, Path changelogDirectory, Path basedir) {
        if ("pom".equals(project.getPackaging())) {
            return "a module of packaging pom has no entities";
        }
        if (session.getProjects().size() < 2 || Files.isDirectory(changelogDirectory)) {
            return null;
        }
        List<MavenProject> users = session.getProjectDependencyGraph().getDownstreamProjects(project, false);
        return users.isEmpty() ? null : "no changelog folder " + relative(basedir, changelogDirectory) + ", and "
                + users.get(0).getArtifactId() + (users.size() > 1 ? " and " + (users.size() - 1) + " more modules depend" : " depends")
                + " on this module and reads its entities";
    }

    /** Records that the goal ran in a module of this build. */
    static synchronized void ran(MavenSession session, String goal) {
        RAN.computeIfAbsent(session.getRequest(), r -> new HashSet<>()).add(goal);
    }

    /**
     * True when the goal was skipped in every module of a sequential build and this module is the last: the build then
     * fails rather than pass having done nothing (a changelog folder mistyped everywhere, say).
     */
    static synchronized boolean skippedEverywhere(MavenSession session, MavenProject project, String goal) {
        List<MavenProject> all = session.getProjects();
        boolean last = !all.isEmpty() && all.get(all.size() - 1).getId().equals(project.getId());
        return last && !session.isParallel() && !RAN.getOrDefault(session.getRequest(), Set.of()).contains(goal);
    }

    private static String relative(Path basedir, Path dir) {
        return dir.startsWith(basedir) ? basedir.relativize(dir).toString() : dir.toString();
    }
}
