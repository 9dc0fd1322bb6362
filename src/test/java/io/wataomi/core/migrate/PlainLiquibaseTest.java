package io.wataomi.core.migrate;

import io.wataomi.core.shared.Output;
import io.wataomi.core.revision.Revision;
import io.wataomi.core.testing.PlainLiquibase;
import io.wataomi.core.testing.RecordingOutput;
import io.wataomi.core.testing.SchemaDump;
import io.wataomi.core.testing.TestDatabase;
import io.wataomi.core.testing.TestProject;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.RuntimeEnvironment;
import liquibase.Scope;
import liquibase.changelog.ChangeLogHistoryService;
import liquibase.changelog.ChangeLogHistoryServiceFactory;
import liquibase.changelog.ChangeLogIterator;
import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.changelog.filter.ContextChangeSetFilter;
import liquibase.changelog.filter.DbmsChangeSetFilter;
import liquibase.changelog.filter.LabelChangeSetFilter;
import liquibase.changelog.filter.ShouldRunChangeSetFilter;
import liquibase.changelog.visitor.UpdateVisitor;
import liquibase.lockservice.LockService;
import liquibase.lockservice.LockServiceFactory;
import liquibase.parser.ChangeLogParserFactory;
import liquibase.resource.ResourceAccessor;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.DirectoryResourceAccessor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The files wataomi writes are plain Liquibase: Liquibase's own API, with no wataomi code, applies the
 * master changelog and gets the same schema (and rows) as wataomi, and the history rows it writes
 * are the ones wataomi reads.
 */
class PlainLiquibaseTest {

    @BeforeAll
    static void noAnalytics() {
        System.setProperty("liquibase.analytics.enabled", "false");
    }

    @Test
    void liquibaseAppliesTheMasterChangelogToTheSameSchemaAsWataomi() throws Exception {
        TestProject project = Fixtures.threeRevisions("plain");

        // Liquibase only: none of wataomi's classes take part in applying the master changelog.
        String byLiquibase = TestDatabase.create("plain_liquibase");
        updateWithLiquibaseEngine(byLiquibase, project);

        String byWataomi = TestDatabase.create("plain_wataomi");
        project.wataomi(byWataomi, Output.silent()).upgrade("head", false, null);

        String expected = SchemaDump.of(byWataomi, true);
        assertTrue(expected.contains("relation | v | customer_orders") && expected.contains("uq_product_title"), expected);
        assertEquals(expected, SchemaDump.of(byLiquibase, true));
        assertEquals(historyKeys(byWataomi), historyKeys(byLiquibase), "both must record the same FILENAME/ID/AUTHOR rows");

        // Interop: wataomi reads Liquibase's history as the head.
        Revision head = project.revisions().get(2);
        CurrentResult current = project.wataomi(byLiquibase, Output.silent()).current(false);
        assertEquals(List.of(head.id()), current.current().stream().map(Revision::id).toList(), current.lines().toString());
        assertTrue(current.lines().get(0).contains("(head)"), current.lines().toString());
        MigrationResult again = project.wataomi(byLiquibase, Output.silent()).upgrade("head", false, null);
        assertEquals(List.of(), again.ran(), "nothing is left to apply after Liquibase ran the master");
    }

    /**
     * wataomi runs a plain changeSet without Liquibase's per-changeSet wrapper ({@link PlainChangeSet}): on changeSets of
     * every shape it must still give what Liquibase gives (quoting strategy, SQL visitors, split SQL, a change for
     * another database skipped, a precondition, rows).
     */
    @Test
    void changeSetsOfEveryShapeGiveWhatLiquibaseGives() throws Exception {
        TestProject project = TestProject.create("plain-shapes");
        project.writeRevision("every shape", """
                    <changeSet id="p-1" author="test" objectQuotingStrategy="QUOTE_ALL_OBJECTS">
                        <createTable tableName="MixedCase"><column name="Id" type="int"/></createTable>
                    </changeSet>
                    <changeSet id="p-2" author="test">
                        <createTable tableName="filled"><column name="id" type="int"/><column name="note" type="text"/></createTable>
                        <modifySql><append value=" WITH (fillfactor=70)"/></modifySql>
                    </changeSet>
                    <changeSet id="p-3" author="test">
                        <sql>INSERT INTO filled (id, note) VALUES (1, 'a;b'); INSERT INTO filled (id) VALUES (2)</sql>
                        <sql dbms="h2">CREATE TABLE h2_only (id int)</sql>
                    </changeSet>
                    <changeSet id="p-4" author="test">
                        <preConditions onFail="MARK_RAN"><tableExists tableName="no_such_table"/></preConditions>
                        <createTable tableName="never"><column name="id" type="int"/></createTable>
                    </changeSet>
                    <changeSet id="p-5" author="test">
                        <addColumn tableName="filled"><column name="added" type="varchar(10)" defaultValue="x"/></addColumn>
                        <createIndex tableName="filled" indexName="ix_filled_added"><column name="added"/></createIndex>
                    </changeSet>
                """);
        String byLiquibase = TestDatabase.create("plain_shapes_liquibase");
        updateWithLiquibaseEngine(byLiquibase, project);
        String byWataomi = TestDatabase.create("plain_shapes_wataomi");
        project.wataomi(byWataomi, Output.silent()).upgrade("head", false, null);

        String expected = SchemaDump.of(byLiquibase, true);
        assertTrue(expected.contains("MixedCase") && !expected.contains("h2_only") && !expected.contains("never"), expected);
        assertEquals(expected, SchemaDump.of(byWataomi, true));
        assertEquals("{fillfactor=70}", storageOptions(byLiquibase, "filled"), "the SQL visitor ran");
        assertEquals(storageOptions(byLiquibase, "filled"), storageOptions(byWataomi, "filled"));
        assertEquals(historyKeys(byLiquibase), historyKeys(byWataomi), "the same rows, checksums and MARK_RAN");
    }

