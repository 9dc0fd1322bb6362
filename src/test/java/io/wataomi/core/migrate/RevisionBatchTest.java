package io.wataomi.core.migrate;

import io.wataomi.core.revision.Revision;
import io.wataomi.core.shared.Output;
import io.wataomi.core.shared.WataomiException;
import io.wataomi.core.testing.SchemaDump;
import io.wataomi.core.testing.TestDatabase;
import io.wataomi.core.testing.TestProject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A revision's structural DDL and history rows go to the server in one batch with its commit: a statement of the batch
 * that fails is still named with its own changeSet, and whatever could see the revision so far (SQL the revision wrote,
 * a precondition's query) runs after what was kept back.
 */
class RevisionBatchTest {

    @Test
    void aStatementThatFailsInTheBatchIsNamedWithItsOwnChangeSet() throws Exception {
        TestProject project = TestProject.create("batch-failure");
        Revision first = project.writeRevision("account", """
                    <changeSet id="a-1" author="test">
                        <createTable tableName="account"><column name="id" type="int"/></createTable>
                    </changeSet>
                """);
        project.writeRevision("three changeSets, the second refused", """
                    <changeSet id="b-1" author="test">
                        <createTable tableName="invoice"><column name="id" type="int"/></createTable>
                    </changeSet>
                    <changeSet id="b-2" author="test">
                        <createIndex tableName="account" indexName="ix_account_missing"><column name="missing"/></createIndex>
                    </changeSet>
                    <changeSet id="b-3" author="test">
                        <addColumn tableName="invoice"><column name="total" type="numeric(12, 2)"/></addColumn>
                    </changeSet>
                """);
        String url = TestDatabase.create("batch_failure");
        project.wataomi(url, Output.silent()).upgrade(first.id(), false, null);
        String before = SchemaDump.of(url, true);

        WataomiException e = assertThrows(WataomiException.class,
                () -> project.wataomi(url, Output.silent()).upgrade("head", false, null));
        assertInstanceOf(MigrationFailure.class, e);
        String message = e.getMessage();
        assertTrue(message.contains("failed in changeSet b-2::test"), "the index's own changeSet, not the last one run: " + message);
        assertTrue(message.contains("column \"missing\" does not exist"), message);
        assertTrue(message.contains("Statement: CREATE INDEX ix_account_missing"), message);
        assertEquals(before, SchemaDump.of(url, true), "nothing of the failed revision stays");
        assertEquals(Set.of(first.id()), TestProject.appliedRevisions(url));
    }

    @Test
    void sqlThatTheRevisionWroteAndPreconditionsSeeTheRevisionSoFar() throws Exception {
        TestProject project = TestProject.create("batch-order");
        project.writeRevision("audit", """
                    <changeSet id="r-1" author="test">
                        <createTable tableName="audit"><column name="seen" type="bigint"/></createTable>
                    </changeSet>
                    <changeSet id="r-2" author="test">
                        <sql>INSERT INTO audit SELECT count(*) FROM databasechangelog WHERE id = 'r-1'</sql>
                    </changeSet>
                    <changeSet id="r-3" author="test">
                        <createTable tableName="audit_detail"><column name="id" type="int"/></createTable>
                    </changeSet>
                    <changeSet id="r-4" author="test">
                        <preConditions onFail="HALT">
                            <sqlCheck expectedResult="1">SELECT count(*) FROM pg_tables WHERE tablename = 'audit_detail'</sqlCheck>
                        </preConditions>
                        <addColumn tableName="audit_detail"><column name="note" type="text"/></addColumn>
                    </changeSet>
                """);
        String url = TestDatabase.create("batch_order");
        project.wataomi(url, Output.silent()).upgrade("head", false, null);

        try (Connection c = TestDatabase.connect(url); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT seen FROM audit")) {
            assertTrue(rs.next());
            assertEquals(1, rs.getLong(1), "the history row of r-1 was written before the SQL of r-2 ran");
            assertFalse(rs.next());
        }
        assertTrue(SchemaDump.of(url, true).contains("note"), "r-4's precondition saw the table r-3 created in the same transaction");
    }
}
