package io.wataomi.core.migrate;

import io.wataomi.core.autogen.AutogenOptions;
import io.wataomi.core.introspect.CatalogReader;
import io.wataomi.core.model.Catalog;
import io.wataomi.core.model.QualifiedName;
import io.wataomi.core.model.Table;
import io.wataomi.core.render.Format;
import io.wataomi.core.revision.Revision;
import io.wataomi.core.revision.RevisionException;
import io.wataomi.core.shared.Output;
import io.wataomi.core.testing.PlainLiquibase;
import io.wataomi.core.testing.RecordingOutput;
import io.wataomi.core.testing.SchemaDump;
import io.wataomi.core.testing.TestDatabase;
import io.wataomi.core.testing.TestProject;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An existing Liquibase project: its master changelog includes a legacy changelog, an includeAll folder and a hand-added
 * SQL file, and holds a changeSet of its own. Those are the base: upgrade runs them first as plain Liquibase does (same
 * schema, same history rows), history and current show them as one entry, downgrade stops at them, stamp records them,
 * and create keeps them in the master.
 */
class LegacyChangelogTest {
    /** The changeSets of the base: two in legacy/001-init.xml, one under legacy/more/, one in the master, one in hand_added.sql. */
    static final int BASE_CHANGESETS = 5;
    static final String BASE_LABEL = "legacy/001-init.xml, includeAll legacy/more/, changeSet seed-1 (written in the master),"
            + " hand_added.sql";
    private static final String NAMESPACES = "<databaseChangeLog xmlns=\"http://www.liquibase.org/xml/ns/dbchangelog\"\n"
            + "        xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
            + "        xsi:schemaLocation=\"http://www.liquibase.org/xml/ns/dbchangelog"
            + " http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-4.33.xsd\">\n";
    static final String MASTER_ENTRIES = """
                <!-- The application's schema, before wataomi. -->
                <include file="legacy/001-init.xml" relativeToChangelogFile="true"/>
                <includeAll path="legacy/more/" relativeToChangelogFile="true"/>
                <changeSet id="seed-1" author="ops">
                    <insert tableName="app_user">
                        <column name="login" value="admin"/>
                    </insert>
                </changeSet>
                <include file="hand_added.sql" relativeToChangelogFile="true"/>
            """;

