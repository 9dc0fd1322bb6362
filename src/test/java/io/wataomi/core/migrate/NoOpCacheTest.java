package io.wataomi.core.migrate;

import io.wataomi.core.revision.Revision;
import io.wataomi.core.shared.WataomiException;
import io.wataomi.core.testing.RecordingOutput;
import io.wataomi.core.testing.SchemaDump;
import io.wataomi.core.testing.TestDatabase;
import io.wataomi.core.testing.TestProject;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An upgrade with nothing to do is answered from one read of the history table and the changeSets cached under
 * target/ by content hash, without parsing a changelog, and only when the full path would answer the same: an edited
 * file, a tampered history row, a new revision, a renamed file or a file whose checksum depends on more than its bytes
 * all take the full path, with its errors and warnings.
 */
class NoOpCacheTest {
    private static final String FAST = "Nothing to do, from the history table";

    private static TestProject mavenProject(String label) throws Exception {
        TestProject project = TestProject.create(label);
        Files.writeString(project.basedir().resolve("pom.xml"), "<project/>\n");
        return project;
    }

    private static Revision note(TestProject project) {
        return project.writeRevision("create note", """
                    <changeSet id="n-1" author="test">
                        <createTable tableName="note"><column name="body" type="varchar(100)"/></createTable>
                    </changeSet>
                """);
    }

    private static Revision tag(TestProject project) {
        return project.writeRevision("create tag", """
                    <changeSet id="t-1" author="test">
                        <createTable tableName="tag"><column name="name" type="text"/></createTable>
                    </changeSet>
                    <changeSet id="t-2" author="test">
                        <createIndex tableName="tag" indexName="ix_tag_name"><column name="name"/></createIndex>
                    </changeSet>
                """);
    }

    private static RecordingOutput upgrade(TestProject project, String url) {
        RecordingOutput output = new RecordingOutput();
        project.wataomi(url, output).upgrade("head", false, null);
        return output;
    }

    private static Path cacheFile(TestProject project) {
        return project.basedir().resolve(ChecksumCache.FILE);
    }

    @Test
    void aSecondUpgradeIsAnsweredFromTheHistoryAndTheCacheWithoutTheFullPath() throws Exception {
        TestProject project = mavenProject("noop-cache");
        note(project);
        Revision last = tag(project);
        String url = TestDatabase.create("noop_cache");

        RecordingOutput first = upgrade(project, url);
        assertFalse(first.text().contains(FAST), first.text());
        List<String> cached = Files.readAllLines(cacheFile(project));
        assertEquals(1 + 2 + 3, cached.size(), "a header, then each changeSet of both files with its marker: " + cached);
        assertTrue(cached.stream().anyMatch(l -> l.contains("\tt-2\ttest\t") && l.contains("\t9:")), String.join("\n", cached));

        RecordingOutput second = upgrade(project, url);
        assertTrue(second.text().contains(FAST), second.text());
        assertTrue(second.text().contains("Nothing to do: the database is at " + last.id()), second.text());
    }

    @Test
    void aMasterWithEntriesOfItsOwnTakesTheFullPath() throws Exception {
        TestProject project = LegacyChangelogTest.legacyProject("noop-base");
        Files.writeString(project.basedir().resolve("pom.xml"), "<project/>\n");
        note(project);
        String url = TestDatabase.create("noop_base");
        upgrade(project, url);
        RecordingOutput again = upgrade(project, url);
        assertFalse(again.text().contains(FAST), "the base may hold runAlways changeSets: " + again.text());
        assertTrue(again.text().contains("Nothing to do: the database is at " + project.revisionIds().get(0)), again.text());
    }

    @Test
    void aProjectWithoutAPomKeepsNoCache() throws Exception {
        TestProject project = TestProject.create("noop-nopom");
        note(project);
        String url = TestDatabase.create("noop_nopom");
        upgrade(project, url);
        assertFalse(upgrade(project, url).text().contains(FAST));
        assertFalse(Files.exists(cacheFile(project)));
    }

    @Test
    void anAppliedFileEditedSinceIsStillRefused() throws Exception {
        TestProject project = mavenProject("noop-edited");
        Revision first = note(project);
        String url = TestDatabase.create("noop_edited");
        upgrade(project, url);
        assertTrue(upgrade(project, url).text().contains(FAST));

        Files.writeString(first.file(), Files.readString(first.file()).replace("varchar(100)", "varchar(200)"));
        assertRefusedAsEdited(project, url);
    }

    @Test
    void aHistoryRowWhoseChecksumDiffersIsLeftToTheFullPath() throws Exception {
        TestProject project = mavenProject("noop-tampered");
        note(project);
        String url = TestDatabase.create("noop_tampered");
        upgrade(project, url);
        try (Connection c = TestDatabase.connect(url); Statement st = c.createStatement()) {
            st.execute("UPDATE databasechangelog SET md5sum = '9:00000000000000000000000000000000' WHERE id = 'n-1'");
        }
        assertRefusedAsEdited(project, url);
    }

    /** The upgrade stops on changeSet n-1 as edited after it was applied. */
    private static void assertRefusedAsEdited(TestProject project, String url) {
        WataomiException e = assertThrows(WataomiException.class, () -> upgrade(project, url));
        assertTrue(e.getMessage().contains("n-1::test") && e.getMessage().contains("edited after it was applied"), e.getMessage());
    }

