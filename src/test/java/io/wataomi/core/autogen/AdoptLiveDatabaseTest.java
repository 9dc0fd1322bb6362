package io.wataomi.core.autogen;

import io.wataomi.core.Wataomi;
import io.wataomi.core.entity.EntityRequest;
import io.wataomi.core.model.Catalog;
import io.wataomi.core.model.Table;
import io.wataomi.core.render.Format;
import io.wataomi.core.testing.DdlScript;
import io.wataomi.core.testing.EntityCompiler;
import io.wataomi.core.testing.RecordingOutput;
import io.wataomi.core.testing.TestDatabase;
import io.wataomi.core.testing.TestProject;
import io.wataomi.it.ScenarioDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Adopting wataomi on databases that something else built, shaped as public applications have them: a generated
 * application's database built by its own Liquibase changelogs, and a Spring Boot application's built by its
 * schema.sql. Both are read by the plugin's Hibernate and by the project's own (here the test classpath's). The first
 * create writes the revision that builds the schema as it is and records it as applied, changing nothing; check then
 * lists only the differences that are real, each asserted here; a second create and an upgrade align the database, after
 * which check is clean; and the revisions build the same schema on an empty database.
 */
@Tag("slow")
class AdoptLiveDatabaseTest {
    /** The Spring Boot clinic of the invoker scenario: its entities and its schema.sql. */
    private static final Path CLINIC = Path.of("src", "it", "adopt-hand-sql", "src", "main");
    private static final String SPRING_PHYSICAL = "org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy";

    @ParameterizedTest(name = "project's Hibernate: {0}")
    @ValueSource(booleans = {false, true})
    void aGeneratedAppsChangelogSchemaDiffersOnlyInTheEmailLength(boolean projectHibernate) throws Exception {
        Path classes = Path.of("target", "test-classes").toAbsolutePath();
        AutogenOptions options = options(projectHibernate ? withTestClasspath(classes) : List.of(classes),
                List.of("io.wataomi.entities.adopt.jhipster"), Map.of("hibernate.type.preferred_instant_jdbc_type", "TIMESTAMP"));
        Adoption a = adopt("generated", DdlScript.statements(Path.of("src", "test", "resources", "adopt", "generated-app.sql")), options);

        // Of the names the changelogs gave (fk_user_id, ux_user_login, ...) and the sequence's START 1050, none is a
        // difference: the entities name nothing. The one real difference is the e-mail column's length.
        assertEquals(List.of("alter column public.jhi_user.email type character varying(191) -> character varying(254)"), a.drift());
        String baseline = Files.readString(a.baseline());
        for (String named : List.of("fk_user_id", "fk_authority_name", "fk_bank_account__user_id", "fk_operation__bank_account_id",
                "fk_rel_operation__label__operation_id", "fk_rel_operation__label__label_id", "ux_user_login", "ux_user_email")) {
            assertTrue(baseline.contains("\"" + named + "\""), named + " in\n" + baseline);
        }
        assertTrue(baseline.contains("START WITH 1050"), baseline);
        try (Connection c = TestDatabase.connect(a.url())) {
            // The changelogs' own history rows are kept beside the revisions'.
            assertEquals(List.of("2"), ScenarioDatabase.rows(c, "SELECT count(*) FROM public.databasechangelog WHERE author = 'jhipster'"));
            assertEquals(List.of("254"), ScenarioDatabase.rows(c,
                    "SELECT character_maximum_length FROM information_schema.columns WHERE table_name = 'jhi_user' AND column_name = 'email'"));
            assertEquals(List.of("admin|admin@localhost"), ScenarioDatabase.rows(c, "SELECT login, email FROM public.jhi_user"));
        }
    }

    @ParameterizedTest(name = "project's Hibernate: {0}")
    @ValueSource(booleans = {false, true})
    void aSchemaSqlWithPostgresqlsOwnNamesDiffersOnlyWhereTheEntitiesDo(boolean projectHibernate) throws Exception {
        Path classes = EntityCompiler.compile(sources(CLINIC.resolve("java")));
        AutogenOptions options = options(projectHibernate ? withTestClasspath(classes) : List.of(classes), List.of(),
                Map.of());
        List<String> script = new ArrayList<>(DdlScript.statements(CLINIC.resolve("resources/schema.sql")));
        script.addAll(DdlScript.statements(CLINIC.resolve("resources/data.sql")));
        Adoption a = adopt("schemasql", script, options);

        // Every key, constraint and index is named by PostgreSQL (pets_owner_id_fkey, vets_last_name_idx, ...), and none
        // is a difference where the entities leave the name out. What remains is what the entities really say otherwise:
        // a telephone of ten characters, a set (so a primary key) where the script had a unique constraint, and the
        // one foreign key whose name the entities state.
        // (The project's Hibernate orders key columns as it does when it creates the schema itself.)
        assertEquals(List.of(
                "drop unique constraint vet_specialties_vet_id_specialty_id_key on public.vet_specialties",
                "rename constraint pets_type_id_fkey on public.pets to fk_pets_types",
                "alter column public.owners.telephone type text -> character varying(10)",
                "add primary key vet_specialties_pkey on public.vet_specialties "
                        + (projectHibernate ? "[specialty_id, vet_id]" : "[vet_id, specialty_id]")), a.drift());
        String baseline = Files.readString(a.baseline());
        for (String named : List.of("pets_owner_id_fkey", "visits_pet_id_fkey", "vet_specialties_vet_id_fkey", "owners_last_name_idx",
                "pets_owner_id_idx", "vet_specialties_vet_id_specialty_id_key")) {
            assertTrue(baseline.contains("\"" + named + "\""), named + " in\n" + baseline);
        }
        try (Connection c = TestDatabase.connect(a.url())) {
            assertEquals(List.of("Leo|Ada|6085551023|rabies shot"), ScenarioDatabase.rows(c, "SELECT p.name, o.first_name, o.telephone,"
                    + " v.description FROM pets p JOIN owners o ON o.id = p.owner_id JOIN visits v ON v.pet_id = p.id"));
            assertEquals(List.of("character varying"), ScenarioDatabase.rows(c,
                    "SELECT data_type FROM information_schema.columns WHERE table_name = 'owners' AND column_name = 'telephone'"));
        }
    }

    /**
     * What an adoption left: the database, the baseline revision's file, and the differences that check listed right
     * after it.
     */
    private record Adoption(String url, Path baseline, List<String> drift) {
    }

    /**
     * Builds the live database by hand, adopts it (create on a project with no revision), checks, aligns it (create,
     * upgrade), checks again, and builds an empty database from the revisions: each step as the README tells.
     */
    private static Adoption adopt(String label, List<String> liveScript, AutogenOptions options) throws Exception {
        String url = TestDatabase.create("adopt_" + label);
        DdlScript.apply(url, liveScript);
        Catalog built = schema(url);
        TestProject project = TestProject.create("adopt-" + label);
        RecordingOutput output = new RecordingOutput();
        Wataomi wataomi = new Wataomi(project.config(url, AutogenRoundTripTest.scratchOnTestServer()), output);

        CreateResult baseline = wataomi.create("baseline", options);
        assertNotNull(baseline.revision(), output.text());
        assertTrue(baseline.stamped(), output.text());
        assertEquals(built, schema(url), "the adoption changed the live schema");
        assertEquals(List.of(baseline.revision().id()), List.copyOf(TestProject.appliedRevisions(url)));
        assertTrue(output.text().contains("is recorded as applied here (stamped; nothing was run)"), output.text());

        DriftException drift = assertThrows(DriftException.class, () -> wataomi.check(options));
        List<String> listed = Arrays.stream(drift.getMessage().split("\n")).filter(l -> l.startsWith("  ")).map(String::strip).toList();
        assertTrue(output.text().contains("The entities and the database differ (" + listed.size() + " change(s))"), output.text());

        CreateResult aligned = wataomi.create("align with the entities", options);
        assertFalse(aligned.stamped());
        wataomi.upgrade("head", false, null);
        wataomi.check(options);

        String empty = TestDatabase.create("adopt_" + label + "_empty");
        new Wataomi(project.config(empty, AutogenRoundTripTest.scratchOnTestServer()), output).upgrade("head", false, null);
        assertEquals(schema(url), schema(empty), "an empty database upgraded from the revisions");
        return new Adoption(url, baseline.revision().file(), listed);
    }

    private static AutogenOptions options(List<Path> classpath, List<String> packages, Map<String, String> settings) {
        Map<String, String> hibernate = new TreeMap<>(settings);
        hibernate.put("hibernate.physical_naming_strategy", SPRING_PHYSICAL);
        return new AutogenOptions(classpath, packages, "auto", null, Format.XML, false, null,
                new EntityRequest.Application(null, List.of(), hibernate));
    }

    /** The classes first, then the test JVM's classpath, whose hibernate-core is then the project's own. */
    private static List<Path> withTestClasspath(Path classes) {
        List<Path> classpath = new ArrayList<>(List.of(classes));
        Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator)).map(Path::of)
                .filter(p -> !p.equals(classes)).forEach(classpath::add);
        return classpath;
    }

    /** The application's tables, keys, indexes and sequences, without the history tables. */
    private static Catalog schema(String url) throws Exception {
        Catalog all = AutogenRoundTripTest.catalog(url);
        List<Table> tables = all.tables().values().stream().filter(t -> !t.name().name().startsWith("databasechangelog")).toList();
        return Catalog.of(all.schemas(), tables, all.sequences().values(), all.enums().values(), all.views().values());
    }

    private static Map<String, String> sources(Path root) throws IOException {
        Map<String, String> sources = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String text = Files.readString(f);
                if (text.contains("jakarta.persistence")) {
                    String name = root.relativize(f).toString().replace(File.separatorChar, '.');
                    sources.put(name.substring(0, name.length() - ".java".length()), text);
                }
            }
        }
        return sources;
    }
}
