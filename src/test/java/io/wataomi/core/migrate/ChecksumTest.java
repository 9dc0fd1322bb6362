package io.wataomi.core.migrate;

import io.wataomi.core.shared.Output;
import io.wataomi.core.shared.WataomiException;
import io.wataomi.core.revision.Revision;
import io.wataomi.core.testing.SchemaDump;
import io.wataomi.core.testing.TestDatabase;
import io.wataomi.core.testing.TestProject;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A changeSet edited after it was applied stops every upgrade, the no-op included, before anything runs. */
class ChecksumTest {
    @Test
    void editedAppliedChangeSetIsRefusedWithItsFileAndId() throws Exception {
        TestProject project = TestProject.create("checksum");
        Revision first = project.writeRevision("create note", """
                    <changeSet id="n-1" author="test">
                        <createTable tableName="note"><column name="body" type="varchar(100)"/></createTable>
                    </changeSet>
                """);
        String url = TestDatabase.create("checksum");
        project.wataomi(url, Output.silent()).upgrade("head", false, null);
        project.writeRevision("create tag", """
                    <changeSet id="t-1" author="test">
                        <createTable tableName="tag"><column name="name" type="text"/></createTable>
                    </changeSet>
                """);
        Files.writeString(first.file(), Files.readString(first.file()).replace("varchar(100)", "varchar(200)"));
        String before = SchemaDump.of(url, true);

        WataomiException e = assertThrows(WataomiException.class,
                () -> project.wataomi(url, Output.silent()).upgrade("head", false, null));
        assertTrue(e.getMessage().contains(first.fileName()) && e.getMessage().contains("n-1::test")
                && e.getMessage().contains("edited after it was applied"), e.getMessage());
        assertEquals(Set.of(first.id()), TestProject.appliedRevisions(url), "the pending revision must not run");
        assertEquals(before, SchemaDump.of(url, true));
    }
}
