package io.wataomi.core.sync;

import io.wataomi.casdoor.testing.CasdoorTestServer;
import io.wataomi.core.Wataomi;
import io.wataomi.core.shared.WataomiException;
import io.wataomi.core.config.ConfigException;
import io.wataomi.core.config.LayeredSettings;
import io.wataomi.core.testing.Quickstart;
import io.wataomi.core.testing.RecordingOutput;
import io.wataomi.core.testing.SchemaDump;
import io.wataomi.core.testing.TestDatabase;
import io.wataomi.core.testing.TestProject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.wataomi.core.sync.Rows.query;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** TableLayout tables: names from settings, quoted; a missing table or column is found before anything is written or read. */
class SyncTablesTest {
    private final RecordingOutput output = new RecordingOutput();
    private CasdoorTestServer server;
    private String url;
    private Wataomi wataomi;

    @BeforeEach
    void setUp() {
        server = CasdoorTestServer.withFixtures();
        url = TestDatabase.create("sync_tables");
        TestProject project = Quickstart.project("sync_tables");
        wataomi = Quickstart.upgraded(project, url, output);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private void assertRefusedBeforeAnything(SyncConfig sync, String expected) {
        String before = SchemaDump.of(url, true);
        WataomiException e = assertThrows(WataomiException.class, () -> wataomi.sync(sync));
        assertTrue(e.getMessage().startsWith(expected), e.getMessage());
        assertTrue(e.isProjectProblem());
        assertEquals(before, SchemaDump.of(url, true));
        assertEquals(List.of(), server.requests(), "the tables are checked before Casdoor is asked anything");
    }

    @Test
    void aMissingColumnIsNamedWithTheSettingToChange() throws Exception {
        Rows.execute(url, "ALTER TABLE \"user\" DROP COLUMN avatar");
        assertRefusedBeforeAnything(Quickstart.sync(server, 10), "Table \"public\".\"user\" has no column \"avatar\", which"
                + " wataomi.sync.user.avatar names. Set wataomi.sync.user.avatar (in <syncTables> as user.avatar, or with -D) to the"
                + " right column, or to none to leave it out.");
        SyncResult r = wataomi.sync(Quickstart.sync(server, 10, Map.of("wataomi.sync.user.avatar", "none")));
        assertEquals(3, r.created(), "with the column left out the sync runs");
    }

    @Test
    void aMissingTableIsNamedWithTheSettingToChange() {
        assertRefusedBeforeAnything(Quickstart.sync(server, 10, Map.of("wataomi.sync.member.table", "members")),
                "Table \"public\".\"members\" does not exist, so the sync cannot write members. Set wataomi.sync.member.table");
        assertRefusedBeforeAnything(Quickstart.sync(server, 10, Map.of("wataomi.sync.schema", "nowhere")),
                "None of the sync's tables (user, workspace, workspace_member) exists in schema \"nowhere\", which does not exist."
                        + " Run mvn wataomi:upgrade first");
    }

    @Test
    void aNotNullColumnTheSyncCannotFillAndANonBooleanFlagAreRefused() throws Exception {
        Rows.execute(url, "ALTER TABLE workspace ADD COLUMN owner_id bigint NOT NULL");
        assertRefusedBeforeAnything(Quickstart.sync(server, 10), "Table \"public\".\"workspace\" has column \"owner_id\" NOT NULL"
                + " without a default, and the sync does not fill it");
        Rows.execute(url, "ALTER TABLE workspace DROP COLUMN owner_id", "ALTER TABLE \"user\" ADD COLUMN enabled int");
        assertRefusedBeforeAnything(Quickstart.sync(server, 10, Map.of("wataomi.sync.user.active", "enabled")),
                "Column \"enabled\" of \"public\".\"user\" is integer, but the sync writes true/false there.");
    }

    @Test
    void unknownKeysAndNoneForARequiredColumnAreConfigurationErrors() {
        LayeredSettings typo = LayeredSettings.resolve(Map.of(), Map.of(), Map.of(), Map.of("wataomi.sync.user.mail", "email"));
        ConfigException e = assertThrows(ConfigException.class, () -> SyncTables.from(typo, "public"));
        assertTrue(e.getMessage().startsWith("Unknown sync setting wataomi.sync.user.mail (<syncTables> key 'user.mail'). The keys"
                + " are: schema, user.table, user.id, user.casdoorId, user.email,"), e.getMessage());
        LayeredSettings none = LayeredSettings.resolve(Map.of(), Map.of(), Map.of(), Map.of("wataomi.sync.user.casdoorId", "none"));
        e = assertThrows(ConfigException.class, () -> SyncTables.from(none, "public"));
        assertEquals("wataomi.sync.user.casdoorId cannot be 'none': the sync needs that column. Name it, or leave the setting out"
                + " for the default 'casdoor_id'.", e.getMessage());
    }

    @Test
    void otherTablesSchemasAndKeyTypesWithAwkwardNames() throws Exception {
        Rows.execute(url, "CREATE SCHEMA \"Crm\"",
                "CREATE TABLE \"Crm\".\"Person\" (pk bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, \"ext id\" uuid NOT NULL UNIQUE,"
                        + " mail text, \"select\" text NOT NULL, enabled boolean NOT NULL DEFAULT true)",
                "CREATE TABLE \"Crm\".team (id serial PRIMARY KEY, code text NOT NULL UNIQUE, title text)",
                "CREATE TABLE \"Crm\".team_person (team int NOT NULL REFERENCES \"Crm\".team, person bigint NOT NULL"
                        + " REFERENCES \"Crm\".\"Person\", UNIQUE (team, person))");
        Map<String, String> names = Map.ofEntries(Map.entry("wataomi.sync.schema", "Crm"),
                Map.entry("wataomi.sync.user.table", "Person"), Map.entry("wataomi.sync.user.id", "pk"),
                Map.entry("wataomi.sync.user.casdoorId", "ext id"), Map.entry("wataomi.sync.user.email", "mail"),
                Map.entry("wataomi.sync.user.name", "select"), Map.entry("wataomi.sync.user.avatar", "none"),
                Map.entry("wataomi.sync.user.active", "enabled"), Map.entry("wataomi.sync.user.createdAt", "none"),
                Map.entry("wataomi.sync.user.updatedAt", "none"), Map.entry("wataomi.sync.workspace.table", "team"),
                Map.entry("wataomi.sync.workspace.slug", "code"), Map.entry("wataomi.sync.workspace.name", "title"),
                Map.entry("wataomi.sync.workspace.isDefault", "NONE"), Map.entry("wataomi.sync.workspace.createdAt", "none"),
                Map.entry("wataomi.sync.member.table", "team_person"), Map.entry("wataomi.sync.member.workspaceId", "team"),
                Map.entry("wataomi.sync.member.userId", "person"), Map.entry("wataomi.sync.member.role", "none"),
                Map.entry("wataomi.sync.member.createdAt", "none"), Map.entry("wataomi.sync.defaultWorkspace", "everyone"));
        SyncResult first = wataomi.sync(Quickstart.sync(server, 2, names));
        assertEquals(List.of(3L, 3L), List.of(first.created(), first.membershipsAdded()));
        assertEquals(List.of("0b1d0f38-6e0b-4c2e-9b6b-2f1d3a1e5c11|alice@example.com|Alice Nguyễn|t",
                "5c6e2a90-1f3b-4d7e-8a2c-9e0f1b2c3d44|null|Bob O'Brien; DROP TABLE users;--|f",
                "9f8e7d6c-5b4a-4321-8fed-cba987654321|carol@example.com|Carol 🚀|f"),
                query(url, "SELECT \"ext id\", mail, \"select\", enabled FROM \"Crm\".\"Person\" ORDER BY 1"));
        assertEquals(List.of("billing|Billing", "everyone|Default", "wataomi-app|Wataomi"),
                query(url, "SELECT code, title FROM \"Crm\".team ORDER BY 1"));
        assertTrue(wataomi.sync(Quickstart.sync(server, 2, names)).wroteNothing());
        assertEquals(0, query(url, "SELECT 1 FROM \"user\"").size(), "the default tables were not touched");
    }
}
