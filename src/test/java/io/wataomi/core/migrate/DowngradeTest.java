package io.wataomi.core.migrate;

import io.wataomi.core.shared.Output;
import io.wataomi.core.shared.WataomiException;
import io.wataomi.core.revision.Revision;
import io.wataomi.core.testing.SchemaDump;
import io.wataomi.core.testing.TestDatabase;
import io.wataomi.core.testing.TestProject;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** downgrade: -1, a revision, base, offline SQL, and the refusal of changes with no rollback. */
class DowngradeTest {

    /** Two reversible revisions: a table, then a column and an index on it. */
    private static TestProject reversible(String label) {
        TestProject p = TestProject.create(label);
        p.writeRevision("create account", """
                    <changeSet id="a-1" author="test">
                        <createTable tableName="account">
                            <column name="id" type="bigint" autoIncrement="true"><constraints primaryKey="true"/></column>
                            <column name="email" type="varchar(255)"><constraints nullable="false"/></column>
                        </createTable>
                    </changeSet>
                """);
        p.writeRevision("add account bio", """
                    <changeSet id="b-1" author="test">
                        <addColumn tableName="account"><column name="bio" type="text"/></addColumn>
                    </changeSet>
                    <changeSet id="b-2" author="test">
                        <createIndex tableName="account" indexName="idx_account_email"><column name="email"/></createIndex>
                    </changeSet>
                """);
        return p;
    }

    @Test
    void minusOneRestoresTheExactPreviousSchemaAndBaseLeavesOnlyHistory() throws Exception {
        TestProject project = reversible("down_steps");
        List<String> ids = project.revisionIds();
        String url = TestDatabase.create("down_steps");
        String reference = TestDatabase.create("down_steps_ref");
        project.wataomi(reference, Output.silent()).upgrade(ids.get(0), false, null);

        project.wataomi(url, Output.silent()).upgrade("head", false, null);
        MigrationResult down = project.wataomi(url, Output.silent()).downgrade("-1", false, null);

        assertEquals(List.of(ids.get(1)), down.ran().stream().map(Revision::id).toList());
        assertEquals(Set.of(ids.get(0)), TestProject.appliedRevisions(url));
        assertEquals(SchemaDump.of(reference, true), SchemaDump.of(url, true));
        assertFalse(TestProject.historyRowCounts(url).keySet().stream().anyMatch(k -> k.contains("b-")),
                "the rolled-back changeSets' history rows must be gone: " + TestProject.historyRowCounts(url));

        project.wataomi(url, Output.silent()).downgrade("base", false, null);
        assertEquals(Set.of(), TestProject.appliedRevisions(url));
        assertEquals("", SchemaDump.of(url, true), "only the history tables may remain");
        assertTrue(TestProject.tableExists(url, "databasechangelog"));
    }

    @Test
    void offlineDowngradeWritesTheRollbackAndChangesNothing() throws Exception {
        TestProject project = reversible("down_sql");
        List<String> ids = project.revisionIds();
        String url = TestDatabase.create("down_sql");
        project.wataomi(url, Output.silent()).upgrade("head", false, null);
        String before = SchemaDump.of(url, true);
        var history = TestProject.historyRowCounts(url);

        Path file = project.basedir().resolve("target/down.sql");
        MigrationResult result = project.wataomi(url, Output.silent()).downgrade(ids.get(0), true, file);
        String sql = Files.readString(file, StandardCharsets.UTF_8);

        assertEquals(List.of(ids.get(1)), result.ran().stream().map(Revision::id).toList());
        assertTrue(sql.contains("DROP INDEX") && sql.contains("DROP COLUMN bio"), sql);
        assertTrue(sql.contains("DELETE FROM public.databasechangelog WHERE ID = '" + ids.get(1) + "'"), sql);
        assertFalse(sql.contains("DROP TABLE"), "the first revision stays:\n" + sql);
        assertEquals(before, SchemaDump.of(url, true), "the database must be unchanged");
        assertEquals(history, TestProject.historyRowCounts(url));
    }

    @Test
    void aChangeWithNoRollbackIsRefusedBeforeAnythingChanges() throws Exception {
        TestProject project = Fixtures.threeRevisions("down_refused");
        String url = TestDatabase.create("down_refused");
        project.wataomi(url, Output.silent()).upgrade("head", false, null);
        String before = SchemaDump.of(url, true);
        Set<String> applied = TestProject.appliedRevisions(url);

        // The last revision's changeSet r3-2 holds an <update>, which Liquibase cannot reverse.
        WataomiException e = assertThrows(WataomiException.class,
                () -> project.wataomi(url, Output.silent()).downgrade("base", false, null));
        assertTrue(e.getMessage().contains("r3-2::test") && e.getMessage().contains("<rollback>"), e.getMessage());
        assertTrue(e.getMessage().contains(project.revisions().get(2).fileName()), e.getMessage());
        assertEquals(applied, TestProject.appliedRevisions(url));
        assertEquals(before, SchemaDump.of(url, true));
    }
}
