package io.wataomi.core.entity;

import io.wataomi.core.shared.Output;
import io.wataomi.core.testing.EntityCompiler;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A package's annotations (its package-info) reach every entity of that package, however many entities before them
 * asked Hibernate for the package-info of a package that has none: the plugin remembers the names no class loader
 * has, and a name that exists is still found.
 */
class PackageAnnotationsTest {
    private static Map<String, String> sources() {
        Map<String, String> sources = new LinkedHashMap<>();
        for (int i = 1; i <= 5; i++) {
            sources.put("club.Member" + i, """
                    package club;
                    import jakarta.persistence.*;
                    @Entity
                    public class Member%d {
                        @Id @GeneratedValue(strategy = GenerationType.SEQUENCE) Long id;
                    }
                    """.formatted(i));
        }
        sources.put("shop.package-info", """
                @SequenceGenerator(name = "shop_ids", sequenceName = "shop_ids", allocationSize = 7)
                package shop;
                import jakarta.persistence.SequenceGenerator;
                """);
        for (String name : List.of("Order", "Item")) {
            sources.put("shop." + name, """
                    package shop;
                    import jakarta.persistence.*;
                    @Entity @Table(name = "shop_%s")
                    public class %s {
                        @Id @GeneratedValue(generator = "shop_ids") Long id;
                    }
                    """.formatted(name.toLowerCase(), name));
        }
        return sources;
    }

    @ParameterizedTest(name = "project's Hibernate: {0}")
    @ValueSource(booleans = {false, true})
    void aPackagesGeneratorReachesItsEntitiesAfterPackagesWithoutOne(boolean projectHibernate) {
        Path classes = EntityCompiler.compile(sources());
        List<Path> classpath = new ArrayList<>(List.of(classes));
        if (projectHibernate) {
            Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator)).map(Path::of).forEach(classpath::add);
        }
        EntityModel model = EntitySource.load(new EntityRequest(classpath, List.of(), null, "public"), Output.silent());
        String ddl = String.join("\n", model.ddl());

        assertTrue(ddl.contains("create sequence shop_ids start with 1 increment by 7"), ddl);
        for (int i = 1; i <= 5; i++) {
            assertTrue(ddl.contains("create sequence Member" + i + "_SEQ start with 1 increment by 50"), ddl);
        }
    }
}
