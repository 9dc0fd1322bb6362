package io.wataomi.core.sync;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wataomi.casdoor.testing.CasdoorFixtures;
import io.wataomi.casdoor.testing.CasdoorTestServer;
import io.wataomi.casdoor.testing.GeneratedUsers;
import io.wataomi.casdoor.testing.ListedUsers;
import io.wataomi.core.Wataomi;
import io.wataomi.core.testing.Quickstart;
import io.wataomi.core.testing.RecordingOutput;
import io.wataomi.core.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.wataomi.core.sync.Rows.query;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The sync into the quickstart's tables: what it writes, that a second run writes nothing, and that it never deletes. */
class SyncTest {
    private final RecordingOutput output = new RecordingOutput();
    private CasdoorTestServer server;
    private String url;
    private Wataomi wataomi;

    @BeforeEach
    void setUp() {
        server = CasdoorTestServer.withFixtures();
        url = TestDatabase.create("sync");
        wataomi = Quickstart.upgraded(Quickstart.project("sync"), url, output);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void usersWorkspacesAndMembershipsAreWrittenVerbatim() {
        SyncResult r = wataomi.sync(Quickstart.sync(server, 2));
        assertEquals(List.of(3L, 3L, 2L, 0L, 0L, 3L), List.of(r.users(), r.created(), r.createdInactive(), r.updated(), r.unchanged(),
                r.membershipsAdded()));
        assertEquals(List.of(3, 0, 0), List.of(r.workspacesCreated(), r.workspacesUpdated(), r.workspacesUnchanged()));
        assertEquals(List.of(
                "0b1d0f38-6e0b-4c2e-9b6b-2f1d3a1e5c11|alice@example.com|Alice Nguyễn|https://cdn.example.org/avatars/alice.png|t",
                "5c6e2a90-1f3b-4d7e-8a2c-9e0f1b2c3d44|null|Bob O'Brien; DROP TABLE users;--|null|f",
                "9f8e7d6c-5b4a-4321-8fed-cba987654321|carol@example.com|Carol 🚀|https://cdn.example.org/avatars/carol.png|f"),
                query(url, "SELECT casdoor_id, email, name, avatar, is_active FROM \"user\" ORDER BY casdoor_id"),
                "empty Casdoor values are NULL; forbidden and deleted users inactive; text stored exactly");
        assertEquals(List.of("billing|Billing|f", "default|Default|t", "wataomi-app|Wataomi|f"),
                query(url, "SELECT slug, name, is_default FROM workspace ORDER BY slug"),
                "the organization's applications, not the shared one of partner-org nor app-built-in");
        assertEquals(List.of("0b1d|default|member", "5c6e|default|member", "9f8e|default|member"),
                query(url, "SELECT left(u.casdoor_id, 4), w.slug, m.role FROM workspace_member m"
                        + " JOIN \"user\" u ON u.id = m.user_id JOIN workspace w ON w.id = m.workspace_id ORDER BY 1"));
        assertTrue(output.text().contains("Synced 3 users of organization 'wataomi'"), output.text());
        assertTrue(output.text().contains("3 created (2 inactive), 0 updated, 0 unchanged, 0 deactivated"), output.text());
    }

    @Test
    void aSecondSyncWritesNoRow() {
        wataomi.sync(Quickstart.sync(server, 2));
        List<String> before = versions();
        assertEquals(1, query(url, "SELECT DISTINCT xmin FROM \"user\" UNION SELECT xmin FROM workspace"
                + " UNION SELECT xmin FROM workspace_member").size(), "the first sync wrote everything in one transaction");
        SyncResult again = wataomi.sync(Quickstart.sync(server, 2));
        assertTrue(again.wroteNothing(), again.summary());
        assertEquals(3, again.unchanged());
        assertEquals(before, versions(), "no row was rewritten (xmin unchanged)");
        assertTrue(output.text().contains("0 created, 0 updated, 3 unchanged, 0 deactivated; workspaces: 0 created, 0 updated,"
                + " 3 unchanged; memberships added: 0. Nothing was written."), output.text());
    }

    @Test
    void changedUsersAreUpdatedAndDeactivationsCounted() {
        wataomi.sync(Quickstart.sync(server, 2));
        List<String> before = versions();
        List<ObjectNode> users = CasdoorFixtures.users();
        users.get(0).put("email", "alice@new.example.com").put("isForbidden", true);
        users.get(1).put("isForbidden", false);
        server.users(new ListedUsers(users));
        SyncResult r = wataomi.sync(Quickstart.sync(server, 2));
        assertEquals(List.of(0L, 2L, 1L, 1L), List.of(r.created(), r.updated(), r.deactivated(), r.unchanged()));
        assertEquals(List.of("alice@new.example.com|f", "null|t", "carol@example.com|f"),
                query(url, "SELECT email, is_active FROM \"user\" ORDER BY casdoor_id"));
        List<String> after = versions();
        assertNotEquals(before.get(0), after.get(0), "alice rewritten");
        assertEquals(before.get(2), after.get(2), "carol untouched");
        assertEquals(1, query(url, "SELECT 1 FROM \"user\" WHERE updated_at > created_at AND casdoor_id LIKE '0b1d%'").size(),
                "updated_at moves on an update");
    }

    @Test
    void usersGoneFromCasdoorAndLocalRowsAreNeverDeleted() throws Exception {
        wataomi.sync(Quickstart.sync(server, 2));
        Rows.execute(url, "INSERT INTO \"user\" (casdoor_id, email, name) VALUES ('local-only', 'x@example.com', 'Local')");
        Rows.execute(url, "INSERT INTO workspace (slug, name) VALUES ('hand-made', 'Hand made')");
        server.users(new ListedUsers(CasdoorFixtures.users().subList(0, 1)));
        server.applications(CasdoorFixtures.applications().subList(0, 1));
        SyncResult r = wataomi.sync(Quickstart.sync(server, 2));
        assertEquals(1, r.users());
        assertEquals(4, query(url, "SELECT 1 FROM \"user\"").size());
        assertEquals(List.of("billing", "default", "hand-made", "wataomi-app"), query(url, "SELECT slug FROM workspace ORDER BY 1"));
        assertEquals(3, query(url, "SELECT 1 FROM workspace_member").size());
    }

    @Test
    void aUserWithoutAnIdIsLeftOutWithAWarning() {
        List<ObjectNode> users = CasdoorFixtures.users();
        users.get(1).put("id", "");
        server.users(new ListedUsers(users));
        SyncResult r = wataomi.sync(Quickstart.sync(server, 10));
        assertEquals(List.of(2L, 1L), List.of(r.created(), r.skipped()));
        assertTrue(output.text().contains("WARN Casdoor user 'bob' has no id; left out (the sync keys users by their Casdoor id)."));
        assertTrue(r.summary().contains(", 1 skipped (no id)"), r.summary());
    }

    @Test
    void largeOrganizationsReportOneProgressLinePerPage() {
        server.users(new GeneratedUsers(2500));
        SyncResult r = wataomi.sync(Quickstart.sync(server, 1000));
        assertEquals(List.of(3, 2500L, 2500L), List.of(r.pages(), r.created(), r.membershipsAdded()));
        List<String> progress = output.lines().stream().filter(l -> l.startsWith("INFO   page ")).toList();
        assertEquals(3, progress.size(), output.text());
        assertTrue(progress.get(0).matches("INFO   page 1/3: 1,000 of 2,500 users, [0-9,]+ users/s"), progress.get(0));
        assertTrue(progress.get(2).startsWith("INFO   page 3/3: 2,500 of 2,500 users"), progress.get(2));
        assertEquals(2500, query(url, "SELECT DISTINCT casdoor_id FROM \"user\"").size());
        assertEquals(List.of("Zoë O'Brien; DROP TABLE \"user\";-- 8"), query(url, "SELECT name FROM \"user\" WHERE casdoor_id = '"
                + GeneratedUsers.id(7) + "'"));
    }

    @Test
    void noSecretReachesTheOutputEvenAtDebugLevel() {
        wataomi.sync(Quickstart.sync(server, 2));
        assertTrue(output.text().contains("DEBUG Casdoor: GET /api/get-organization-applications"), "debug lines are recorded");
        assertFalse(output.text().contains(CasdoorTestServer.CLIENT_SECRET));
        assertFalse(output.text().contains("do-not-log-this-secret"));
    }

    /** xmin of every row of the three tables, in a fixed order: changes exactly when a row is rewritten. */
    private List<String> versions() {
        return query(url, "SELECT string_agg(xmin::text, ',' ORDER BY casdoor_id) FROM \"user\""
                + " UNION ALL SELECT string_agg(xmin::text, ',' ORDER BY slug) FROM workspace"
                + " UNION ALL SELECT string_agg(xmin::text, ',' ORDER BY id) FROM workspace_member").stream()
                .flatMap(s -> List.of(s.split(",")).stream()).toList();
    }
}
