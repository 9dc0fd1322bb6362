package io.wataomi.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/** Sets up invoker scenarios from examples/quickstart (for their setup.groovy scripts, on the test classpath). */
public final class ScenarioProject {
    private ScenarioProject() {
    }

    /**
     * Copies the quickstart's pom and sources into the scenario folder (a scenario runs in target/it/name).
     *
     * @param withChangelog false leaves out src/main/resources/db, as in a project that has no revision yet
     */
    public static void copyQuickstart(java.io.File basedir, boolean withChangelog) {
        Path source = quickstart(basedir);
        Path changelog = source.resolve("src/main/resources/db");
        try {
            Files.copy(source.resolve("pom.xml"), basedir.toPath().resolve("pom.xml"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        copy(source, source.resolve("src"), basedir.toPath(), withChangelog ? null : changelog);
    }

    /** Copies the quickstart's changelog (src/main/resources/db) alone into the scenario folder. */
    public static void copyQuickstartChangelog(java.io.File basedir) {
        Path source = quickstart(basedir);
        copy(source, source.resolve("src/main/resources/db"), basedir.toPath(), null);
    }

    private static Path quickstart(java.io.File basedir) {
        Path source = basedir.toPath().resolve("../../../examples/quickstart").normalize();
        if (!Files.isDirectory(source)) {
            throw new IllegalStateException("missing " + source);
        }
        return source;
    }

    /** Copies the files below {@code folder} of the quickstart to the same place in the scenario, but those below {@code except}. */
    private static void copy(Path source, Path folder, Path target, Path except) {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path from : files.filter(Files::isRegularFile).toList()) {
                if (except == null || !from.startsWith(except)) {
                    Path to = target.resolve(source.relativize(from).toString());
                    Files.createDirectories(to.getParent());
                    Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