    /**
     * wataomi writes a changeSet's history row itself from Liquibase's values ({@link HistoryRowSql}): every column but
     * the time and the deployment id must be what Liquibase's own run writes, for contexts, labels, comments with quotes
     * and line breaks, a tag, a description cut at 250 characters, a quoting strategy, a MARK_RAN.
     */
    @Test
    void historyRowsAreTheOnesLiquibaseWrites() throws Exception {
        TestProject project = TestProject.create("plain-rows");
        StringBuilder manyColumns = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            manyColumns.append("<addColumn tableName=\"r_one\"><column name=\"a_rather_long_column_name_").append(i)
                    .append("\" type=\"int\"/></addColumn>");
        }
        project.writeRevision("rows of every kind", """
                    <changeSet id="r-1" author="test" context="dev and !prod" labels="alpha, beta">
                        <comment>It's a "comment"
                        on two lines</comment>
                        <createTable tableName="r_one"><column name="id" type="int"/></createTable>
                    </changeSet>
                    <changeSet id="r-2" author="test" objectQuotingStrategy="QUOTE_ALL_OBJECTS">
                        %s
                    </changeSet>
                    <changeSet id="r-3" author="someone 'quoted'">
                        <tagDatabase tag="v1.0"/>
                    </changeSet>
                    <changeSet id="r-4" author="test">
                        <preConditions onFail="MARK_RAN"><tableExists tableName="no_such_table"/></preConditions>
                        <createTable tableName="never"><column name="id" type="int"/></createTable>
                    </changeSet>
                """.formatted(manyColumns));
        String byLiquibase = TestDatabase.create("plain_rows_liquibase");
        updateWithLiquibaseEngine(byLiquibase, project);
        String byWataomi = TestDatabase.create("plain_rows_wataomi");
        project.wataomi(byWataomi, Output.silent()).upgrade("head", false, null);

