package io.wataomi.core.autogen;

import io.wataomi.core.testing.QuotingApplication;
import io.wataomi.core.Wataomi;
import io.wataomi.core.config.PropertyNames;
import io.wataomi.core.render.Format;
import io.wataomi.core.testing.EntityCompiler;
import io.wataomi.core.testing.RecordingOutput;
import io.wataomi.core.testing.TestDatabase;
import io.wataomi.core.testing.TestProject;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Renames keep data and roll back; destructive changes are marked; history mode needs no database. */
class RenamesAndSafetyTest {
    static Path person(String pkg, String table, String nameColumn, boolean ageNullable) {
        return person(pkg, table, nameColumn, ageNullable, "");
    }

    /** A Person entity compiled at test time; {@code extra} adds field declarations. */
    static Path person(String pkg, String table, String nameColumn, boolean ageNullable, String extra) {
        String src = "package " + pkg + ";\n"
                + "import jakarta.persistence.*;\n"
                + "@Entity @Table(name = \"" + table + "\")\n"
                + "public class Person {\n"
                + "    @Id Long id;\n"
                + "    @Column(name = \"" + nameColumn + "\", length = 80) String name;\n"
                + "    @Column(name = \"age\", nullable = " + ageNullable + ") Integer age;\n"
                + extra
                + "}\n";
        return EntityCompiler.compile(Map.of(pkg + ".Person", src));
    }

    /** A project whose database holds the first Person revision, applied. */
    record Fixture(String url, RecordingOutput output, Wataomi wataomi) {
        static Fixture at(String label, String pkg) {
            String url = TestDatabase.create(label);
            RecordingOutput output = new RecordingOutput();
            Wataomi w = new Wataomi(TestProject.create(label).config(url, AutogenRoundTripTest.scratchOnTestServer()), output);
            w.create("person", options(person(pkg + ".v1", "person", "name", true), pkg + ".v1", null));
            w.upgrade("head", false, null);
            return new Fixture(url, output, w);
        }
    }

    static AutogenOptions options(Path classes, String pkg, String renames) {
        return QuotingApplication.options(List.of(classes), List.of(pkg), "standard", renames, Format.XML, false, null);
    }

