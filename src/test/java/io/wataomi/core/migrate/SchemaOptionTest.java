package io.wataomi.core.migrate;

import io.wataomi.core.shared.Output;
import io.wataomi.core.Wataomi;
import io.wataomi.core.testing.TestDatabase;
import io.wataomi.core.testing.TestProject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** wataomi.schema: the schema is created if missing and holds both the history table and the revisions' objects. */
class SchemaOptionTest {
    @Test
    void revisionsAndHistoryLiveInTheConfiguredSchema() throws Exception {
        TestProject project = TestProject.create("schema_option");
        project.writeRevision("create item", """
                    <changeSet id="i-1" author="test">
                        <createTable tableName="item"><column name="id" type="int"/></createTable>
                    </changeSet>
                """);
        String url = TestDatabase.create("schema_option");
        Wataomi wataomi = new Wataomi(project.config(url, Map.of("wataomi.schema", "app")), Output.silent());

        wataomi.upgrade("head", false, null);
        assertEquals(List.of("app.databasechangelog", "app.item"), tables(url));
        assertEquals(List.of(project.revisionIds().get(0)), wataomi.current(false).current().stream().map(r -> r.id()).toList());

        wataomi.downgrade("base", false, null);
        assertEquals(List.of("app.databasechangelog"), tables(url));
    }

    private static List<String> tables(String url) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = TestDatabase.connect(url);
             ResultSet rs = c.createStatement().executeQuery("SELECT schemaname || '.' || tablename FROM pg_tables"
                     + " WHERE schemaname NOT IN ('pg_catalog', 'information_schema') ORDER BY 1")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
