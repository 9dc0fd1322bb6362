package io.wataomi.maven;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Which classpath entries count as the project's own modules, searched for entities without wataomi.packages. */
class ProjectModulesTest {
    @Test
    void reactorFoldersReactorJarsAndJarsOfTheProjectsGroupAreModules(@TempDir Path dir) throws IOException {
        Path output = Files.createDirectories(dir.resolve("app/target/classes"));
        Path domainClasses = Files.createDirectories(dir.resolve("domain/target/classes"));
        Path apiJar = Files.createFile(dir.resolve("api-1.jar"));
        Path sharedJar = Files.createFile(dir.resolve("shared-1.jar"));
        Path hibernate = Files.createFile(dir.resolve("hibernate-core-6.6.33.Final.jar"));
        Path model = Files.createFile(dir.resolve("model-2.jar"));
        List<ProjectModules.Dependency> resolved = List.of(
                new ProjectModules.Dependency(domainClasses, "com.shop", "domain"),
                new ProjectModules.Dependency(apiJar, "org.partner", "api"),
                new ProjectModules.Dependency(sharedJar, "com.shop", "shared"),
                new ProjectModules.Dependency(hibernate, "org.hibernate.orm", "hibernate-core"),
                new ProjectModules.Dependency(model, "org.vendor", "model"));
        List<Path> classpath = List.of(output, domainClasses, apiJar, sharedJar, hibernate, model);

        assertEquals(List.of(domainClasses, apiJar, sharedJar),
                ProjectModules.select(classpath, resolved, "com.shop", Set.of("com.shop:app", "org.partner:api")));
    }

    @Test
    void theOutputDirectoryIsNotItsOwnModule(@TempDir Path dir) throws IOException {
        Path output = Files.createDirectories(dir.resolve("target/classes"));
        assertEquals(List.of(), ProjectModules.select(List.of(output), List.of(), "com.shop", Set.of()));
    }
}
