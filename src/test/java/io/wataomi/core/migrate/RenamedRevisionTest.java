package io.wataomi.core.migrate;

import io.wataomi.core.Wataomi;
import io.wataomi.core.config.WataomiConfig;
import io.wataomi.core.revision.Revision;
import io.wataomi.core.revision.RevisionFiles;
import io.wataomi.core.revision.RevisionWriter;
import io.wataomi.core.shared.WataomiException;
import io.wataomi.core.testing.Quickstart;
import io.wataomi.core.testing.RecordingOutput;
import io.wataomi.core.testing.TestDatabase;
import io.wataomi.core.testing.TestProject;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A revision is known by its id: renaming its file keeps it applied, checksum-checked and reversible. */
class RenamedRevisionTest {

    /** Gives a revision file a new name, as a developer tidying the folder would, and rewrites the master to match. */
    static Path rename(WataomiConfig config, Path file, String newName) throws Exception {
        Path renamed = file.resolveSibling(newName);
        Files.move(file, renamed);
        RevisionWriter.writeMaster(config, RevisionFiles.graph(config));
        return renamed;
    }

    /** Removes the logical path wataomi now writes, so the files look like revisions written before it did. */
    static void withoutLogicalPaths(TestProject project) throws Exception {
        try (Stream<Path> files = Files.list(project.resourcesRoot().resolve("db/changelog/versions"))) {
            for (Path f : files.toList()) {
                Files.writeString(f, Files.readString(f).replaceAll("\\s+logicalFilePath=\"[^\"]*\"", ""));
            }
        }
    }

    @Test
    void aRenamedAndEditedRevisionIsStillCheckedAgainstItsChecksum() throws Exception {
        for (boolean declared : new boolean[] {true, false}) {
            TestProject project = Fixtures.threeRevisions("renamed_checksum");
            if (!declared) {
                withoutLogicalPaths(project);
            }
            String url = TestDatabase.create("renamed_checksum");
            project.wataomi(url, new RecordingOutput()).upgrade("head", false, null);

            Revision orders = project.revisions().get(1);
            Path renamed = rename(project.config(url), orders.file(), "orders_renamed.xml");
            Files.writeString(renamed, Files.readString(renamed).replace("varchar(30)", "varchar(40)"));

            WataomiException e = assertThrows(WataomiException.class,
                    () -> project.wataomi(url, new RecordingOutput()).upgrade("head", false, null),
                    "declared logical path: " + declared);
            assertTrue(e.getMessage().contains(orders.id()) && e.getMessage().contains("orders_renamed.xml")
                    && e.getMessage().contains("r2-2::test was edited after it was applied"), e.getMessage());
        }
    }

    /** The case: the quickstart's revisions predate logical paths, and the last one is renamed after it ran. */
    @Test
    void downgradeRollsBackARevisionWhoseFileWasRenamedAfterItRan() throws Exception {
        TestProject project = Quickstart.project("renamed_downgrade");
        withoutLogicalPaths(project); // the quickstart's files as written before revisions declared their path
        String url = TestDatabase.create("renamed_downgrade");
        Quickstart.upgraded(project, url, new RecordingOutput());
        WataomiConfig config = project.config(url);
        Revision member = RevisionFiles.graph(config).get("471694036036");
        String recorded = "db/changelog/versions/" + member.fileName();
        rename(config, member.file(), "20261124_0606-471694036036_workspace_members.xml");

        RecordingOutput output = new RecordingOutput();
        Wataomi wataomi = project.wataomi(url, output);
        MigrationResult down = wataomi.downgrade("-1", false, null);

        assertEquals("471694036036", down.ran().get(0).id());
        assertFalse(TestProject.tableExists(url, "workspace_member"), output.text());
        assertFalse(TestProject.appliedRevisions(url).contains("471694036036"), output.text());
        assertTrue(TestProject.historyRowCounts(url).keySet().stream().noneMatch(k -> k.startsWith(recorded)),
                "every history row of the revision is gone: " + TestProject.historyRowCounts(url));
        assertTrue(output.text().contains("WARN Revision 471694036036 (20261124_0606-471694036036_workspace_members.xml) is recorded"
                + " in the history as " + recorded), output.text());
        assertTrue(output.text().contains("logicalFilePath=\"" + recorded + "\""), output.text());

        wataomi.upgrade("head", false, null);
        assertTrue(TestProject.tableExists(url, "workspace_member"));
    }

    @Test
    void aDowngradeThatRemovesNoHistoryRowIsAnErrorNamingTheRevision() throws Exception {
        TestProject project = Quickstart.project("downgrade_no_row");
        String url = TestDatabase.create("downgrade_no_row");
        Quickstart.upgraded(project, url, new RecordingOutput());
        Map<String, Integer> before = TestProject.historyRowCounts(url);
        try (Connection c = TestDatabase.connect(url); Statement st = c.createStatement()) {
            // Something outside wataomi keeps the rows: the delete of the history rows affects none.
            st.execute("CREATE FUNCTION keep_history() RETURNS trigger LANGUAGE plpgsql AS 'BEGIN RETURN NULL; END'");
            st.execute("CREATE TRIGGER keep_history BEFORE DELETE ON databasechangelog FOR EACH ROW EXECUTE FUNCTION keep_history()");
        }

        WataomiException e = assertThrows(WataomiException.class,
                () -> project.wataomi(url, new RecordingOutput()).downgrade("-1", false, null));
        assertTrue(e.getMessage().contains("Revision 471694036036") && e.getMessage().contains("removed no history row"),
                e.getMessage());
        assertTrue(TestProject.tableExists(url, "workspace_member"), "the revision's rollback was undone with it");
        assertEquals(before, TestProject.historyRowCounts(url));
    }
}
