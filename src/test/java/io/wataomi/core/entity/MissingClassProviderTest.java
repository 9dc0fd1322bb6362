package io.wataomi.core.entity;

import io.wataomi.core.shared.Output;
import io.wataomi.core.testing.EntityCompiler;
import io.wataomi.core.testing.QuotingApplication;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A class the entities use but the project's classpath lacks is named with the artifact that provides it, found in a
 * local Maven repository laid out as Maven lays it out.
 */
class MissingClassProviderTest {
    @TempDir
    static Path repository;

    private static Path project;

    @BeforeAll
    static void projectWhoseDependencyIsOnlyInTheRepository() throws IOException {
        Path money = EntityCompiler.compile(Map.of("com.acme.money.Money",
                "package com.acme.money; public class Money implements java.io.Serializable {}"));
        jar(money, "com/acme/money/Money.class", repository.resolve("com/acme/money-lib/1.2/money-lib-1.2.jar"));
        jar(money, "com/acme/money/Money.class", repository.resolve("com/acme/money-lib/1.3/money-lib-1.3.jar"));
        jar(money, "com/acme/money/Money.class", repository.resolve("com/acme/money-lib/1.3/money-lib-1.3-sources.jar"));
        Path other = EntityCompiler.compile(Map.of("com.acme.other.Thing", "package com.acme.other; public class Thing {}"));
        jar(other, "com/acme/other/Thing.class", repository.resolve("com/acme/other-lib/2.0/other-lib-2.0.jar"));
        project = EntityCompiler.compile(Map.of("app.Wallet", """
                package app;
                @jakarta.persistence.Entity
                public class Wallet { @jakarta.persistence.Id Long id; com.acme.money.Money balance; }
                """), List.of(money));
    }

    @Test
    void theArtifactInTheLocalRepositoryIsNamed() {
        EntityException e = failure(new ClassProviders(repository, Map.of()));
        assertTrue(e.getMessage().contains("The entities use the class com.acme.money.Money, which is not on the project's"
                + " classpath"), e.getMessage());
        assertTrue(e.getMessage().contains("It is in com.acme:money-lib (versions 1.2, 1.3 in the local Maven repository):"
                + " add that artifact as a dependency of the project"), e.getMessage());
        assertTrue(e.getCause() != null, "the cause is attached, so mvn -e shows it");
    }

    @Test
    void aTestScopedDeclarationIsNamedWithItsFix() {
        EntityException e = failure(new ClassProviders(repository, Map.of("com.acme:money-lib", "test")));
        assertTrue(e.getMessage().contains("It is in com.acme:money-lib, which the project declares with scope test"
                + " (versions 1.2, 1.3 in the local Maven repository): give that dependency scope compile or runtime"),
                e.getMessage());
    }

    @Test
    void withoutAProviderTheAdvicePointsAtTheClassSearch() {
        EntityException e = failure(ClassProviders.NONE);
        assertTrue(e.getMessage().contains("https://search.maven.org/search?q=fc:com.acme.money.Money"), e.getMessage());
    }

    @Test
    void onlyJarsHoldingTheClassAreProviders() {
        ClassProviders providers = new ClassProviders(repository, Map.of());
        assertEquals(List.of("com.acme:other-lib"),
                providers.find("com.acme.other.Thing").stream().map(ClassProviders.Provider::coordinates).toList());
        assertEquals(List.of(), providers.find("com.acme.other.Missing"));
        assertEquals(List.of(), providers.find("Unpackaged"), "a class of no package has no group to search");
    }

    private static EntityException failure(ClassProviders providers) {
        EntityRequest plain = QuotingApplication.of(List.of(project), List.of());
        EntityRequest request = new EntityRequest(plain.classpath(), plain.packages(), plain.namingStrategy(),
                plain.defaultSchema(), plain.application(), plain.modules(), providers);
        return assertThrows(EntityException.class, () -> EntitySource.load(request, Output.silent()));
    }

    private static void jar(Path classes, String entry, Path jar) throws IOException {
        Files.createDirectories(jar.getParent());
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry(entry));
            out.write(Files.readAllBytes(classes.resolve(entry)));
            out.closeEntry();
        }
    }
}
