package io.wataomi.core.entity;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

/**
 * Where a class the project's classpath lacks can be found: the artifacts of the local Maven repository whose group
 * is a prefix of the class's package, and whether the project declares one of them (with a scope that leaves it off
 * the classpath, such as {@code test}).
 *
 * @param localRepository the local Maven repository, or null when there is none to search
 * @param declared        the project's declared dependencies, {@code groupId:artifactId} to their scope
 */
public record ClassProviders(Path localRepository, Map<String, String> declared) {
    /** Nowhere to search. */
    public static final ClassProviders NONE = new ClassProviders(null, Map.of());

    /** Jars read at most per search, so a huge local repository cannot make a failure slow. */
    private static final int MAX_JARS = 3000;

    public ClassProviders {
        declared = declared == null ? Map.of() : Map.copyOf(declared);
    }

    /** An artifact holding the class, with the versions of it in the local repository. */
    public record Provider(String coordinates, List<String> versions, String declaredScope) {
        /** How the advice names it: {@code g:a (versions 1.0, 1.1 in the local Maven repository)}. */
        String describe() {
            String where = (versions.size() == 1 ? "version " : "versions ") + String.join(", ", versions)
                    + " in the local Maven repository";
            return declaredScope == null ? coordinates + " (" + where + ")"
                    : coordinates + ", which the project declares with scope " + declaredScope + " (" + where + ")";
        }
    }

    /**
     * The artifacts that hold the class, the ones the project declares first. Only groups of at least two
     * segments that the package starts with are searched ({@code org.springframework} for a class of
     * {@code org.springframework.beans.factory.aspectj}).
     */
    public List<Provider> find(String className) {
        if (localRepository == null || !Files.isDirectory(localRepository)) {
            return List.of();
        }
        String entry = className.replace('.', '/') + ".class";
        Map<String, TreeSet<String>> found = new TreeMap<>();
        Path group = groupDirectory(className);
        if (group == null) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(group)) {
            files.filter(p -> p.getFileName().toString().endsWith(".jar"))
                    .limit(MAX_JARS)
                    .filter(jar -> holds(jar, entry))
                    .forEach(jar -> artifact(jar).ifPresent(a -> found.computeIfAbsent(a[0], k -> new TreeSet<>()).add(a[1])));
        } catch (IOException | java.io.UncheckedIOException e) {
            return List.of();
        }
        List<Provider> providers = new ArrayList<>();
        found.forEach((ga, versions) -> providers.add(new Provider(ga, List.copyOf(versions), declared.get(ga))));
        providers.sort((a, b) -> Boolean.compare(a.declaredScope() == null, b.declaredScope() == null));
        return providers;
    }

    /** The deepest directory of the repository that the class's package path starts with, two segments at least. */
    private Path groupDirectory(String className) {
        String[] parts = className.split("\\.");
        for (int n = parts.length - 1; n >= 2; n--) {
            Path dir = localRepository;
            for (int i = 0; i < n; i++) {
                dir = dir.resolve(parts[i]);
            }
            if (Files.isDirectory(dir)) {
                return dir;
            }
        }
        return null;
    }

    private static boolean holds(Path jar, String entry) {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            return zip.getEntry(entry) != null;
        } catch (IOException e) {
            return false;
        }
    }

    /** {@code [groupId:artifactId, version]} of a jar laid out as {@code group/path/artifactId/version/artifactId-version.jar}. */
    private Optional<String[]> artifact(Path jar) {
        Path versionDir = jar.getParent();
        Path artifactDir = versionDir == null ? null : versionDir.getParent();
        if (artifactDir == null || !artifactDir.startsWith(localRepository) || artifactDir.getParent().equals(localRepository)) {
            return Optional.empty();
        }
        String artifactId = artifactDir.getFileName().toString();
        String version = versionDir.getFileName().toString();
        if (!jar.getFileName().toString().equals(artifactId + "-" + version + ".jar")) {
            return Optional.empty();
        }
        String groupId = localRepository.relativize(artifactDir.getParent()).toString().replace(java.io.File.separatorChar, '.');
        return Optional.of(new String[]{groupId + ":" + artifactId, version});
    }
}
