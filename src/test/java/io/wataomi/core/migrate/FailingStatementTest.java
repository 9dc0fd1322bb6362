package io.wataomi.core.migrate;

import io.wataomi.core.shared.Output;
import io.wataomi.core.shared.WataomiException;
import io.wataomi.core.revision.Revision;
import io.wataomi.core.testing.SchemaDump;
import io.wataomi.core.testing.TestDatabase;
import io.wataomi.core.testing.TestProject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A statement the server refuses in the second changeSet of a revision: the upgrade fails naming the
 * revision file and the statement, and the whole revision is rolled back, leaving the database
 * exactly at the previous revision.
 */
class FailingStatementTest {

    @ParameterizedTest
    @ValueSource(strings = {"CREATE TABLE broken (", "INSERT INTO no_such_table (id) VALUES (1)"})
    void failingStatementRollsBackTheWholeRevision(String badSql) {
        TestProject project = TestProject.create("failing");
        Revision first = project.writeRevision("first table", """
                    <changeSet id="f1-1" author="test">
                        <createTable tableName="first_table">
                            <column name="id" type="int"><constraints primaryKey="true" nullable="false"/></column>
                        </createTable>
                        <insert tableName="first_table"><column name="id" valueNumeric="1"/></insert>
                    </changeSet>
                """);
        Revision failing = project.writeRevision("second table then a bad statement", """
                    <changeSet id="f2-1" author="test">
                        <createTable tableName="second_table">
                            <column name="id" type="int"/>
                        </createTable>
                        <addColumn tableName="first_table"><column name="extra" type="text"/></addColumn>
                        <insert tableName="first_table"><column name="id" valueNumeric="2"/></insert>
                    </changeSet>
                    <changeSet id="f2-2" author="test">
                        <sql>%s</sql>
                    </changeSet>
                """.formatted(badSql));

        String reference = TestDatabase.create("failing_ref");
        project.wataomi(reference, Output.silent()).upgrade(first.id(), false, null);
        String previous = SchemaDump.of(reference, true);

        String url = TestDatabase.create("failing");
        WataomiException e = assertThrows(WataomiException.class,
                () -> project.wataomi(url, Output.silent()).upgrade("head", false, null));
        assertInstanceOf(MigrationFailure.class, e, "a refused statement is a MigrationFailure: " + e);
        String message = e.getMessage();
        assertTrue(message.contains(failing.file().getFileName().toString()),
                "the message must name the revision file " + failing.file().getFileName() + ":\n" + message);
        assertTrue(message.contains(badSql), "the message must quote the statement '" + badSql + "':\n" + message);
        assertTrue(message.contains("f2-2"), "the message must name the changeSet:\n" + message);

        assertEquals(List.of(first.id()), List.copyOf(TestProject.appliedRevisions(url)), "the database stays at the previous revision");
        assertFalse(TestProject.tableExists(url, "second_table"), "the failing revision's first changeSet must be rolled back");
        assertEquals(previous, SchemaDump.of(url, true), "schema and rows must be exactly the previous revision's");
        assertEquals(2, TestProject.historyRowCounts(url).size(),
                "only the first revision's changeSet and marker are recorded: " + TestProject.historyRowCounts(url));
    }
}
