package io.wataomi.core;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The core is a library of its own, layered: nothing under io.wataomi.core uses Maven's API, no stage uses the
 * facade's root package, and the stages' packages depend on each other without a cycle.
 */
class CoreIndependenceTest {
    private static final Path CORE = Path.of("src/main/java/io/wataomi/core");
    private static final Pattern PACKAGE = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE);
    /** Any reference to a type of the core: an import or a qualified name. */
    private static final Pattern REFERENCE = Pattern.compile("io\\.wataomi\\.core((?:\\.[a-z]\\w*)*)\\.[A-Z]");

    @Test
    void coreImportsNothingFromMaven() {
        List<String> offenders = sources().entrySet().stream()
                .filter(e -> e.getValue().contains("org.apache.maven") || e.getValue().contains("org.codehaus.plexus"))
                .map(Map.Entry::getKey).toList();
        assertEquals(List.of(), offenders);
    }

    @Test
    void noStageUsesTheRootPackage() {
        List<String> offenders = new ArrayList<>();
        sources().forEach((file, text) -> {
            if (!packageOf(text).equals("io.wataomi.core") && dependencies(text).contains("io.wataomi.core")) {
                offenders.add(file);
            }
        });
        assertEquals(List.of(), offenders, "the root package is the facade: stages put shared types in io.wataomi.core.shared");
    }

    @Test
    void packagesDependOnEachOtherWithoutACycle() {
        Map<String, Set<String>> graph = new TreeMap<>();
        sources().values().forEach(text -> {
            String pkg = packageOf(text);
            Set<String> out = graph.computeIfAbsent(pkg, p -> new TreeSet<>());
            dependencies(text).stream().filter(d -> !d.equals(pkg)).forEach(out::add);
        });
        assertTrue(graph.size() > 10, "expected the core's packages, found " + graph.keySet());
        for (String start : graph.keySet()) {
            List<String> cycle = cycleThrough(start, start, graph, new ArrayList<>(List.of(start)), new HashSet<>());
            assertEquals(List.of(), cycle, "package cycle");
        }
    }

    @Test
    void theCycleFinderFindsACycle() {
        Map<String, Set<String>> graph = Map.of("a", Set.of("b"), "b", Set.of("c"), "c", Set.of("a"), "d", Set.of("a"));
        assertEquals(List.of("a", "b", "c", "a"), cycleThrough("a", "a", graph, new ArrayList<>(List.of("a")), new HashSet<>()));
        assertEquals(List.of(), cycleThrough("d", "d", graph, new ArrayList<>(List.of("d")), new HashSet<>()));
    }

    private static List<String> cycleThrough(String start, String at, Map<String, Set<String>> graph, List<String> path, Set<String> seen) {
        for (String next : graph.getOrDefault(at, Set.of())) {
            if (next.equals(start)) {
                List<String> cycle = new ArrayList<>(path);
                cycle.add(start);
                return cycle;
            }
            if (seen.add(next)) {
                path.add(next);
                List<String> found = cycleThrough(start, next, graph, path, seen);
                if (!found.isEmpty()) {
                    return found;
                }
                path.remove(path.size() - 1);
            }
        }
        return List.of();
    }

    private static String packageOf(String text) {
        Matcher m = PACKAGE.matcher(text);
        assertTrue(m.find(), "a source without a package");
        return m.group(1);
    }

    private static Set<String> dependencies(String text) {
        Set<String> out = new TreeSet<>();
        Matcher m = REFERENCE.matcher(text);
        while (m.find()) {
            out.add("io.wataomi.core" + m.group(1));
        }
        return out;
    }

    private static Map<String, String> sources() {
        assertTrue(Files.isDirectory(CORE), "run from the project base directory");
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(CORE)) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(f -> {
                try {
                    out.put(f.toString(), Files.readString(f));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
