package io.wataomi.maven;

import org.apache.maven.artifact.Artifact;
import org.apache.maven.project.MavenProject;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The entries of a project's classpath that are its own modules, searched for entities like its output directory:
 * the output folders of the reactor's modules, and the jars of the reactor's modules or of the project's groupId (a
 * module resolved from the local repository when built alone with {@code -pl}). Other jars are not opened unless
 * {@code wataomi.packages} names packages to look for in them.
 */
final class ProjectModules {
    /** A resolved dependency: its file, groupId and artifactId. */
    record Dependency(Path file, String groupId, String artifactId) {
    }

    private ProjectModules() {
    }

    /** The modules among a project's classpath entries. */
    static List<Path> of(MavenProject project, List<MavenProject> reactor, List<Path> classpath) {
        List<Dependency> dependencies = new ArrayList<>();
        for (Artifact a : project.getArtifacts()) {
            if (a.getFile() != null) {
                dependencies.add(new Dependency(a.getFile().toPath(), a.getGroupId(), a.getArtifactId()));
            }
        }
        Set<String> modules = reactor.stream().map(p -> p.getGroupId() + ":" + p.getArtifactId()).collect(Collectors.toSet());
        return select(classpath, dependencies, project.getGroupId(), modules);
    }

    /**
     * The classpath entries, past the first (the output directory), that are folders, or jars of a dependency whose
     * {@code groupId:artifactId} is a reactor module's or whose groupId is the project's.
     */
    static List<Path> select(List<Path> classpath, List<Dependency> dependencies, String groupId, Set<String> reactor) {
        Map<Path, Dependency> byFile = new HashMap<>();
        dependencies.forEach(d -> byFile.put(d.file().toAbsolutePath().normalize(), d));
        List<Path> out = new ArrayList<>();
        for (Path entry : classpath.subList(Math.min(1, classpath.size()), classpath.size())) {
            Dependency d = byFile.get(entry.toAbsolutePath().normalize());
            boolean module = Files.isDirectory(entry)
                    || d != null && (groupId.equals(d.groupId()) || reactor.contains(d.groupId() + ":" + d.artifactId()));
            if (module) {
                out.add(entry);
            }
        }
        return out;
    }
}
