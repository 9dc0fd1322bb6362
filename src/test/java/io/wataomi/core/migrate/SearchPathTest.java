package io.wataomi.core.migrate;

import io.wataomi.core.shared.Output;
import io.wataomi.core.testing.TestDatabase;
import io.wataomi.core.testing.TestProject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The configured schema stays first on the search path for every changeSet, as plain Liquibase keeps it, although the
 * path is pinned once for the session instead of being read before each changeSet: SQL a revision wrote that moves the
 * path is followed by a check within its transaction and a new pin before the next revision.
 */
class SearchPathTest {

    @Test
    void unqualifiedNamesLandInTheConfiguredSchemaAfterSqlThatMovedThePath() throws Exception {
        TestProject project = TestProject.create("search-path");
        project.writeRevision("a schema elsewhere", """
                    <changeSet id="s-1" author="test">
                        <sql>CREATE SCHEMA elsewhere</sql>
                    </changeSet>
                    <changeSet id="s-2" author="test">
                        <createTable tableName="before_move"><column name="id" type="int"/></createTable>
                    </changeSet>
                """);
        project.writeRevision("moves the path, then creates", """
                    <changeSet id="m-1" author="test">
                        <sql>SET search_path TO elsewhere</sql>
                    </changeSet>
                    <changeSet id="m-2" author="test">
                        <sql>CREATE TABLE same_revision (id int)</sql>
                    </changeSet>
                """);
        project.writeRevision("the next revision", """
                    <changeSet id="n-1" author="test">
                        <sql>CREATE TABLE next_revision (id int)</sql>
                    </changeSet>
                    <changeSet id="n-2" author="test">
                        <createTable tableName="next_structural"><column name="id" type="int"/></createTable>
                    </changeSet>
                """);
        String url = TestDatabase.create("search_path");
        project.wataomi(url, Output.silent()).upgrade("head", false, null);

        Map<String, String> where = new TreeMap<>();
        try (Connection c = TestDatabase.connect(url); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT tablename, schemaname FROM pg_tables WHERE schemaname IN ('public', 'elsewhere')"
                     + " AND tablename NOT LIKE 'databasechangelog%'")) {
            while (rs.next()) {
                where.put(rs.getString(1), rs.getString(2));
            }
        }
        assertEquals(Map.of("before_move", "public", "same_revision", "public", "next_revision", "public",
                "next_structural", "public"), where);
    }
}
