package io.wataomi.core.migrate;

import io.wataomi.core.shared.Output;
import io.wataomi.core.revision.Revision;
import io.wataomi.core.testing.SchemaDump;
import io.wataomi.core.testing.TestDatabase;
import io.wataomi.core.testing.TestProject;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** upgrade with sql=true writes the SQL and leaves the database untouched. */
class OfflineSqlTest {

    @Test
    void offlineUpgradeWritesTheSqlAndChangesNothing() throws Exception {
        TestProject project = Fixtures.threeRevisions("offline");
        String url = TestDatabase.create("offline");
        Path file = project.basedir().resolve("target/upgrade.sql");

        MigrationResult result = project.wataomi(url, Output.silent()).upgrade("head", true, file);

        String sql = Files.readString(file, StandardCharsets.UTF_8);
        assertEquals(result.script(), sql);
        assertEquals(project.revisionIds(), result.ran().stream().map(Revision::id).toList());
        for (String table : List.of("customer", "product", "orders")) {
            assertTrue(sql.matches("(?s).*CREATE TABLE (public\\.)?" + table + " \\(.*"), "no CREATE TABLE " + table + " in:\n" + sql);
        }
        assertTrue(sql.contains("CREATE INDEX idx_customer_email"), sql);
        assertTrue(sql.contains("databasechangelog"), "the script records the history too:\n" + sql);
        int transactions = sql.split("\nBEGIN;\n", -1).length - 1;
        assertEquals(project.revisionIds().size(), transactions, sql);
        assertEquals(transactions, sql.split("\nBEGIN;\nSET LOCAL lock_timeout = '5000ms';\n", -1).length - 1,
                "every revision's transaction must begin with the lock timeout:\n" + sql);
        for (String id : project.revisionIds()) {
            assertTrue(sql.contains("'" + id + "'"), "the script must record the marker of " + id);
        }

        assertFalse(TestProject.tableExists(url, "databasechangelog"), "no history table may be created");
        assertFalse(TestProject.tableExists(url, "databasechangeloglock"), "no lock table may be created");
        assertEquals("", SchemaDump.of(url, true), "no application table may be created");
    }

    @Test
    void offlineUpgradeFromARevisionCoversOnlyThePendingOnes() throws Exception {
        TestProject project = Fixtures.threeRevisions("offline_partial");
        String url = TestDatabase.create("offline_partial");
        List<String> ids = project.revisionIds();
        project.wataomi(url, Output.silent()).upgrade(ids.get(0), false, null);
        String before = SchemaDump.of(url, true);
        var historyBefore = TestProject.historyRowCounts(url);

        Path file = project.basedir().resolve("target/partial.sql");
        project.wataomi(url, Output.silent()).upgrade("head", true, file);
        String sql = Files.readString(file, StandardCharsets.UTF_8);

        assertFalse(sql.matches("(?s).*CREATE TABLE (public\\.)?customer \\(.*"), "revision 1 is applied already:\n" + sql);
        assertTrue(sql.matches("(?s).*CREATE TABLE (public\\.)?orders \\(.*"), sql);
        assertEquals(List.of(ids.get(0)), List.copyOf(TestProject.appliedRevisions(url)));
        assertEquals(historyBefore, TestProject.historyRowCounts(url));
        assertEquals(before, SchemaDump.of(url, true), "the database must be unchanged");
    }
}
