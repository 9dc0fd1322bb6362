package io.wataomi.core.autogen;

import io.wataomi.core.testing.QuotingApplication;
import io.wataomi.core.Wataomi;
import io.wataomi.core.config.PropertyNames;
import io.wataomi.core.introspect.CatalogReader;
import io.wataomi.core.model.Catalog;
import io.wataomi.core.render.Format;
import io.wataomi.core.testing.RecordingOutput;
import io.wataomi.core.testing.TestDatabase;
import io.wataomi.core.testing.TestProject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AutogenRoundTripTest {
    static AutogenOptions options(String pkg, Format format) {
        return QuotingApplication.options(List.of(Path.of("target", "test-classes").toAbsolutePath()), List.of(pkg), "auto", null,
                format, false, null);
    }

    static Map<String, String> scratchOnTestServer() {
        TestDatabase.server();
        return Map.of(PropertyNames.EMBEDDED_DIRECTORY, Path.of("target", "test-postgres").toAbsolutePath().toString());
    }

    static Catalog catalog(String url) throws Exception {
        try (Connection c = TestDatabase.connect(url)) {
            return new CatalogReader().read(c, List.of("public"));
        }
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void createUpgradeCheckDowngradeUpgradeGivesTheSameCatalog(Format format) throws Exception {
        String url = TestDatabase.create("roundtrip_" + format);
        TestProject project = TestProject.create("roundtrip-" + format);
        RecordingOutput output = new RecordingOutput();
        Wataomi w = new Wataomi(project.config(url, scratchOnTestServer()), output);
        AutogenOptions options = options("io.wataomi.entities.shop", format);

        CreateResult first = w.create("initial schema", options);
        assertNotNull(first.revision(), output.text());
        assertTrue(first.revision().file().toString().endsWith("." + format.extension()));
        w.upgrade("head", false, null);
        Catalog applied = catalog(url);
        assertEquals(List.of("customer", "order", "order_tag", "tag"), applied.tables().keySet().stream().map(q -> q.name())
                .filter(n -> !n.startsWith("databasechangelog")).sorted().toList());

        w.check(options);
        CreateResult again = w.create("nothing", options);
        assertNull(again.revision(), output.text());
        assertTrue(output.text().contains("No changes detected"), output.text());

        w.downgrade("base", false, null);
        assertEquals(List.of("databasechangelog"),
                catalog(url).tables().keySet().stream().map(q -> q.name()).sorted().toList());
        assertTrue(catalog(url).sequences().isEmpty());
        w.upgrade("head", false, null);
        assertEquals(applied, catalog(url));
        assertTrue(Files.readString(first.revision().file()).contains("initial schema"));
    }
}