    @Test
    void aRevisionWrittenSinceIsApplied() throws Exception {
        TestProject project = mavenProject("noop-new");
        note(project);
        String url = TestDatabase.create("noop_new");
        upgrade(project, url);
        assertTrue(upgrade(project, url).text().contains(FAST));

        Revision added = tag(project);
        RecordingOutput output = upgrade(project, url);
        assertFalse(output.text().contains(FAST), output.text());
        assertTrue(TestProject.appliedRevisions(url).contains(added.id()));
        assertTrue(upgrade(project, url).text().contains(FAST), "cached again after it ran");
    }

    @Test
    void aRenamedFileStillGetsItsWarning() throws Exception {
        TestProject project = mavenProject("noop-renamed");
        Revision first = note(project);
        RenamedRevisionTest.withoutLogicalPaths(project);
        String url = TestDatabase.create("noop_renamed");
        upgrade(project, url);
        assertTrue(upgrade(project, url).text().contains(FAST));
        RenamedRevisionTest.rename(project.config(url), first.file(), "renamed_" + first.fileName());
        RecordingOutput output = upgrade(project, url);
        assertFalse(output.text().contains(FAST), output.text());
        assertTrue(output.text().contains("was renamed or moved after it ran"), output.text());
    }

    @Test
    void aFileWithAParameterIsParsedEveryTime() throws Exception {
        TestProject project = mavenProject("noop-parameter");
        project.writeRevision("create note", """
                    <property name="note.width" value="100"/>
                    <changeSet id="n-1" author="test">
                        <createTable tableName="note"><column name="body" type="varchar(${note.width})"/></createTable>
                    </changeSet>
                """);
        String url = TestDatabase.create("noop_parameter");
        upgrade(project, url);
        assertFalse(upgrade(project, url).text().contains(FAST));
        Path cache = cacheFile(project);
        assertTrue(!Files.exists(cache) || Files.readAllLines(cache).stream().noneMatch(l -> l.contains("\tn-1\t")));
    }

    @Test
    void aDamagedCacheIsIgnoredAndWrittenAgain() throws Exception {
        TestProject project = mavenProject("noop-damaged");
        note(project);
        String url = TestDatabase.create("noop_damaged");
        upgrade(project, url);
        String schema = SchemaDump.of(url, true);
        List<String> lines = Files.readAllLines(cacheFile(project));
        Files.writeString(cacheFile(project), lines.get(0) + "\nnot\ta cache line\n");

        assertFalse(upgrade(project, url).text().contains(FAST));
        // The same entries; a file read again only to check checksums is not validated, so it loses its "validated" flag.
        assertEquals(withoutValidatedFlag(lines), withoutValidatedFlag(Files.readAllLines(cacheFile(project))));
        assertTrue(upgrade(project, url).text().contains(FAST));
        assertEquals(schema, SchemaDump.of(url, true));
        assertEquals(Set.of(project.revisionIds().get(0)), TestProject.appliedRevisions(url));
    }

    @Test
    void historyRowsWrittenFromTheCacheCarryTheChecksumsLiquibaseComputes() throws Exception {
        TestProject project = mavenProject("noop-seeded");
        note(project);
        tag(project);
        String cold = TestDatabase.create("noop_seeded_cold");
        upgrade(project, cold);
        assertTrue(Files.exists(cacheFile(project)));
        String warm = TestDatabase.create("noop_seeded_warm");
        upgrade(project, warm);

        Map<String, String> computed = checksums(cold);
        assertEquals(2 + 3, computed.size(), computed.toString());
        assertEquals(computed, checksums(warm), "rows written with the cache's checksums equal those Liquibase computed");
        assertFalse(computed.get("t-1").equals(computed.get("t-2")), computed.toString());
    }

    @Test
    void aFileValidatedInAnEarlierRunIsValidatedAgainOnceEdited() throws Exception {
        TestProject project = mavenProject("noop-validated");
        Revision first = note(project);
        Revision second = project.writeRevision("create note again", """
                    <changeSet id="a-1" author="test">
                        <createTable tableName="note"><column name="body" type="text"/></createTable>
                    </changeSet>
                """);
        String url = TestDatabase.create("noop_validated");
        WataomiException refused = assertThrows(WataomiException.class, () -> upgrade(project, url));
        assertTrue(refused.getMessage().contains("already exists"), refused.getMessage());
        assertTrue(Files.readAllLines(cacheFile(project)).stream().filter(l -> l.contains("\ta-1\t")).allMatch(l -> l.endsWith("V")),
                "the file passed validation before the server refused it: " + Files.readString(cacheFile(project)));

        Files.writeString(second.file(), Files.readString(second.file()).replace("<column name=\"body\" type=\"text\"/>",
                "<column name=\"body\" type=\"text\"/><bogus/>"));
        WataomiException invalid = assertThrows(WataomiException.class, () -> upgrade(project, url));
        assertTrue(invalid.getMessage().contains("bogus"), "the edited bytes are validated again: " + invalid.getMessage());
        assertEquals(Set.of(first.id()), TestProject.appliedRevisions(url));
    }

    @Test
    void theCacheIsAsReadableAsTheFolderItIsIn() throws Exception {
        TestProject project = mavenProject("noop-perms");
        note(project);
        Path folder = cacheFile(project).getParent();
        Files.createDirectories(folder);
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        upgrade(project, TestDatabase.create("noop_perms"));
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(cacheFile(project))),
                "not the owner-only mode of a temporary file");
    }

    /** Each history row's checksum by changeSet id. */
    private static Map<String, String> checksums(String url) throws Exception {
        Map<String, String> out = new TreeMap<>();
        try (Connection c = TestDatabase.connect(url); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT id, md5sum FROM databasechangelog")) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getString(2));
            }
        }
        return out;
    }

    private static List<String> withoutValidatedFlag(List<String> lines) {
        return lines.stream().map(l -> l.replaceFirst("V$", "")).toList();
    }
}