    /** A project whose master changelog is an existing Liquibase project's, without revisions. */
    static TestProject legacyProject(String label) throws Exception {
        TestProject project = TestProject.create(label);
        Path dir = project.resourcesRoot().resolve("db/changelog");
        Files.createDirectories(dir.resolve("legacy/more"));
        Files.writeString(dir.resolve("db.changelog-master.xml"), "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + NAMESPACES
                + MASTER_ENTRIES + "</databaseChangeLog>\n");
        Files.writeString(dir.resolve("legacy/001-init.xml"), "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + NAMESPACES + """
                    <changeSet id="1" author="legacy">
                        <createTable tableName="app_user">
                            <column name="id" type="bigint" autoIncrement="true">
                                <constraints primaryKey="true" primaryKeyName="pk_app_user"/>
                            </column>
                            <column name="login" type="varchar(50)">
                                <constraints nullable="false" unique="true" uniqueConstraintName="ux_app_user_login"/>
                            </column>
                        </createTable>
                    </changeSet>
                    <changeSet id="2" author="legacy">
                        <createTable tableName="post">
                            <column name="id" type="bigint" autoIncrement="true">
                                <constraints primaryKey="true"/>
                            </column>
                            <column name="user_id" type="bigint">
                                <constraints nullable="false" foreignKeyName="fk_post_user" references="app_user(id)"/>
                            </column>
                            <column name="body" type="text"/>
                        </createTable>
                    </changeSet>
                </databaseChangeLog>
                """);
        Files.writeString(dir.resolve("legacy/more/002-index.xml"), "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + NAMESPACES + """
                    <changeSet id="3" author="legacy">
                        <createIndex tableName="post" indexName="ix_post_user">
                            <column name="user_id"/>
                        </createIndex>
                    </changeSet>
                </databaseChangeLog>
                """);
        Files.writeString(dir.resolve("hand_added.sql"), """
                --liquibase formatted sql

                --changeset ops:hand-1
                CREATE TABLE audit_note (id bigint PRIMARY KEY, note text NOT NULL);
                --rollback DROP TABLE audit_note;
                """);
        return project;
    }

    /** The first revision: a column on a table of the base. */
    private static Revision addBio(TestProject project) {
        return project.writeRevision("add bio", """
                    <changeSet id="bio-1" author="you">
                        <addColumn tableName="app_user">
                            <column name="bio" type="text"/>
                        </addColumn>
                    </changeSet>
                """);
    }

    /** Every history row as id, author, filename and checksum, in the order they ran. */
    static List<String> historyRows(String url) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection c = TestDatabase.connect(url); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT id, author, filename, md5sum FROM public.databasechangelog ORDER BY orderexecuted")) {
            while (rs.next()) {
                rows.add(rs.getString(1) + " | " + rs.getString(2) + " | " + rs.getString(3) + " | " + rs.getString(4));
            }
        }
        return rows;
    }

    /**
     * The schema as the project's catalog reader reads it, without plain Liquibase's lock table (wataomi locks with an
     * advisory lock instead, so only Liquibase creates that table).
     */
    private static Catalog catalog(String url) throws Exception {
        try (Connection c = TestDatabase.connect(url)) {
            Catalog read = new CatalogReader().read(c, List.of("public"));
            SortedMap<QualifiedName, Table> tables = new TreeMap<>(read.tables());
            tables.remove(new QualifiedName("public", "databasechangeloglock"));
            return new Catalog(read.schemas(), tables, read.sequences(), read.enums(), read.views());
        }
    }

    private static void assertSameDatabase(String byLiquibase, String byWataomi) throws Exception {
        assertEquals(SchemaDump.of(byLiquibase, true), SchemaDump.of(byWataomi, true));
        assertEquals(catalog(byLiquibase), catalog(byWataomi));
        assertEquals(historyRows(byLiquibase), historyRows(byWataomi));
    }

    @Test
    void upgradeRunsTheBaseAsPlainLiquibaseDoesThenTheRevisionsThatCreateAddsAfterIt() throws Exception {
        TestProject project = legacyProject("legacy_same");
        String byLiquibase = TestDatabase.create("legacy_liquibase");
        String byWataomi = TestDatabase.create("legacy_wataomi");
        PlainLiquibase.update(byLiquibase, project);

        RecordingOutput output = new RecordingOutput();
        MigrationResult result = project.wataomi(byWataomi, output).upgrade("head", false, null);

        assertEquals(List.of(), result.ran());
        assertTrue(output.text().contains("INFO Upgrading from base (5 changeSets, pending: " + BASE_LABEL + "): the base (5 changeSets)"),
                output.text());
        assertTrue(output.text().contains("INFO   -> base  " + BASE_LABEL + "  (5 changeSets, "), output.text());
        assertTrue(output.text().contains("INFO The database is now at base (5 changeSets, applied: " + BASE_LABEL + ")."), output.text());
        assertEquals(BASE_CHANGESETS, historyRows(byWataomi).size(), historyRows(byWataomi).toString());
        assertTrue(historyRows(byWataomi).get(2).startsWith("3 | legacy | db/changelog/legacy/more/002-index.xml | 9:"),
                historyRows(byWataomi).toString());
        assertSameDatabase(byLiquibase, byWataomi);

        // create (here a revision written by hand) keeps the master's entries, and both run the revision after them.
        Revision bio = project.wataomi(byWataomi, Output.silent()).createEmpty("add user bio", Format.XML).revision();
        Files.writeString(bio.file(), Files.readString(bio.file()).replace("<changeSet id=\"" + bio.id() + "\" author=\"wataomi\"",
                "<changeSet id=\"" + bio.id() + "-1\" author=\"you\">\n        <addColumn tableName=\"app_user\">\n"
                        + "            <column name=\"bio\" type=\"text\"/>\n        </addColumn>\n    </changeSet>\n"
                        + "    <changeSet id=\"" + bio.id() + "\" author=\"wataomi\""));
        String master = Files.readString(project.resourcesRoot().resolve(TestProject.masterPath()));
        assertTrue(master.contains(MASTER_ENTRIES + "    <include file=\"versions/" + bio.fileName() + "\""), master);
        assertEquals(List.of(), bio.parents(), "the first revision revises the base");

        PlainLiquibase.update(byLiquibase, project);
        assertEquals(List.of(bio.id()), project.wataomi(byWataomi, Output.silent()).upgrade("head", false, null).ran().stream()
                .map(Revision::id).toList());
        assertSameDatabase(byLiquibase, byWataomi);
        assertTrue(SchemaDump.of(byWataomi).contains("app_user | bio"), SchemaDump.of(byWataomi));
    }

    @Test
    void historyAndCurrentShowTheBaseAsOneEntryWithItsCountAndWhatIsPending() throws Exception {
        TestProject project = legacyProject("legacy_history");
        String url = TestDatabase.create("legacy_history");

        HistoryResult before = project.wataomi(url, Output.silent()).history((String) null);
        assertEquals(2, before.lines().size(), before.lines().toString());
        assertTrue(before.lines().get(1).matches(" +<base> +the master changelog's own entries: \\Q" + BASE_LABEL
                + "  (5 changeSets, pending)\\E"), before.lines().toString());
        CurrentResult fresh = project.wataomi(url, Output.silent()).current(false);
        assertEquals(List.of("Current revision: base (no revision applied; the master changelog's own entries: 5 changeSets, pending: "
                + BASE_LABEL + ")"), fresh.lines());

        // Plain Liquibase ran an older master; the hand-added file came later.
        Path master = project.resourcesRoot().resolve(TestProject.masterPath());
        String full = Files.readString(master);
        Files.writeString(master, full.replace("    <include file=\"hand_added.sql\" relativeToChangelogFile=\"true\"/>\n", ""));
        PlainLiquibase.update(url, project);
        Files.writeString(master, full);
        Revision first = addBio(project);
        CurrentResult partly = project.wataomi(url, Output.silent()).current(false);
        assertEquals(List.of("Current revision: base (no revision applied; the master changelog's own entries: 5 changeSets,"
                + " 1 pending: " + BASE_LABEL + "), 1 pending"), partly.lines());

        project.wataomi(url, Output.silent()).upgrade("head", false, null);
        HistoryResult after = project.wataomi(url, Output.silent()).history((String) null);
        assertTrue(after.lines().get(1).startsWith(">  " + first.id()), after.lines().toString());
        assertTrue(after.lines().get(2).endsWith(BASE_LABEL + "  (5 changeSets, applied)"), after.lines().toString());
        assertEquals(List.of("Current revision: " + first.id() + " (head)  add bio"), project.wataomi(url, Output.silent()).current(false).lines());
    }

    @Test
    void downgradeToBaseStopsAtTheBaseAndSaysSo() throws Exception {
        TestProject project = legacyProject("legacy_down");
        addBio(project);
        String url = TestDatabase.create("legacy_down");
        project.wataomi(url, Output.silent()).upgrade("head", false, null);

        RecordingOutput output = new RecordingOutput();
        project.wataomi(url, output).downgrade("base", false, null);

        assertTrue(output.text().contains("INFO The database is now at base (5 changeSets, applied: " + BASE_LABEL + ")."), output.text());
        assertTrue(output.text().contains("INFO The base stays: downgrade stops at it."), output.text());
        assertEquals(BASE_CHANGESETS, historyRows(url).size(), historyRows(url).toString());
        assertTrue(TestProject.tableExists(url, "audit_note"));
        assertFalse(SchemaDump.of(url).contains("app_user | bio"), SchemaDump.of(url));
    }

    @Test
    void createRefusesWhileTheBaseIsPendingAndStampRecordsItAsLiquibaseWould() throws Exception {
        TestProject project = legacyProject("legacy_stamp");
        String built = TestDatabase.create("legacy_built");
        PlainLiquibase.update(built, project);
        String url = TestDatabase.create("legacy_stamp");
        try (Connection c = TestDatabase.connect(url); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE app_user (id bigserial CONSTRAINT pk_app_user PRIMARY KEY,"
                    + " login varchar(50) NOT NULL CONSTRAINT ux_app_user_login UNIQUE)");
        }

        RevisionException refused = assertThrows(RevisionException.class, () -> project.wataomi(url, Output.silent())
                .create("x", new AutogenOptions(List.of(), List.of(), "standard", null, Format.XML, false, null)));
        assertTrue(refused.getMessage().startsWith("Target database is not up to date: the base (the master changelog's own entries: "
                + BASE_LABEL + ") has 5 of its 5 changeSets pending. Run mvn wataomi:upgrade first"), refused.getMessage());
        assertTrue(refused.getMessage().endsWith("mvn wataomi:stamp -Dwataomi.target=base."), refused.getMessage());

        RecordingOutput output = new RecordingOutput();
        StampResult stamped = project.wataomi(url, output).stamp("base");
        assertEquals(BASE_CHANGESETS, stamped.base());
        assertTrue(output.text().contains("Stamped: the base's 5 changeSet(s)"), output.text());
        List<String> rows = historyRows(url);
        List<String> expected = historyRows(built);
        assertEquals(expected, rows, "stamped rows carry the same ids, authors, files and checksums as Liquibase's");
        assertEquals(List.of(), project.wataomi(url, Output.silent()).upgrade("head", false, null).ran());
        assertEquals(BASE_CHANGESETS, historyRows(url).size());
    }

    @Test
    void offlineSqlFromBaseWritesTheBaseFirstAndFromARevisionLeavesItOut() throws Exception {
        TestProject project = legacyProject("legacy_offline");
        Revision bio = addBio(project);
        Revision note = project.writeRevision("note length", """
                    <changeSet id="note-1" author="you">
                        <sql>ALTER TABLE audit_note ADD COLUMN written_at timestamp</sql>
                    </changeSet>
                """);
        String unused = "jdbc:postgresql://localhost:1/unused";

        String all = project.wataomi(unused, Output.silent()).upgrade("base:head", true, null).script();
        int base = all.indexOf("CREATE TABLE public.app_user");
        int seed = all.indexOf("INSERT INTO public.app_user (login) VALUES ('admin')");
        int hand = all.indexOf("CREATE TABLE audit_note");
        int first = all.indexOf("-- Revision " + bio.id());
        assertTrue(base >= 0 && base < seed && seed < hand && hand < first, all);
        assertTrue(all.contains("'db/changelog/legacy/more/002-index.xml'"), all);

        String rest = project.wataomi(unused, Output.silent()).upgrade(bio.id() + ":head", true, null).script();
        assertFalse(rest.contains("app_user (login)") || rest.contains("CREATE TABLE"), rest);
        assertTrue(rest.contains("-- Revision " + note.id()) && rest.contains("written_at"), rest);
    }

    /**
     * Spring Boot's Liquibase reads the changelogs through a class loader, and names the master
     * {@code classpath:/db/changelog/db.changelog-master.xml}, which Liquibase may record as such for the changeSets written
     * in the master: the rows it records through a class loader are the ones wataomi records, and the master's changeSets
     * recorded under the prefixed name count as run.
     */
    @Test
    void aDatabaseLiquibaseBuiltThroughAClassLoaderHasTheSameRowsAndNothingRunsAgain() throws Exception {
        TestProject project = legacyProject("legacy_classpath");
        String byClassLoader = TestDatabase.create("legacy_classpath");
        try (Connection c = TestDatabase.connect(byClassLoader);
             URLClassLoader loader = new URLClassLoader(new URL[]{project.resourcesRoot().toUri().toURL()},
                     LegacyChangelogTest.class.getClassLoader());
             Liquibase liquibase = new Liquibase(TestProject.masterPath(), new ClassLoaderResourceAccessor(loader),
                     DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(c)))) {
            liquibase.update(new Contexts(), new LabelExpression());
        }
        String byWataomi = TestDatabase.create("legacy_classpath_wataomi");
        project.wataomi(byWataomi, Output.silent()).upgrade("head", false, null);
        assertEquals(historyRows(byClassLoader), historyRows(byWataomi));
        assertEquals(SchemaDump.of(byClassLoader, true), SchemaDump.of(byWataomi, true));

        try (Connection c = TestDatabase.connect(byClassLoader); Statement st = c.createStatement()) {
            assertEquals(1, st.executeUpdate("UPDATE databasechangelog SET filename = 'classpath:/' || filename"
                    + " WHERE filename = 'db/changelog/db.changelog-master.xml'"));
        }
        assertEquals("Current revision: base (no revision applied; the master changelog's own entries: 5 changeSets, applied: "
                + BASE_LABEL + ")", project.wataomi(byClassLoader, Output.silent()).current(false).lines().get(0));
        project.wataomi(byClassLoader, Output.silent()).upgrade("head", false, null);
        assertEquals(BASE_CHANGESETS, historyRows(byClassLoader).size(), historyRows(byClassLoader).toString());
    }

    /** The same entries as {@link #MASTER_ENTRIES}, in Spring Boot's default master: YAML. */
    static final String YAML_MASTER = """
            databaseChangeLog:
              # The application's schema, before wataomi.
              - include:
                  file: legacy/001-init.xml
                  relativeToChangelogFile: true
              - includeAll:
                  path: legacy/more/
                  relativeToChangelogFile: true
              - changeSet:
                  id: seed-1
                  author: ops
                  changes:
                    - insert:
                        tableName: app_user
                        columns:
                          - column:
                              name: login
                              value: admin
              - include:
                  file: hand_added.sql
                  relativeToChangelogFile: true
            """;

    @Test
    void aYamlMasterRunsUnderWataomiAsUnderPlainLiquibaseBeforeAndAfterTheFirstRevision() throws Exception {
        TestProject project = legacyProject("legacy_yaml");
        Path dir = project.resourcesRoot().resolve("db/changelog");
        Files.delete(dir.resolve("db.changelog-master.xml"));
        Path master = dir.resolve("db.changelog-master.yaml");
        Files.writeString(master, YAML_MASTER);
        String springMaster = "db/changelog/db.changelog-master.yaml";
        String byLiquibase = TestDatabase.create("legacy_yaml_liquibase");
        String byWataomi = TestDatabase.create("legacy_yaml_wataomi");
        PlainLiquibase.update(byLiquibase, project, springMaster);

        RecordingOutput output = new RecordingOutput();
        project.wataomi(byWataomi, output).upgrade("head", false, null);

        assertTrue(output.text().contains("INFO The database is now at base (5 changeSets, applied: " + BASE_LABEL + ")."), output.text());
        assertTrue(historyRows(byWataomi).get(3).startsWith("seed-1 | ops | " + springMaster + " | 9:"), historyRows(byWataomi).toString());
        assertSameDatabase(byLiquibase, byWataomi);

        Revision bio = addBio(project);
        assertFalse(Files.exists(dir.resolve("db.changelog-master.xml")));
        assertEquals(YAML_MASTER + "  - include:\n      file: versions/" + bio.fileName() + "\n      relativeToChangelogFile: true\n",
                Files.readString(master));
        PlainLiquibase.update(byLiquibase, project, springMaster);
        assertEquals(List.of(bio.id()), project.wataomi(byWataomi, Output.silent()).upgrade("head", false, null).ran().stream()
                .map(Revision::id).toList());
        assertSameDatabase(byLiquibase, byWataomi);
        assertTrue(SchemaDump.of(byWataomi).contains("app_user | bio"), SchemaDump.of(byWataomi));
    }

    private static int rows(String url, String table) throws Exception {
        try (Connection c = TestDatabase.connect(url); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /**
     * Liquibase runs a runAlways changeSet on every update, and a runOnChange one again when it was edited, updating their
     * history rows: upgrade does the same with the base's, and current and history say they are pending.
     */
    @Test
    void runAlwaysAndEditedRunOnChangeChangeSetsOfTheBaseRunAgainAsUnderPlainLiquibase() throws Exception {
        TestProject project = legacyProject("legacy_rerun");
        Path views = project.resourcesRoot().resolve("db/changelog/legacy/more/003-views.xml");
        String viewsXml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + NAMESPACES + """
                    <changeSet id="4" author="legacy">
                        <createTable tableName="boot_count">
                            <column name="n" type="int"/>
                        </createTable>
                    </changeSet>
                    <changeSet id="5" author="legacy" runOnChange="true">
                        <createView viewName="user_logins" replaceIfExists="true">SELECT login FROM app_user</createView>
                    </changeSet>
                    <changeSet id="6" author="legacy" runAlways="true">
                        <sql>INSERT INTO boot_count (n) VALUES (1)</sql>
                    </changeSet>
                </databaseChangeLog>
                """;
        Files.writeString(views, viewsXml);
        String byLiquibase = TestDatabase.create("legacy_rerun_liquibase");
        String byWataomi = TestDatabase.create("legacy_rerun_wataomi");
        PlainLiquibase.update(byLiquibase, project);
        project.wataomi(byWataomi, Output.silent()).upgrade("head", false, null);
        assertSameDatabase(byLiquibase, byWataomi);
        assertEquals(1, rows(byWataomi, "boot_count"));

        String current = project.wataomi(byWataomi, Output.silent()).current(false).lines().get(0);
        assertTrue(current.contains("the master changelog's own entries: 8 changeSets, 1 pending (1 runAlways): "), current);
        Files.writeString(views, viewsXml.replace("SELECT login FROM app_user", "SELECT login, id FROM app_user"));
        current = project.wataomi(byWataomi, Output.silent()).current(false).lines().get(0);
        assertTrue(current.contains("8 changeSets, 2 pending (1 runOnChange edited since it ran, 1 runAlways): "), current);
        String history = String.join("\n", project.wataomi(byWataomi, Output.silent()).history((String) null).lines());
        assertTrue(history.contains("(8 changeSets, 2 pending (1 runOnChange edited since it ran, 1 runAlways)"), history);
        List<String> before = historyRows(byWataomi);

        PlainLiquibase.update(byLiquibase, project);
        RecordingOutput output = new RecordingOutput();
        project.wataomi(byWataomi, output).upgrade("head", false, null);

        assertTrue(output.text().contains(": the base (2 changeSets)"), output.text());
        assertSameDatabase(byLiquibase, byWataomi);
        assertEquals(2, rows(byLiquibase, "boot_count"));
        assertEquals(2, rows(byWataomi, "boot_count"));
        assertTrue(SchemaDump.of(byWataomi).contains("user_logins"), SchemaDump.of(byWataomi));
        List<String> after = historyRows(byWataomi);
        assertEquals(before.size(), after.size(), after.toString());
        assertFalse(after.get(6).equals(before.get(6)), "the edited runOnChange changeSet's row has its new checksum: " + after);
        assertEquals(0, rows(byWataomi, "user_logins WHERE id IS NULL"));
    }
}
