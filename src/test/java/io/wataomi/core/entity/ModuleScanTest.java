package io.wataomi.core.entity;

import io.wataomi.core.shared.Output;
import io.wataomi.core.testing.EntityCompiler;
import io.wataomi.core.testing.QuotingApplication;
import io.wataomi.core.testing.RecordingOutput;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Entities in the modules a project depends on, and in dependency jars: which classpath entries are searched. */
class ModuleScanTest {
    /** A domain module: an entity, an embeddable and a plain class; and a second package with an entity of its own. */
    private static final Path DOMAIN = EntityCompiler.compile(Map.of(
            "shop.domain.Customer", """
                    package shop.domain;
                    import jakarta.persistence.*;
                    @Entity public class Customer { @Id Long id; String name; @Embedded Address address; }
                    """,
            "shop.domain.Address", """
                    package shop.domain;
                    @jakarta.persistence.Embeddable public class Address { String city; }
                    """,
            "shop.domain.Names", "package shop.domain; public final class Names { }",
            "shop.audit.AuditEntry", """
                    package shop.audit;
                    import jakarta.persistence.*;
                    @Entity public class AuditEntry { @Id Long id; String action; }
                    """));
    /** The application module: an entity that joins the domain's. */
    private static final Path APP = EntityCompiler.compile(Map.of("shop.app.Purchase", """
            package shop.app;
            import jakarta.persistence.*;
            @Entity public class Purchase { @Id Long id; @ManyToOne shop.domain.Customer customer; }
            """), List.of(DOMAIN));
    /** An application module with no entity of its own. */
    private static final Path SERVICE = EntityCompiler.compile(Map.of("shop.service.Checkout",
            "package shop.service; public class Checkout { shop.domain.Customer customer; }"), List.of(DOMAIN));

    private static EntityRequest request(List<Path> classpath, String packages, List<Path> modules) {
        return new EntityRequest(classpath, EntityRequest.parsePackages(packages), null, "public", QuotingApplication.settings("public"),
                modules, ClassProviders.NONE);
    }

    @Test
    void entitiesOfAModuleTheProjectDependsOnAreRead() {
        RecordingOutput output = new RecordingOutput();
        EntityModel model = EntitySource.load(request(List.of(APP, DOMAIN), null, List.of(DOMAIN)), output);
        assertEquals(List.of("shop.app.Purchase", "shop.audit.AuditEntry", "shop.domain.Customer"), model.entityClasses());
        assertTrue(model.ddl().stream().anyMatch(s -> s.startsWith("create table public.Customer (id bigint not null, city")), model.ddl().toString());
        assertTrue(output.lines().contains("INFO Entities found on the classpath: 1 in " + APP + ", 2 in " + DOMAIN), output.text());
    }

    @Test
    void aProjectWhoseEntitiesAreAllInAModuleIsRead() {
        EntityModel model = EntitySource.load(request(List.of(SERVICE, DOMAIN), null, List.of(DOMAIN)), Output.silent());
        assertEquals(List.of("shop.audit.AuditEntry", "shop.domain.Customer"), model.entityClasses());
    }

    @Test
    void anEntryThatIsNotAModuleIsNotSearchedAndTheMessageSaysHowToReachIt() {
        EntityException e = assertThrows(EntityException.class,
                () -> EntitySource.load(request(List.of(SERVICE, DOMAIN), null, List.of()), Output.silent()));
        assertTrue(e.getMessage().startsWith("No @Entity classes found in " + SERVICE + "."), e.getMessage());
        assertTrue(e.getMessage().contains("Entities in a dependency jar are found when wataomi.packages names their packages"
                + " (-Dwataomi.packages=com.example.domain)."), e.getMessage());
    }

    @Test
    void packagesFilterTheWholeClasspathAndOnlyTheirClassFilesAreRead() throws IOException {
        Path jar = jar(DOMAIN);
        EntityModel model = EntitySource.load(request(List.of(SERVICE, jar), "shop.domain", List.of()), Output.silent());
        assertEquals(List.of("shop.domain.Customer"), model.entityClasses());

        try (URLClassLoader loader = ProjectLoader.open(request(List.of(SERVICE, jar), "shop.domain", List.of()))) {
            EntityScanner.Found found = EntityScanner.scan(List.of(SERVICE, jar), List.of("shop.domain"), loader);
            assertEquals(3, found.filesRead(), "Customer, Address and Names; not shop.audit nor shop.service");
            assertEquals(List.of("shop.domain.Address"), found.others().stream().map(Class::getName).toList());
            assertEquals(Map.of(jar, 1), found.bySource());
        }
    }

    @Test
    void aModuleJarIsSearchedWholeAndAClassInTwoEntriesCountsOnce() throws IOException {
        Path jar = jar(DOMAIN);
        EntityModel model = EntitySource.load(request(List.of(APP, DOMAIN, jar), null, List.of(DOMAIN, jar)), Output.silent());
        assertEquals(List.of("shop.app.Purchase", "shop.audit.AuditEntry", "shop.domain.Customer"), model.entityClasses());
    }

    @Test
    void scannedEntriesKeepClasspathOrder() {
        Path other = Path.of("target/other.jar");
        EntityRequest r = request(List.of(APP, other, DOMAIN), null, List.of(DOMAIN));
        assertEquals(List.of(APP, DOMAIN), r.scanned());
        assertEquals(List.of(APP, other, DOMAIN), request(List.of(APP, other, DOMAIN), "shop", List.of()).scanned());
    }

    /** The class files of a folder as a jar, as a module's packaged artifact. */
    private static Path jar(Path classes) throws IOException {
        Path jar = Files.createTempFile(classes.getParent(), "module-", ".jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar)); Stream<Path> files = Files.walk(classes)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(f).toString().replace('\\', '/')));
                Files.copy(f, out);
                out.closeEntry();
            }
        }
        return jar;
    }
}
