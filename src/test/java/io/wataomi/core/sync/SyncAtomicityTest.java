package io.wataomi.core.sync;

import io.wataomi.casdoor.testing.CasdoorTestServer;
import io.wataomi.casdoor.testing.Fault;
import io.wataomi.casdoor.testing.GeneratedUsers;
import io.wataomi.core.shared.DatabaseFailure;
import io.wataomi.core.shared.WataomiException;
import io.wataomi.core.casdoor.CasdoorConfig;
import io.wataomi.core.db.MigrationLock;
import io.wataomi.core.testing.Quickstart;
import io.wataomi.core.testing.RecordingOutput;
import io.wataomi.core.testing.SchemaDump;
import io.wataomi.core.testing.TestDatabase;
import io.wataomi.core.testing.TestProject;
import io.wataomi.core.Wataomi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * All or nothing: a sync that fails anywhere (each Casdoor fault, on the third of four pages after two
 * pages were written; a value the table cannot take; a held lock) leaves every row as it was. The
 * database starts from an earlier sync, so that the failed sync had updates as well as inserts to undo.
 */
@Tag("slow")
class SyncAtomicityTest {
    private final RecordingOutput output = new RecordingOutput();
    private CasdoorTestServer server;
    private String url;
    private TestProject project;
    private Wataomi wataomi;
    private String before;

    @BeforeEach
    void setUp() {
        server = CasdoorTestServer.start(new GeneratedUsers(30), io.wataomi.casdoor.testing.CasdoorFixtures.applications());
        url = TestDatabase.create("sync_atomic");
        project = Quickstart.project("sync_atomic");
        wataomi = Quickstart.upgraded(project, url, output);
        wataomi.sync(Quickstart.sync(server, 10));
        // Casdoor changes: 40 users now (10 new), every 4th display name changed, every 7th forbidden.
        server.users(new GeneratedUsers(40).changed(4, " (renamed)").deactivated(7));
        server.applications(java.util.List.of());
        before = SchemaDump.of(url, true);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private void assertFailsAndChangesNothing(SyncConfig sync, String expected) {
        WataomiException e = assertThrows(WataomiException.class, () -> wataomi.sync(sync));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        assertTrue(e.getMessage().endsWith("Nothing was written (the sync runs in one transaction)."), e.getMessage());
        assertEquals(before, SchemaDump.of(url, true), "the database changed although the sync failed");
        assertFalse(e.getMessage().contains(CasdoorTestServer.CLIENT_SECRET) || output.text().contains(CasdoorTestServer.CLIENT_SECRET));
    }

    private void failOnPage3(Fault.Kind kind, String expected) {
        server.clearFaults();
        server.fault(Fault.always(kind, "/api/get-users", 3));
        assertFailsAndChangesNothing(Quickstart.sync(server, 10), expected);
        assertTrue(output.text().contains("page 2/4: 20 of 40 users"), "two pages were written before the failure");
    }

    @Test
    void aServerErrorOnPage3Of4() {
        failOnPage3(Fault.Kind.SERVER_ERROR, "answered with HTTP 500 (2 attempts)");
    }

    @Test
    void anHtmlPageOnPage3Of4() {
        failOnPage3(Fault.Kind.HTML, "answered with an HTML page (HTTP 200, title '502 Bad Gateway')");
    }

    @Test
    void truncatedJsonOnPage3Of4() {
        failOnPage3(Fault.Kind.TRUNCATED, "sent truncated JSON");
    }

    @Test
    void anErrorStatusOnPage3Of4() {
        failOnPage3(Fault.Kind.ERROR_STATUS, "answered status \"error\": \"database is locked\"");
    }

    @Test
    void aMissingStatusOnPage3Of4() {
        failOnPage3(Fault.Kind.NO_STATUS, "has no \"status\"");
    }

    @Test
    void aDroppedConnectionOnPage3Of4() {
        failOnPage3(Fault.Kind.DROP_CONNECTION, "Cannot reach Casdoor");
    }

    @Test
    void aSlowAnswerOnPage3Of4() {
        server.fault(Fault.slow("/api/get-users", 3, 2500, -1));
        CasdoorConfig quick = Quickstart.casdoor(server, 10).with(Duration.ofSeconds(1), Duration.ofSeconds(1), 0, Duration.ofMillis(10), 10);
        assertFailsAndChangesNothing(new SyncConfig(quick, SyncTables.defaults("public")), "no answer within 1 s");
    }

    @Test
    void refusedCredentialsAndAnUnknownOrganization() {
        CasdoorConfig c = Quickstart.casdoor(server, 10);
        CasdoorConfig wrongSecret = new CasdoorConfig(c.endpoint(), c.clientId(), io.wataomi.core.config.Secret.of("WrongSecretZq"),
                c.appName(), c.orgName(), null, c.connectTimeout(), c.readTimeout(), c.retries(), c.retryDelay(), c.pageSize());
        assertFailsAndChangesNothing(new SyncConfig(wrongSecret, SyncTables.defaults("public")), "\"Unauthorized operation\"");
        CasdoorConfig unknownOrg = new CasdoorConfig(c.endpoint(), c.clientId(), c.clientSecret(), c.appName(), "nope", null,
                c.connectTimeout(), c.readTimeout(), c.retries(), c.retryDelay(), c.pageSize());
        assertFailsAndChangesNothing(new SyncConfig(unknownOrg, SyncTables.defaults("public")), "has no organization 'nope'");
    }

    @Test
    void aValueTooLongForItsColumnOnPage3Of4() {
        server.users(new GeneratedUsers(40).changed(23, " " + "x".repeat(2000)));
        assertFailsAndChangesNothing(Quickstart.sync(server, 10), "Casdoor user 'user0000023' (id " + GeneratedUsers.id(22)
                + ") has a name of 2008 characters, longer than column \"name\" of \"public\".\"user\" (varchar(255)). Widen the column");
    }

    @Test
    void aNulCharacterInADisplayNameOnPage3Of4() {
        server.users(new GeneratedUsers(40).changed(23, "\u0000 x"));
        assertFailsAndChangesNothing(Quickstart.sync(server, 10), "Casdoor user 'user0000023' (id " + GeneratedUsers.id(22)
                + ") has a NUL character (U+0000) at character 8 of its displayName, 'User 23\\u0000 x': PostgreSQL cannot store"
                + " it in column \"name\" of \"public\".\"user\". Remove the character from the user's displayName in Casdoor");
        assertTrue(output.text().contains("page 2/4: 20 of 40 users"), "two pages were written before the refusal");
    }

    @Test
    void aSecondSyncWaitsForTheMigrationLockAndGivesUpAfterTheTimeout() throws Exception {
        try (Connection holder = TestDatabase.connect(url)) {
            holder.setAutoCommit(false);
            MigrationLock.acquire(holder, "public", Duration.ofSeconds(1), output);
            Wataomi impatient = new Wataomi(project.config(url, Map.of("wataomi.lockTimeout", "1")), output);
            DatabaseFailure e = assertThrows(DatabaseFailure.class, () -> impatient.sync(Quickstart.sync(server, 10)));
            assertTrue(e.getMessage().startsWith("Timed out after 1 s waiting for the migration lock on schema public"), e.getMessage());
        }
        assertEquals(before, SchemaDump.of(url, true));
        assertTrue(server.requests().stream().noneMatch(r -> r.contains("p=4")), "nothing was read while the lock was held");
    }
}
