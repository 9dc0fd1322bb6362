package io.wataomi.core.migrate;

import io.wataomi.core.revision.Revision;
import io.wataomi.core.revision.RevisionException;
import io.wataomi.core.shared.Output;
import io.wataomi.core.testing.TestDatabase;
import io.wataomi.core.testing.TestProject;
import liquibase.Scope;
import liquibase.changelog.ChangeLogParameters;
import liquibase.exception.ChangeLogParseException;
import liquibase.parser.core.xml.XMLChangeLogSAXParser;
import liquibase.resource.DirectoryResourceAccessor;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A revision's XML is held to the grammar it names, compiled once: a violation is reported at the line and column
 * Liquibase's own validating parser gives, with its text, before anything runs; other shapes are left to Liquibase's
 * parser.
 */
class ChangelogSchemaTest {
    private static final String BAD_ATTRIBUTE = """
                <changeSet id="n-1" author="test">
                    <createTable tableName="note"><column name="body" type="text" nullabel="false"/></createTable>
                </changeSet>
            """;

    /** What Liquibase's validating parser says about the file, the way plain Liquibase reads it. */
    private static String liquibaseSays(TestProject project, Revision revision) throws Exception {
        DirectoryResourceAccessor resources = new DirectoryResourceAccessor(project.resourcesRoot());
        ChangeLogParseException e = assertThrows(ChangeLogParseException.class, () -> Scope.child(
                Map.of(Scope.Attr.resourceAccessor.name(), resources),
                () -> new XMLChangeLogSAXParser().parse(revision.logicalPath(), new ChangeLogParameters(), resources)));
        return e.getMessage();
    }

    @Test
    void aViolationIsTheOneLiquibaseReportsAndNothingRuns() throws Exception {
        TestProject project = TestProject.create("xsd-bad");
        Revision revision = project.writeRevision("create note", BAD_ATTRIBUTE);
        String url = TestDatabase.create("xsd_bad");

        RevisionException e = assertThrows(RevisionException.class, () -> project.wataomi(url, Output.silent()).upgrade("head", false, null));
        // Liquibase names the same line and column; its text is misleading on a file that opens with a comment block, as
        // every revision does ("databaseChangeLog" expected as root element), so the violation's own text is given here.
        String liquibase = liquibaseSays(project, revision);
        String where = liquibase.substring(0, liquibase.indexOf(": ") + 2);
        assertTrue(where.matches("Error parsing line \\d+ column \\d+ of .*" + revision.fileName() + ": "), liquibase);
        assertTrue(e.getMessage().contains("is not a valid changelog: " + where + "cvc-complex-type.3.2.2: Attribute 'nullabel' is not"
                + " allowed to appear in element 'column'."), e.getMessage() + "\nLiquibase: " + liquibase);
        assertEquals(Set.of(), TestProject.appliedRevisions(url));
    }

    @Test
    void thePlainShapeIsValidatedHereAndOtherShapesAreLeftToLiquibase() throws Exception {
        TestProject project = TestProject.create("xsd-shapes");
        Revision plain = project.writeRevision("create note", BAD_ATTRIBUTE);
        assertThrows(org.xml.sax.SAXParseException.class, () -> ChangelogSchema.validate(plain.file()));

        Path other = plain.file().resolveSibling("other.xml");
        Files.writeString(other, Files.readString(plain.file()).replace("xmlns:xsi=", "xmlns:ext=\"http://www.liquibase.org/xml/ns/dbchangelog-ext\" xmlns:xsi="));
        assertFalse(ChangelogSchema.validate(other), "another namespace: Liquibase's parser validates it");

        Files.writeString(other, Files.readString(plain.file()).replaceAll("xsi:schemaLocation=\"[^\"]*\"", ""));
        assertFalse(ChangelogSchema.validate(other), "no grammar named");

        Files.writeString(other, Files.readString(plain.file()).replace("dbchangelog-latest.xsd", "dbchangelog-99.9.xsd"));
        assertFalse(ChangelogSchema.validate(other), "a grammar Liquibase does not ship");
    }

    @Test
    void aValidRevisionIsValidatedWithTheCompiledGrammarAndRuns() throws Exception {
        TestProject project = TestProject.create("xsd-good");
        Revision revision = project.writeRevision("create note", BAD_ATTRIBUTE.replace("nullabel", "remarks"));
        assertTrue(ChangelogSchema.validate(revision.file()));
        String url = TestDatabase.create("xsd_good");
        project.wataomi(url, Output.silent()).upgrade("head", false, null);
        assertEquals(Set.of(revision.id()), TestProject.appliedRevisions(url));
    }
}
