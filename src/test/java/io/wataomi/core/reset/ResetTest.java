package io.wataomi.core.reset;

import io.wataomi.casdoor.testing.CasdoorTestServer;
import io.wataomi.core.Wataomi;
import io.wataomi.core.config.ConfigException;
import io.wataomi.core.revision.RevisionException;
import io.wataomi.core.revision.RevisionWriter;
import io.wataomi.core.testing.Quickstart;
import io.wataomi.core.testing.RecordingOutput;
import io.wataomi.core.testing.SchemaDump;
import io.wataomi.core.testing.TestDatabase;
import io.wataomi.core.testing.TestProject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reset: refused unless confirmed, then every object dropped, the revisions applied again, and the sync run. */
class ResetTest {
    private final RecordingOutput output = new RecordingOutput();
    private CasdoorTestServer server;
    private TestProject project;
    private String url;
    private String name;
    private Wataomi wataomi;

    @BeforeEach
    void setUp() throws Exception {
        server = CasdoorTestServer.withFixtures();
        url = TestDatabase.create("reset");
        name = TestDatabase.name(url);
        project = Quickstart.project("reset");
        wataomi = Quickstart.upgraded(project, url, output);
        wataomi.sync(Quickstart.sync(server, 10));
        execute("INSERT INTO \"user\" (casdoor_id, name) VALUES ('local-only', 'Local')");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private ResetOptions confirmed() {
        return new ResetOptions(name, false, List.of(), null);
    }

    @Test
    void dropsEveryKindOfObjectKeepsTheSchemaItsGrantsAndExtensionsThenUpgradesAndSyncs() throws Exception {
        execute("CREATE TYPE mood AS ENUM ('ok', 'meh')", "CREATE DOMAIN email AS text CHECK (VALUE LIKE '%@%')",
                "CREATE TYPE pair AS (a int, b int)", "CREATE TYPE floatrange AS RANGE (subtype = float8)",
                "CREATE TABLE extra (id serial PRIMARY KEY, m mood, e email, r floatrange, ref bigint REFERENCES \"user\"(id))",
                "CREATE TABLE measure (at date NOT NULL, v int) PARTITION BY RANGE (at)",
                "CREATE TABLE measure_2026 PARTITION OF measure FOR VALUES FROM ('2026-01-01') TO ('2027-01-01')",
                "CREATE SEQUENCE lonely_seq", "CREATE VIEW active_user AS SELECT * FROM \"user\" WHERE is_active",
                "CREATE MATERIALIZED VIEW user_count AS SELECT count(*) FROM \"user\"",
                "CREATE FUNCTION add_one(i int) RETURNS int LANGUAGE sql AS 'SELECT i + 1'",
                "CREATE PROCEDURE noop() LANGUAGE sql AS 'SELECT 1'",
                "CREATE AGGREGATE total(int) (sfunc = int4pl, stype = int)",
                "CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS 'BEGIN RETURN NEW; END'",
                "CREATE TRIGGER t BEFORE UPDATE ON workspace FOR EACH ROW EXECUTE FUNCTION touch()",
                "CREATE COLLATION german (provider = icu, locale = 'de')",
                "CREATE TEXT SEARCH CONFIGURATION my_english (COPY = english)",
                "CREATE EXTENSION IF NOT EXISTS pgcrypto",
                "CREATE ROLE reset_reader_" + name, "GRANT USAGE ON SCHEMA public TO reset_reader_" + name,
                "COMMENT ON SCHEMA public IS 'the app'");
        String owner = one("SELECT nspowner::regrole::text FROM pg_namespace WHERE nspname = 'public'");
        String acl = one("SELECT nspacl::text FROM pg_namespace WHERE nspname = 'public'");

        ResetResult r = wataomi.reset(confirmed(), Quickstart.sync(server, 10));

        assertEquals(List.of("public"), r.schemas());
        assertEquals(List.of("databasechangelog", "user", "workspace", "workspace_member"),
                list("SELECT relname FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind IN ('r', 'p', 'v', 'm', 'S', 'f')"
                        + " AND relname NOT LIKE '%_seq' ORDER BY 1"), output.text());
        assertEquals(List.of("user_id_seq", "workspace_id_seq", "workspace_member_id_seq"),
                list("SELECT relname FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind = 'S' ORDER BY 1"));
        assertEquals(List.of(), list("SELECT typname FROM pg_type WHERE typnamespace = 'public'::regnamespace"
                + " AND typname IN ('mood', 'email', 'pair', 'floatrange')"));
        assertEquals(List.of(), list("SELECT proname FROM pg_proc p WHERE pronamespace = 'public'::regnamespace"
                + " AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e')"));
        assertEquals(List.of(), list("SELECT collname FROM pg_collation WHERE collnamespace = 'public'::regnamespace"));
        assertEquals(List.of(), list("SELECT cfgname FROM pg_ts_config WHERE cfgnamespace = 'public'::regnamespace"));
        assertEquals(List.of("pgcrypto"), list("SELECT extname FROM pg_extension WHERE extname = 'pgcrypto'"), "extensions stay");
        assertEquals(owner, one("SELECT nspowner::regrole::text FROM pg_namespace WHERE nspname = 'public'"));
        assertEquals(acl, one("SELECT nspacl::text FROM pg_namespace WHERE nspname = 'public'"), "grants kept");
        assertEquals("the app", one("SELECT obj_description('public'::regnamespace)"));

        assertEquals(3, r.upgrade().ran().size(), "upgraded from base to head");
        assertNotNull(r.sync());
        assertEquals(3, r.sync().created(), "synced again from scratch");
        assertEquals(List.of("0b1d0f38-6e0b-4c2e-9b6b-2f1d3a1e5c11", "5c6e2a90-1f3b-4d7e-8a2c-9e0f1b2c3d44",
                "9f8e7d6c-5b4a-4321-8fed-cba987654321"), list("SELECT casdoor_id FROM \"user\" ORDER BY 1"), "the local-only row is gone");
        assertTrue(output.text().contains("Dropped 21 objects in schema public."), output.text());
    }

    @Test
    void batchModeWithoutConfirmationIsRefusedAndNothingChanges() throws Exception {
        String before = SchemaDump.of(url, true) + TestProject.historyRowCounts(url);
        ResetRefused e = assertThrows(ResetRefused.class, () -> wataomi.reset(new ResetOptions(null, false, List.of(), null), null));
        assertEquals("wataomi:reset drops every object in schema public of database '" + name + "' (" + url + " as postgres)."
                + " In batch mode (mvn -B, or no console) confirm with -Dwataomi.reset.confirm=" + name + ". Nothing was changed.",
                e.getMessage());
        assertTrue(e.isProjectProblem());
        e = assertThrows(ResetRefused.class, () -> wataomi.reset(new ResetOptions("wataomi", false, List.of(), null), null));
        assertEquals("wataomi.reset.confirm is 'wataomi' but the database is '" + name + "'. Nothing was changed. To reset this"
                + " database use -Dwataomi.reset.confirm=" + name + ".", e.getMessage());
        assertEquals(before, SchemaDump.of(url, true) + TestProject.historyRowCounts(url));
    }

    @Test
    void theInteractivePromptWantsTheDatabaseName() throws Exception {
        String before = SchemaDump.of(url, true);
        List<String> asked = new ArrayList<>();
        ResetRefused e = assertThrows(ResetRefused.class, () -> wataomi.reset(new ResetOptions(null, false, List.of(), q -> {
            asked.add(q);
            return "yes";
        }), null));
        assertEquals("The answer was 'yes', not the database name '" + name + "'. Nothing was changed.", e.getMessage());
        assertTrue(asked.get(0).endsWith("Type the database name (" + name + ") to go on: "), asked.get(0));
        assertEquals(before, SchemaDump.of(url, true));

        ResetResult r = wataomi.reset(new ResetOptions(null, false, List.of(), q -> " " + name + "\n"), null);
        assertEquals(3, r.upgrade().ran().size());
        assertEquals(0, list("SELECT 1 FROM \"user\"").size(), "no sync without Casdoor settings");
    }

    @Test
    void aRemoteDatabaseAlsoNeedsAllowRemoteAndIsRefusedBeforeAnyConnection() {
        Wataomi remote = new Wataomi(TestProject.config(project.basedir(), "jdbc:postgresql://db.example.invalid:5432/app", Map.of()),
                output);
        ResetRefused e = assertThrows(ResetRefused.class, () -> remote.reset(new ResetOptions("app", false, List.of(), null), null));
        assertTrue(e.getMessage().startsWith("wataomi:reset would drop every object in schema public of database 'app'"
                + " (jdbc:postgresql://db.example.invalid:5432/app as postgres), which is not on this machine. Resetting a remote"
                + " database needs -Dwataomi.reset.allowRemote=true as well as -Dwataomi.reset.confirm=app."), e.getMessage());
    }

    @Test
    void aHostNameThatStartsWith127IsRemote() {
        for (String host : List.of("127.prod-db.example.com", "127.0.0.1.nip.io", "localhost.example.com")) {
            Wataomi remote = new Wataomi(TestProject.config(project.basedir(), "jdbc:postgresql://" + host + ":5432/app", Map.of()),
                    output);
            ResetRefused e = assertThrows(ResetRefused.class, () -> remote.reset(new ResetOptions("app", false, List.of(), null), null),
                    host);
            assertTrue(e.getMessage().contains("(jdbc:postgresql://" + host + ":5432/app as postgres), which is not on this machine."),
                    e.getMessage());
        }
    }

    @Test
    void aListedSchemaThatDoesNotExistIsAnErrorAndNothingIsDropped() throws Exception {
        String before = SchemaDump.of(url, true) + TestProject.historyRowCounts(url);
        ConfigException e = assertThrows(ConfigException.class,
                () -> wataomi.reset(new ResetOptions(name, false, List.of("public", "nosuch", "Public"), null), null));
        assertTrue(e.getMessage().startsWith("wataomi.reset.schemas names schemas that database '" + name + "' does not have: nosuch,"
                + " Public (did you mean public?). Nothing was dropped. The schemas it has: "), e.getMessage());
        assertTrue(e.isProjectProblem());
        assertEquals(before, SchemaDump.of(url, true) + TestProject.historyRowCounts(url));
    }

    @Test
    void systemSchemasAndTwoHeadsAreRefusedBeforeAnythingIsDropped() throws Exception {
        String before = SchemaDump.of(url, true);
        ConfigException bad = assertThrows(ConfigException.class,
                () -> wataomi.reset(new ResetOptions(name, false, List.of("public", "pg_catalog"), null), null));
        assertTrue(bad.getMessage().contains("system schema pg_catalog"), bad.getMessage());
        RevisionWriter.write(project.config(url), RevisionWriter.newId(), List.of("f365eede9e8c"), "second head",
                LocalDateTime.of(2026, 12, 1, 10, 0), "");
        assertThrows(RevisionException.class, () -> wataomi.reset(confirmed(), null));
        assertEquals(before, SchemaDump.of(url, true));
    }

    private void execute(String... sql) throws Exception {
        try (Connection c = TestDatabase.connect(url); Statement st = c.createStatement()) {
            for (String s : sql) {
                st.execute(s);
            }
        }
    }

    private List<String> list(String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = TestDatabase.connect(url); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    private String one(String sql) throws Exception {
        return list(sql).get(0);
    }
}
