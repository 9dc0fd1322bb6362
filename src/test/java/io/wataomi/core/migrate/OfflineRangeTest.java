package io.wataomi.core.migrate;

import io.wataomi.core.Wataomi;
import io.wataomi.core.config.LayeredSettings;
import io.wataomi.core.config.PropertyNames;
import io.wataomi.core.config.WataomiConfig;
import io.wataomi.core.revision.Revision;
import io.wataomi.core.revision.RevisionException;
import io.wataomi.core.revision.RevisionFiles;
import io.wataomi.core.shared.Output;
import io.wataomi.core.testing.Quickstart;
import io.wataomi.core.testing.SchemaDump;
import io.wataomi.core.testing.SqlScriptRunner;
import io.wataomi.core.testing.TestDatabase;
import io.wataomi.core.testing.TestProject;
import org.junit.jupiter.api.Test;

import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Offline SQL for a range {@code from:to} is written from the revision files alone: no database is started or contacted,
 * one transaction per revision, and a database that psql brings through the script is where {@code current} says, with
 * the schema and history rows a live upgrade gives.
 */
class OfflineRangeTest {

    @Test
    void baseToHeadStartsNoDatabaseAndBringsAnEmptyOneToHead() throws Exception {
        TestProject project = Fixtures.threeRevisions("range_base");
        WataomiConfig noDatabaseSetting = WataomiConfig.from(LayeredSettings.resolve(Map.of(), Map.of(), Map.of(), Map.of()),
                project.basedir());
        Path file = project.basedir().resolve("target/base-head.sql");

        MigrationResult result = new Wataomi(noDatabaseSetting, Output.silent()).upgrade("base:head", true, file);

        assertFalse(Files.exists(noDatabaseSetting.embeddedDirectory()), "the embedded database must not be started");
        assertEquals(project.revisionIds(), result.ran().stream().map(Revision::id).toList());
        String sql = Files.readString(file, StandardCharsets.UTF_8);
        assertEquals(3, lines(sql, "BEGIN;"), sql);
        assertEquals(3, lines(sql, "COMMIT;"), sql);
        assertTrue(sql.contains("CREATE TABLE public.databasechangelog"), sql);

        String url = TestDatabase.create("range_base");
        String tool = SqlScriptRunner.apply(url, file);
        assertEquals(List.of(project.revisionIds().get(2)), current(project, url), "after applying with " + tool);
        String live = upgradedLive(project, "range_base_live", "head");
        assertEquals(SchemaDump.of(live, true), SchemaDump.of(url, true), "applied with " + tool);
        assertEquals(TestProject.historyRowCounts(live), TestProject.historyRowCounts(url));
        assertEquals(List.of(), project.wataomi(url, Output.silent()).upgrade("head", false, null).ran(),
                "a live upgrade after the script finds nothing to do, and its checksums agree");
    }

    @Test
    void aRangeContactsNoServerEvenWhenOneIsConfigured() throws Exception {
        TestProject project = Quickstart.project("range_no_contact");
        try (ServerSocket server = new ServerSocket(0)) {
            AtomicInteger contacts = new AtomicInteger();
            Thread door = new Thread(() -> {
                while (!server.isClosed()) {
                    try (Socket ignored = server.accept()) {
                        contacts.incrementAndGet();
                    } catch (java.io.IOException closed) {
                        return;
                    }
                }
            });
            door.setDaemon(true);
            door.start();
            Wataomi wataomi = project.wataomi("jdbc:postgresql://127.0.0.1:" + server.getLocalPort() + "/nowhere", Output.silent());

            String up = wataomi.upgrade("base:head", true, null).script();
            String down = wataomi.downgrade("head:base", true, null).script();

            assertEquals(0, contacts.get(), "offline SQL for a range connected to the configured server");
            assertEquals(3, lines(up, "BEGIN;"), up);
            assertEquals(3, lines(down, "BEGIN;"), down);
        }
    }