        List<String> expected = historyRows(byLiquibase);
        assertEquals(5, expected.size(), String.join("\n", expected));
        assertTrue(expected.stream().anyMatch(r -> r.contains("v1.0")) && expected.stream().anyMatch(r -> r.contains("MARK_RAN"))
                && expected.stream().anyMatch(r -> r.contains("...")), String.join("\n", expected));
        assertEquals(expected, historyRows(byWataomi));
    }

    /**
     * The same as {@link #liquibaseAppliesTheMasterChangelogToTheSameSchemaAsWataomi} through the
     * {@code Liquibase.update()} entry point, the one the Liquibase CLI and Spring Boot use. It also
     * guards the pom's commons-lang3 pin: with maven-core's 3.8.1 the update command fails with
     * NoClassDefFoundError org/apache/commons/lang3/SystemProperties.
     */
    @Test
    void liquibaseUpdateEntryPointAppliesTheMasterChangelog() throws Exception {
        TestProject project = Fixtures.threeRevisions("plain_api");
        String byLiquibase = TestDatabase.create("plain_api");
        PlainLiquibase.update(byLiquibase, project);
        String byWataomi = TestDatabase.create("plain_api_wataomi");
        project.wataomi(byWataomi, Output.silent()).upgrade("head", false, null);
        assertEquals(SchemaDump.of(byWataomi, true), SchemaDump.of(byLiquibase, true));
        assertEquals(historyKeys(byWataomi), historyKeys(byLiquibase));
    }

    /**
     * Renaming an applied revision file (and rewriting the master) changes nothing for plain Liquibase: the file
     * declares the logical path it was written with, so the history rows still match and nothing runs twice.
     */
    @Test
    void aRenamedRevisionFileIsNotRunAgainByPlainLiquibase() throws Exception {
        TestProject project = Fixtures.threeRevisions("plain_rename");
        String url = TestDatabase.create("plain_rename");
        PlainLiquibase.update(url, project);
        Set<String> before = historyKeys(url);

        Revision last = project.revisions().get(2);
        RenamedRevisionTest.rename(project.config(url), last.file(), "bio_and_unique_titles.xml");
        PlainLiquibase.update(url, project);

        assertEquals(before, historyKeys(url), "the renamed revision must not run again");
        MigrationResult again = project.wataomi(url, Output.silent()).upgrade("head", false, null);
        assertEquals(List.of(), again.ran());
    }

    /**
     * A revision written before files declared their logical path, renamed after it ran: wataomi still knows it by
     * its id and says how to keep plain Liquibase from running it again; following that advice changes no checksum.
     */
    @Test
    void anOlderRenamedRevisionFileWorksAgainWithPlainLiquibaseOnceItDeclaresItsRecordedPath() throws Exception {
        TestProject project = Fixtures.threeRevisions("plain_old_rename");
        RenamedRevisionTest.withoutLogicalPaths(project);
        String url = TestDatabase.create("plain_old_rename");
        project.wataomi(url, Output.silent()).upgrade("head", false, null);
        Set<String> before = historyKeys(url);

        Revision last = project.revisions().get(2);
        String recorded = "db/changelog/versions/" + last.fileName();
        Path renamed = RenamedRevisionTest.rename(project.config(url), last.file(), "bio_and_unique_titles.xml");
        RecordingOutput output = new RecordingOutput();
        assertEquals(List.of(), project.wataomi(url, output).upgrade("head", false, null).ran());
        assertTrue(output.text().contains("add logicalFilePath=\"" + recorded + "\" to its databaseChangeLog"), output.text());

        Files.writeString(renamed, Files.readString(renamed)
                .replaceFirst("<databaseChangeLog", "<databaseChangeLog logicalFilePath=\"" + recorded + "\""));
        PlainLiquibase.update(url, project);
        assertEquals(before, historyKeys(url), "the renamed revision must not run again, nor its checksums change");
        assertEquals(List.of(), project.wataomi(url, Output.silent()).upgrade("head", false, null).ran());
    }

    /**
     * Liquibase's update engine, called through Liquibase's public API only, as its update command
     * runs it: parse the master changelog, create the history and lock tables, take Liquibase's lock,
     * and visit every changeSet that should run with an UpdateVisitor.
     */
    private static void updateWithLiquibaseEngine(String url, TestProject project) throws Exception {
        try (Connection c = TestDatabase.connect(url)) {
            Database db = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(c));
            ResourceAccessor resources = new DirectoryResourceAccessor(project.resourcesRoot());
            Scope.child(Map.of(Scope.Attr.resourceAccessor.name(), resources, Scope.Attr.database.name(), db), () -> {
                String master = TestProject.masterPath();
                DatabaseChangeLog changeLog = ChangeLogParserFactory.getInstance().getParser(master, resources)
                        .parse(master, new ChangeLogParameters(db), resources);
                changeLog.validate(db);
                ChangeLogHistoryService history = Scope.getCurrentScope().getSingleton(ChangeLogHistoryServiceFactory.class)
                        .getChangeLogService(db);
                history.init();
                LockService lock = LockServiceFactory.getInstance().getLockService(db);
                lock.waitForLock();
                try {
                    new ChangeLogIterator(changeLog, new ShouldRunChangeSetFilter(db), new ContextChangeSetFilter(new Contexts()),
                            new LabelChangeSetFilter(new LabelExpression()), new DbmsChangeSetFilter(db))
                            .run(new UpdateVisitor(db, null), new RuntimeEnvironment(db, new Contexts(), new LabelExpression()));
                } finally {
                    lock.releaseLock();
                }
            });
            db.commit();
        }
    }

    private static String storageOptions(String url, String table) throws Exception {
        try (Connection c = TestDatabase.connect(url); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT reloptions::text FROM pg_class WHERE relname = '" + table + "'")) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    /** Every column of every history row but the time and the deployment id, in the order they ran. */
    private static List<String> historyRows(String url) throws Exception {
        List<String> out = new java.util.ArrayList<>();
        try (Connection c = TestDatabase.connect(url); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT id, author, filename, orderexecuted, md5sum, description, comments, exectype,"
                     + " contexts, labels, liquibase, tag FROM databasechangelog ORDER BY orderexecuted")) {
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= 12; i++) {
                    row.append(i == 1 ? "" : " | ").append(rs.getString(i));
                }
                out.add(row.toString());
            }
        }
        return out;
    }

    private static Set<String> historyKeys(String url) throws Exception {
        Set<String> out = new TreeSet<>();
        try (Connection c = TestDatabase.connect(url); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT filename, id, author, md5sum, exectype FROM databasechangelog")) {
            while (rs.next()) {
                out.add(rs.getString(1) + "::" + rs.getString(2) + "::" + rs.getString(3) + " " + rs.getString(4) + " " + rs.getString(5));
            }
        }
        return out;
    }
}
