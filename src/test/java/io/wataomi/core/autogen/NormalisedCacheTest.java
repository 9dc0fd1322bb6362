package io.wataomi.core.autogen;

import io.wataomi.core.db.ScratchDatabase;
import io.wataomi.core.db.ScratchServer;
import io.wataomi.core.entity.EntityModel;
import io.wataomi.core.entity.EntitySource;
import io.wataomi.core.model.Catalog;
import io.wataomi.core.model.Column;
import io.wataomi.core.model.ForeignKey;
import io.wataomi.core.model.QualifiedName;
import io.wataomi.core.model.Table;
import io.wataomi.core.shared.Output;
import io.wataomi.core.testing.QuotingApplication;
import io.wataomi.core.testing.TestDatabase;
import io.wataomi.core.testing.TestProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The schema cache gives exactly the tables the DDL gives without it, whether it holds all, some or none of them;
 * and an entry is used only for the very definition, plugin build and server version it was made from.
 */
class NormalisedCacheTest {
    private static final Column POISON = new Column("poisoned_by_the_cache", "integer", true, null, null, null, null);

    private static EntityModel model(String pkg) {
        return EntitySource.load(QuotingApplication.request(List.of(Path.of("target", "test-classes").toAbsolutePath()),
                List.of(pkg), "standard", "public"), Output.silent());
    }

    private static List<String> schemas(EntityModel model) {
        Set<String> all = new TreeSet<>(model.schemas());
        all.add("public");
        return List.copyOf(all);
    }

    private static Catalog normalise(List<String> ddl, List<String> schemas, NormalisedCache cache) {
        ScratchServer server = ScratchServer.embedded(Path.of("target", "test-postgres").toAbsolutePath(), Output.silent());
        TestDatabase.server();
        try (ScratchDatabase scratch = ScratchDatabase.create(server)) {
            return ScratchNormaliser.normalise(scratch, ddl, schemas, "public", cache, Output.silent()).catalog();
        }
    }

    private static NormalisedCache cache() {
        return new NormalisedCache(TestProject.create("cache").basedir().resolve(Autogenerate.CACHE_DIRECTORY));
    }

    private static List<Path> entries(NormalisedCache cache) throws IOException {
        try (Stream<Path> files = Files.list(cache.directory())) {
            return files.sorted().toList();
        }
    }

    private static Table poisoned(Table t) {
        List<Column> columns = new ArrayList<>(t.columns());
        columns.add(POISON);
        return new Table(t.name(), columns, t.primaryKey(), t.uniques(), t.indexes(), t.foreignKeys(), t.checks(), t.comment());
    }

    private static Set<QualifiedName> poisonedTables(Catalog catalog) {
        Set<QualifiedName> out = new TreeSet<>();
        catalog.tables().values().stream().filter(t -> t.columns().contains(POISON)).forEach(t -> out.add(t.name()));
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"io.wataomi.entities.shop", "io.wataomi.entities.broad.keys", "io.wataomi.entities.broad.relations"})
    void theCacheGivesTheTablesTheDdlGivesWhetherItHoldsAllSomeOrNone(String pkg) throws IOException {
        EntityModel model = model(pkg);
        List<String> schemas = schemas(model);
        Catalog plain = normalise(model.ddl(), schemas, null);
        NormalisedCache cache = cache();
        Catalog cold = normalise(model.ddl(), schemas, cache);
        assertEquals(plain.tables().size(), entries(cache).size(), "one entry per table");
        Catalog warm = normalise(model.ddl(), schemas, cache);
        List<Path> all = entries(cache);
        for (int i = 0; i < all.size(); i += 2) {
            Files.delete(all.get(i));
        }
        Catalog partly = normalise(model.ddl(), schemas, cache);
        assertTrue(plain.tables().size() > 1);
        assertEquals(plain, cold);
        assertEquals(plain, warm);
        assertEquals(plain, partly);
    }

    @Test
    void anEntryIsUsedOnlyWhileTheTableAndTheTablesItReferencesAreDefinedAsWhenItWasMade() throws IOException {
        EntityModel model = model("io.wataomi.entities.shop");
        List<String> schemas = schemas(model);
        NormalisedCache cache = cache();
        Catalog plain = normalise(model.ddl(), schemas, cache);
        for (Path entry : entries(cache)) {
            String key = entry.getFileName().toString().replace(".json", "");
            cache.put(key, poisoned(cache.get(key).orElseThrow()));
        }
        assertEquals(plain.tables().keySet(), poisonedTables(normalise(model.ddl(), schemas, cache)),
                "an unchanged definition is taken from the cache (the poisoned entries show it)");

        QualifiedName changed = new QualifiedName("public", "customer");
        List<String> ddl = model.ddl().stream().map(s -> s.startsWith("create table public.customer (")
                ? s.replace("create table public.customer (", "create table public.customer (added_column integer, ") : s).toList();
        assertFalse(ddl.equals(model.ddl()), "the DDL names the table as expected: " + model.ddl());
        Catalog after = normalise(ddl, schemas, cache);

        Set<QualifiedName> fresh = new TreeSet<>(Set.of(changed));
        for (Table t : plain.tables().values()) {
            if (t.foreignKeys().stream().map(ForeignKey::target).anyMatch(changed::equals)) {
                fresh.add(t.name());
            }
        }
        assertTrue(fresh.size() > 1, "some table references the changed one: " + fresh);
        Set<QualifiedName> stillPoisoned = new TreeSet<>(plain.tables().keySet());
        stillPoisoned.removeAll(fresh);
        assertEquals(stillPoisoned, poisonedTables(after));
        Catalog expected = normalise(ddl, schemas, null);
        for (QualifiedName name : fresh) {
            assertEquals(expected.table(name), after.table(name));
        }
        assertTrue(after.table(changed).orElseThrow().column("added_column").isPresent());
    }

    @Test
    void entriesOfAnotherPluginBuildServerVersionOrDefaultSchemaAreNotUsed() throws Exception {
        EntityModel model = model("io.wataomi.entities.shop");
        List<String> schemas = schemas(model);
        Catalog plain = normalise(model.ddl(), schemas, null);
        List<String> statements = model.ddl().stream().filter(ScratchNormaliser::applies).toList();
        String version;
        TableDefinitions definitions;
        try (Connection c = TestDatabase.connect(TestDatabase.server().jdbcUrl("postgres")); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SHOW server_version_num")) {
            rs.next();
            version = rs.getString(1);
            definitions = TableDefinitions.of(statements, "public", c);
        }
        String otherMajor = String.valueOf(Integer.parseInt(version) - 10000);
        String build = NormalisedCache.build();
        for (String context : List.of("another-build/" + version + "/public", build + "/" + otherMajor + "/public",
                build + "/" + version + "/other")) {
            NormalisedCache cache = cache();
            for (Table t : plain.tables().values()) {
                cache.put(definitions.key(t.name(), context), poisoned(t));
            }
            Catalog read = normalise(model.ddl(), schemas, cache);
            assertEquals(Set.of(), poisonedTables(read), context);
            assertEquals(plain, read, context);
        }
        NormalisedCache same = cache();
        for (Table t : plain.tables().values()) {
            same.put(definitions.key(t.name(), build + "/" + version + "/public"), poisoned(t));
        }
        assertEquals(plain.tables().keySet(), poisonedTables(normalise(model.ddl(), schemas, same)),
                "the same build, version and schema do find the entries");
    }
}
