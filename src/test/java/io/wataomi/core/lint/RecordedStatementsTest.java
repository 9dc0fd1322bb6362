package io.wataomi.core.lint;

import io.wataomi.core.testing.RecordingOutput;
import io.wataomi.core.testing.TestDatabase;
import io.wataomi.core.testing.TestProject;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * With pg_stat_statements loaded, what the running application sends decides whether a dropped column is still read:
 * the calls of statements that name the table and the column are counted, and a column no recorded statement names is
 * not flagged. Starts a PostgreSQL of its own, as the extension must be loaded when the server starts.
 */
@Tag("slow")
class RecordedStatementsTest {
    private static final int READS = 7;

    @Test
    void aDroppedColumnTheApplicationQueriesIsStillReadWithItsCalls() throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "lint-pg-stat")).toAbsolutePath();
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().setDataDirectory(Files.createTempDirectory(dir, "data-"))
                .setCleanDataDirectory(true).setServerConfig("shared_preload_libraries", "pg_stat_statements").start()) {
            String url = pg.getJdbcUrl(TestDatabase.USER, "postgres");
            TestProject project = TestProject.create("lint-pg-stat");
            project.writeRevision("note", """
                        <changeSet id="n-1" author="test">
                            <createTable tableName="note">
                                <column name="id" type="bigint"><constraints primaryKey="true"/></column>
                                <column name="title" type="text"/>
                                <column name="body" type="text"/>
                            </createTable>
                            <sql>CREATE EXTENSION pg_stat_statements</sql>
                        </changeSet>
                    """);
            project.wataomi(url, new RecordingOutput()).upgrade("head", false, null);
            try (Connection app = DriverManager.getConnection(url, TestDatabase.USER, null)) {
                try (Statement st = app.createStatement()) {
                    st.execute("SELECT pg_stat_statements_reset()");
                }
                for (int k = 0; k < READS; k++) {
                    try (PreparedStatement ps = app.prepareStatement("SELECT n.id, n.title FROM note n WHERE n.id = ?")) {
                        ps.setLong(1, k);
                        try (ResultSet rs = ps.executeQuery()) {
                            rs.next();
                        }
                    }
                }
            }
            project.writeRevision("drop columns", """
                        <changeSet id="d-1" author="test">
                            <dropColumn tableName="note" columnName="title"/>
                            <dropColumn tableName="note" columnName="body"/>
                        </changeSet>
                    """);
            LintFailure e = assertThrows(LintFailure.class, () -> project.wataomi(url, new RecordingOutput())
                    .lint(new LintOptions(Severities.defaults(), null)));
            List<LintedStatement> statements = e.result().statements();
            assertEquals(2, statements.size());
            Finding title = statements.get(0).findings().get(0);
            assertEquals(Rule.DROPPING_COLUMN_STILL_READ, title.rule());
            assertTrue(title.detail().startsWith("pg_stat_statements recorded " + READS + " calls of statements naming it since "),
                    title.detail());
            assertEquals(List.of(), statements.get(1).findings(), "no recorded statement names body");
        }
    }
}
