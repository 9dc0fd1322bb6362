package io.wataomi.core.autogen;

import io.wataomi.core.Wataomi;
import io.wataomi.core.introspect.CatalogReader;
import io.wataomi.core.model.Catalog;
import io.wataomi.core.model.QualifiedName;
import io.wataomi.core.render.Format;
import io.wataomi.core.testing.RecordingOutput;
import io.wataomi.core.testing.TestDatabase;
import io.wataomi.core.testing.TestProject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.sql.Connection;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * For every broad entity set (every mapping Hibernate supports on PostgreSQL): create from an empty database,
 * upgrade, check clean, create again writes nothing, downgrade base leaves only the history table, and upgrade
 * again gives the identical catalog.
 */
class BroadRoundTripTest {
    static final List<String> SCHEMAS = List.of("public", "billing");

    static Catalog catalog(String url) throws Exception {
        try (Connection c = TestDatabase.connect(url)) {
            return new CatalogReader().read(c, SCHEMAS);
        }
    }

    @ParameterizedTest
    @CsvSource({
        "io.wataomi.entities.broad.types, XML",
        "io.wataomi.entities.broad.relations, YAML",
        "io.wataomi.entities.broad.inheritance, SQL",
        "io.wataomi.entities.broad.keys, XML",
        "io.wataomi.entities.broad.reserved, SQL",
        "io.wataomi.entities.broad, XML"})
    void roundTripLeavesNothingBehindAndNothingToDetect(String pkg, Format format) throws Exception {
        String url = TestDatabase.create("broad");
        TestProject project = TestProject.create("broad");
        RecordingOutput output = new RecordingOutput();
        Wataomi w = new Wataomi(project.config(url, AutogenRoundTripTest.scratchOnTestServer()), output);
        AutogenOptions options = AutogenRoundTripTest.options(pkg, format);

        CreateResult first = w.create("broad " + pkg, options);
        assertNotNull(first.revision(), output.text());
        w.upgrade("head", false, null);
        Catalog applied = catalog(url);
        assertTrue(applied.tables().size() > 1, applied.tables().keySet().toString());

        w.check(options);
        assertNull(w.create("again", options).revision(), output.text());

        w.downgrade("base", false, null);
        Catalog empty = catalog(url);
        assertEquals(List.of(new QualifiedName("public", "databasechangelog")), List.copyOf(empty.tables().keySet()));
        assertTrue(empty.sequences().isEmpty() && empty.enums().isEmpty(), empty.toString());

        w.upgrade("head", false, null);
        assertEquals(applied, catalog(url));
    }
}
