package io.wataomi.core.testing;

import io.wataomi.core.shared.Output;
import io.wataomi.core.entity.EntityException;
import io.wataomi.core.entity.EntityModel;
import io.wataomi.core.entity.EntityRequest;
import io.wataomi.core.entity.EntitySource;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Entities compiled at test time load like a project's: only through the child class loader. */
class EntityCompilerTest {
    @Test
    void compiledEntitiesLoadWithADependencyFromTheClasspath() {
        Path dependency = EntityCompiler.compile(Map.of("lib.Period", """
                package lib;
                @jakarta.persistence.Embeddable
                public class Period { java.time.LocalDate startsOn; java.time.LocalDate endsOn; }
                """));
        Path project = EntityCompiler.compile(Map.of("app.Contract", """
                package app;
                import jakarta.persistence.*;
                @Entity
                public class Contract {
                    @Id Long id;
                    @Embedded lib.Period period;
                }
                """), List.of(dependency));
        assertTrue(Files.isRegularFile(project.resolve("app/Contract.class")));

        EntityModel model = EntitySource.load(QuotingApplication.of(List.of(project, dependency), List.of()), Output.silent());
        assertEquals(List.of("app.Contract"), model.entityClasses(), "dependency directories are on the classpath, not scanned");
        assertEquals(List.of("create table public.Contract (id bigint not null, endsOn date, startsOn date, primary key (id))"),
                model.ddl());
    }

    @Test
    void aClassMissingFromTheClasspathIsNamed() {
        Path dependency = EntityCompiler.compile(Map.of("lib.Money", "package lib; public class Money implements java.io.Serializable {}"));
        Path project = EntityCompiler.compile(Map.of("app.Wallet", """
                package app;
                @jakarta.persistence.Entity
                public class Wallet { @jakarta.persistence.Id Long id; lib.Money balance; }
                """), List.of(dependency));
        EntityException e = assertThrows(EntityException.class,
                () -> EntitySource.load(QuotingApplication.of(List.of(project), List.of()), Output.silent()));
        assertTrue(e.getMessage().startsWith("The entities use the class lib.Money, which is not on the project's classpath"),
                e.getMessage());
        assertTrue(e.getCause() instanceof NoClassDefFoundError, "the cause is attached, so mvn -e shows it: " + e.getCause());
    }

    @Test
    void compileErrorsAreReported() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> EntityCompiler.compile(Map.of("app.Broken", "package app; public class Broken { int x = ; }")));
        assertTrue(e.getMessage().contains("app/Broken.java:1"), e.getMessage());
    }
}
