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
        Path target = basedir.toPath();
        Path source = target.resolve("../../../examples/quickstart").normalize();
        if (!Files.isDirectory(source)) {
            throw new IllegalStateException("missing " + source);
        }
        Path changelog = source.resolve("src/main/resources/db");
        try {
            Files.copy(source.resolve("pom.xml"), target.resolve("pom.xml"), StandardCopyOption.REPLACE_EXISTING);
            try (Stream<Path> files = Files.walk(source.resolve("src"))) {
                for (Path from : files.filter(Files::isRegularFile).toList()) {
                    if (withChangelog || !from.startsWith(changelog)) {
                        Path to = target.resolve(source.relativize(from).toString());
                        Files.createDirectories(to.getParent());
                        Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
