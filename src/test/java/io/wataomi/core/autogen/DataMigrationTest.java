package io.wataomi.core.autogen;

import io.wataomi.core.Wataomi;
import io.wataomi.core.render.Format;
import io.wataomi.core.shared.WataomiException;
import io.wataomi.core.testing.QuotingApplication;
import io.wataomi.core.testing.RecordingOutput;
import io.wataomi.core.testing.TestProject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static io.wataomi.core.autogen.RenamesAndSafetyTest.execute;
import static io.wataomi.core.autogen.RenamesAndSafetyTest.personWithCode;
import static io.wataomi.core.autogen.RenamesAndSafetyTest.query;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A NOT NULL column without a default added to a table that has rows, on a real PostgreSQL: create writes the three steps
 * and says what to complete; an upgrade of the UPDATE left blank stops before any NOT NULL; once the UPDATE is filled in,
 * the revision applies (the rows get their value, the column is NOT NULL) and rolls back (the column is gone, the rows stay).
 */
@Tag("slow")
class DataMigrationTest {
    private static final String BLANK = "/* the value for the existing rows */";

    @ParameterizedTest
    @CsvSource({"XML, true", "YAML, true", "SQL, true", "XML, false"})
    void theFilledInRevisionAppliesAndRollsBackOnATableWithRows(Format format, boolean safeDdl) throws Exception {
        String pkg = "dm" + format.name().toLowerCase() + safeDdl;
        RenamesAndSafetyTest.Fixture f = RenamesAndSafetyTest.Fixture.at("datamig_" + format.name().toLowerCase() + "_" + safeDdl, pkg);
        String url = f.url();
        RecordingOutput output = f.output();
        Wataomi w = f.wataomi();
        String before = String.join(",", TestProject.appliedRevisions(url));
        execute(url, "INSERT INTO person (id, name, age) VALUES (1, 'Ada', 36), (2, 'Alan', NULL)");

        AutogenOptions v2 = QuotingApplication.options(List.of(personWithCode(pkg + ".v2")), List.of(pkg + ".v2"), "standard", null,
                format, false, null);
        CreateResult created = w.create(new CreateOptions("person code", true, v2, safeDdl));
        Path file = created.revision().file();
        String text = Files.readString(file);
        String unescaped = text.replace("\\\"", "\"");
        assertTrue(text.contains("DATA MIGRATION: public.person has rows and code is NOT NULL without a default"), text);
        assertTrue(unescaped.contains("UPDATE \"public\".\"person\" SET \"code\" = " + BLANK + " WHERE \"code\" IS NULL"), text);
        assertTrue(text.contains("concat_ws(' ', \"first_name\", \"last_name\")"), text);
        assertTrue(created.diff().hints().isEmpty(), created.diff().hints().toString());
        assertTrue(output.text().contains("1 data migration(s) to complete before upgrading"), output.text());
        assertTrue(output.text().contains("WARN   public.person.code"), output.text());

        WataomiException blank = assertThrows(WataomiException.class, () -> w.upgrade("head", false, null));
        // Formatted SQL strips the comment from the statement it runs: the value is then plainly missing.
        assertTrue(blank.getMessage().contains("-2::wataomi-create") && blank.getMessage().contains("SET \"code\" = "
                + (format == Format.SQL ? " WHERE" : BLANK)), blank.getMessage());
        assertEquals(safeDdl ? "t" : "f", query(url, "SELECT count(*) = 1 FROM information_schema.columns WHERE table_name = 'person'"
                + " AND column_name = 'code'"), "with safeDdl the column was added before the UPDATE, in the transaction that committed");

        Files.writeString(file, text.replace(BLANK, "'P-' || id"));
        w.upgrade("head", false, null);
        assertEquals("P-1,P-2", query(url, "SELECT string_agg(code, ',' ORDER BY id) FROM person"));
        assertEquals("NO", query(url, "SELECT is_nullable FROM information_schema.columns WHERE table_name = 'person' AND column_name = 'code'"));
        assertEquals("0", query(url, "SELECT count(*) FROM pg_constraint WHERE conrelid = 'person'::regclass AND contype = 'c'"),
                "the check that stood for NOT NULL is gone");

        w.downgrade("-1", false, null);
        assertEquals(before, String.join(",", TestProject.appliedRevisions(url)));
        assertEquals("0", query(url, "SELECT count(*) FROM information_schema.columns WHERE table_name = 'person' AND column_name = 'code'"));
        assertEquals("Ada,Alan", query(url, "SELECT string_agg(name, ',' ORDER BY id) FROM person"));
        assertFalse(TestProject.appliedRevisions(url).contains(created.revision().id()));
    }
}