    static String query(String url, String sql) throws Exception {
        try (Connection c = TestDatabase.connect(url); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    static void execute(String url, String sql) throws Exception {
        try (Connection c = TestDatabase.connect(url); Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    @Test
    void confirmedColumnAndTableRenamesKeepTheRowsAndRollBack() throws Exception {
        String url = TestDatabase.create("renames");
        RecordingOutput output = new RecordingOutput();
        Wataomi w = new Wataomi(TestProject.create("renames").config(url, AutogenRoundTripTest.scratchOnTestServer()), output);
        w.create("person", options(person("r.v1", "person", "fullname", true), "r.v1", null));
        w.upgrade("head", false, null);
        execute(url, "INSERT INTO person (id, fullname, age) VALUES (1, 'Ada', 36)");

        AutogenOptions renamedColumn = options(person("r.v2", "person", "display_name", true), "r.v2", null);
        DriftException drift = assertThrows(DriftException.class, () -> w.check(renamedColumn));
        assertTrue(drift.getMessage().contains("-Dwataomi.renames=person.fullname:display_name"), drift.getMessage());

        CreateResult column = w.create("rename fullname", options(person("r.v2b", "person", "display_name", true), "r.v2b",
                "person.fullname:display_name"));
        assertEquals(List.of("rename column public.person.fullname to display_name"),
                column.diff().operations().stream().map(op -> op.describe()).toList());
        assertTrue(Files.readString(column.revision().file()).contains("<renameColumn"));
        w.upgrade("head", false, null);
        assertEquals("Ada", query(url, "SELECT display_name FROM person WHERE id = 1"));

        CreateResult table = w.create("rename table", options(person("r.v3", "people", "display_name", true), "r.v3", "person:people"));
        // The primary key keeps its name: JPA cannot name one, so its name is not compared.
        assertEquals(List.of("rename table public.person to people"),
                table.diff().operations().stream().map(op -> op.describe()).toList());
        w.upgrade("head", false, null);
        assertEquals("Ada", query(url, "SELECT display_name FROM people WHERE id = 1"));

        w.downgrade("-2", false, null);
        assertEquals("Ada", query(url, "SELECT fullname FROM person WHERE id = 1"));
    }

    @Test
    void notNullOverNullsAndNarrowingAreMarkedDestructiveInOutputAndFile() throws Exception {
        Fixture f = Fixture.at("destructive", "d");
        String url = f.url();
        RecordingOutput output = f.output();
        Wataomi w = f.wataomi();
        execute(url, "INSERT INTO person (id, name, age) VALUES (1, 'Ada', NULL)");

        CreateResult strict = w.create("age required", options(person("d.v2", "person", "name", false), "d.v2", null));
        assertTrue(output.text().contains("DESTRUCTIVE: set not null public.person.age (the column holds NULLs)"), output.text());
        assertTrue(Files.readString(strict.revision().file()).contains("<!-- DESTRUCTIVE: set not null public.person.age"));
        assertEquals(1, strict.diff().destructive().size());
    }

    static Path personWithCode(String pkg) {
        return person(pkg, "person", "name", true, "    @Column(name = \"code\", nullable = false) String code;\n");
    }

    @Test
    void aRequiredColumnWithoutDefaultIsADataMigrationOnlyOnATableWithRows() throws Exception {
        Fixture f = Fixture.at("required", "q");
        String url = f.url();
        RecordingOutput output = f.output();
        Wataomi w = f.wataomi();
        CreateResult empty = w.create("code on an empty table", options(personWithCode("q.v2"), "q.v2", null));
        assertTrue(empty.diff().hints().isEmpty(), empty.diff().hints().toString());
        assertFalse(Files.readString(empty.revision().file()).contains("DATA MIGRATION"));
        w.upgrade("head", false, null);
        w.downgrade("-1", false, null);
        java.nio.file.Files.delete(empty.revision().file());
        execute(url, "INSERT INTO person (id, name, age) VALUES (1, 'Ada', NULL)");
        CreateResult full = w.create("code on a table with rows", options(personWithCode("q.v3"), "q.v3", null));
        assertTrue(full.diff().hints().isEmpty(), full.diff().hints().toString());
        assertTrue(Files.readString(full.revision().file()).contains("DATA MIGRATION: public.person has rows and code is NOT NULL"));
        assertTrue(output.text().contains("the new column is NOT NULL without a default, so the revision adds it nullable"), output.text());
    }

    @Test
    void theNullCheckOfARenamedTableLooksAtItsOldName() throws Exception {
        Fixture f = Fixture.at("renamednull", "n");
        String url = f.url();
        RecordingOutput output = f.output();
        Wataomi w = f.wataomi();
        execute(url, "INSERT INTO person (id, name, age) VALUES (1, 'Ada', NULL)");
        CreateResult c = w.create("rename and require", options(person("n.v2", "people", "name", false), "n.v2", "person:people"));
        assertTrue(c.diff().operations().contains(new io.wataomi.core.diff.Operation.SetNotNull(
                new io.wataomi.core.model.QualifiedName("public", "people"), "age", true)), c.diff().operations().toString());
    }

    @Test
    void diffAgainstHistoryNeedsNoLiveDatabase() throws Exception {
        String url = TestDatabase.create("history");
        TestProject project = TestProject.create("history");
        Wataomi live = new Wataomi(project.config(url, AutogenRoundTripTest.scratchOnTestServer()), new RecordingOutput());
        live.create("person", options(person("h.v1", "person", "name", true), "h.v1", null));

        Map<String, String> settings = new HashMap<>(AutogenRoundTripTest.scratchOnTestServer());
        RecordingOutput output = new RecordingOutput();
        Wataomi offline = new Wataomi(project.config("jdbc:postgresql://127.0.0.1:1/nowhere", settings), output);
        AutogenOptions v2 = QuotingApplication.options(List.of(person("h.v2", "person", "name", false)), List.of("h.v2"), "standard", null,
                Format.YAML, true, null);
        CreateResult created = offline.create("age required", v2);
        assertEquals(List.of("set not null public.person.age"), created.diff().operations().stream().map(op -> op.describe()).toList());
        assertTrue(created.revision().file().toString().endsWith(".yaml"));
        assertFalse(output.text().contains("nowhere"), output.text());
    }
}