    @Test
    void fromOneRevisionToHeadCoversTheRestAndNumbersOnAfterItsRows() throws Exception {
        TestProject project = Fixtures.threeRevisions("range_from");
        List<String> ids = project.revisionIds();
        String url = upgradedLive(project, "range_from", ids.get(0));
        Path file = project.basedir().resolve("target/from.sql");

        project.wataomi("jdbc:postgresql://127.0.0.1:1/unused", Output.silent()).upgrade(ids.get(0).substring(0, 6) + ":head", true, file);

        String sql = Files.readString(file, StandardCharsets.UTF_8);
        assertEquals(2, lines(sql, "BEGIN;"), sql);
        assertFalse(sql.contains("CREATE TABLE public.databasechangelog"), "the table exists at a revision:\n" + sql);
        assertFalse(sql.matches("(?s).*CREATE TABLE public\\.customer .*"), "the first revision is assumed applied:\n" + sql);
        SqlScriptRunner.apply(url, file);
        assertEquals(List.of(ids.get(2)), current(project, url));
        String live = upgradedLive(project, "range_from_live", "head");
        assertEquals(SchemaDump.of(live, true), SchemaDump.of(url, true));
        assertEquals(TestProject.historyRowCounts(live), TestProject.historyRowCounts(url));
        assertEquals(orderExecuted(live), orderExecuted(url), "ORDEREXECUTED goes on after the first revision's rows");
    }

    @Test
    void aDowngradeRangeTakesTheDatabaseBackToTheRevision() throws Exception {
        TestProject project = Quickstart.project("range_down");
        List<String> ids = RevisionFiles.graph(project.config("jdbc:postgresql://127.0.0.1:1/unused")).ordered().stream()
                .map(Revision::id).toList();
        String url = upgradedLive(project, "range_down", "head");
        Path file = project.basedir().resolve("target/down.sql");

        project.wataomi("jdbc:postgresql://127.0.0.1:1/unused", Output.silent()).downgrade("head:" + ids.get(0), true, file);

        assertEquals(2, lines(Files.readString(file, StandardCharsets.UTF_8), "BEGIN;"));
        SqlScriptRunner.apply(url, file);
        assertEquals(List.of(ids.get(0)), current(project, url));
        assertEquals(SchemaDump.of(upgradedLive(project, "range_down_live", ids.get(0)), true), SchemaDump.of(url, true));
    }

    @Test
    void anotherSchemaIsCreatedByTheScriptThatStartsAtBase() throws Exception {
        TestProject project = Fixtures.threeRevisions("range_schema");
        Map<String, String> schema = Map.of(PropertyNames.SCHEMA, "app");
        Path file = project.basedir().resolve("target/schema.sql");
        new Wataomi(project.config("jdbc:postgresql://127.0.0.1:1/unused", schema), Output.silent()).upgrade("base:head", true, file);

        String url = TestDatabase.create("range_schema");
        SqlScriptRunner.apply(url, file);

        Wataomi wataomi = new Wataomi(project.config(url, schema), Output.silent());
        assertEquals(List.of(project.revisionIds().get(2)), wataomi.current(false).current().stream().map(Revision::id).toList());
    }

    @Test
    void aRangeIsForOfflineSqlAndStartsAtARevision() {
        TestProject project = Fixtures.threeRevisions("range_refused");
        Wataomi wataomi = project.wataomi("jdbc:postgresql://127.0.0.1:1/unused", Output.silent());

        RevisionException live = assertThrows(RevisionException.class, () -> wataomi.upgrade("base:head", false, null));
        assertTrue(live.getMessage().contains("-Dwataomi.sql=true"), live.getMessage());
        RevisionException step = assertThrows(RevisionException.class, () -> wataomi.upgrade("-1:head", true, null));
        assertTrue(step.getMessage().contains("'-1'"), step.getMessage());
        RevisionException half = assertThrows(RevisionException.class, () -> wataomi.upgrade("base:", true, null));
        assertTrue(half.getMessage().contains("'base:'"), half.getMessage());
        RevisionException unknown = assertThrows(RevisionException.class, () -> wataomi.upgrade("fedcba987654:head", true, null));
        assertTrue(unknown.getMessage().contains("fedcba987654"), unknown.getMessage());
    }

    private static long lines(String text, String line) {
        return text.lines().filter(line::equals).count();
    }

    private static String upgradedLive(TestProject project, String label, String target) {
        String url = TestDatabase.create(label);
        project.wataomi(url, Output.silent()).upgrade(target, false, null);
        return url;
    }

    private static List<String> current(TestProject project, String url) {
        return project.wataomi(url, Output.silent()).current(false).current().stream().map(Revision::id).toList();
    }

    private static List<String> orderExecuted(String url) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = TestDatabase.connect(url);
             ResultSet rs = c.createStatement().executeQuery("SELECT id || '=' || orderexecuted FROM public.databasechangelog"
                     + " ORDER BY orderexecuted")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
