package io.wataomi.core.sync;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wataomi.casdoor.testing.CasdoorFixtures;
import io.wataomi.casdoor.testing.CasdoorTestServer;
import io.wataomi.casdoor.testing.ListedUsers;
import io.wataomi.core.Wataomi;
import io.wataomi.core.shared.WataomiException;
import io.wataomi.core.testing.Quickstart;
import io.wataomi.core.testing.RecordingOutput;
import io.wataomi.core.testing.SchemaDump;
import io.wataomi.core.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.wataomi.core.sync.Rows.query;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A Casdoor id sent twice in one sync. Casdoor pages by offset, so a user who signs up while the sync pages through
 * pushes the last user of a page read onto the next one: the same user, the same data, read twice. That is counted
 * once, with a warning. The same id with different data (edited meanwhile, or two Casdoor users sharing an id) is
 * ambiguous: the sync fails and writes nothing.
 */
class SyncRepeatedIdsTest {
    private static final String BOB = "5c6e2a90-1f3b-4d7e-8a2c-9e0f1b2c3d44";
    private static final String FIX = "Either Casdoor changed while the sync read it (a user edited or renamed meanwhile: run wataomi:sync"
            + " again), or two Casdoor users share one id (give one of them a new id in Casdoor).";

    private final RecordingOutput output = new RecordingOutput();
    private CasdoorTestServer server;
    private String url;
    private Wataomi wataomi;

    @BeforeEach
    void setUp() {
        server = CasdoorTestServer.withFixtures();
        url = TestDatabase.create("sync_repeats");
        wataomi = Quickstart.upgraded(Quickstart.project("sync_repeats"), url, output);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /** The fixtures (alice, bob, carol) plus aaron, who sorts first and so moves bob from page 1 to page 2 (pages of 2). */
    private static List<ObjectNode> withAaron(List<ObjectNode> users) {
        List<ObjectNode> out = new ArrayList<>(users);
        out.add(CasdoorFixtures.user("aaron", "a0a0a0a0-0000-4000-8000-00000000a0a0", "Aaron", "aaron@example.com"));
        return out;
    }

    @Test
    void aUserPushedOntoTheNextPageBySignUpsIsWrittenAndCountedOnceWithAWarning() {
        server.usersAfterPage(1, new ListedUsers(withAaron(CasdoorFixtures.users())));
        SyncResult r = wataomi.sync(Quickstart.sync(server, 2));
        assertEquals(List.of(3L, 3L, 0L, 0L, 1L), List.of(r.users(), r.created(), r.updated(), r.unchanged(), r.repeated()));
        assertTrue(r.summary().startsWith("Synced 3 users of organization 'wataomi'"), r.summary());
        assertTrue(r.summary().contains(": 3 created (2 inactive), 0 updated, 0 unchanged, 0 deactivated, 1 sent twice (same data,"
                + " counted once); workspaces:"), r.summary());
        assertTrue(output.lines().contains("WARN Casdoor sent 1 user twice with the same data; it was written and counted once: "
                + BOB + " ('bob', pages 1 and 2). Casdoor's pages moved while the sync read them (someone signed up or was"
                + " renamed meanwhile): run wataomi:sync again to pick up whoever did."), output.text());
        assertEquals(List.of("0b1d|t", "5c6e|f", "9f8e|f"), query(url, "SELECT left(casdoor_id, 4), is_active FROM \"user\" ORDER BY 1"));

        SyncResult again = wataomi.sync(Quickstart.sync(server, 2));
        assertEquals(List.of(4L, 1L, 0L, 3L, 0L), List.of(again.users(), again.created(), again.updated(), again.unchanged(),
                again.repeated()), "the next sync picks up the user who signed up");
        assertFalse(again.summary().contains("sent twice"), again.summary());
    }

    @Test
    void aUserSeenOnTwoPagesWithDifferentDataFailsTheSyncAndWritesNothing() {
        wataomi.sync(Quickstart.sync(server, 2));
        List<ObjectNode> now = CasdoorFixtures.users();
        now.get(0).put("email", "alice@new.example.com"); // page 1 updates alice before the repeat is found
        server.users(new ListedUsers(now));
        List<ObjectNode> later = withAaron(CasdoorFixtures.users());
        later.get(0).put("email", "alice@new.example.com");
        later.get(1).put("email", "bob@new.example.com");
        server.usersAfterPage(1, new ListedUsers(later));
        String before = SchemaDump.of(url, true);

        WataomiException e = assertThrows(WataomiException.class, () -> wataomi.sync(Quickstart.sync(server, 2)));
        assertEquals("Casdoor sent 1 user id twice with different data, so the sync cannot tell which version is right: " + BOB
                + " (page 1, then page 2 as 'bob'). " + FIX + " Nothing was written (the sync runs in one transaction).", e.getMessage());
        assertTrue(e.isProjectProblem());
        assertEquals(before, SchemaDump.of(url, true), "the database changed although the sync failed");
    }

    @Test
    void twoCasdoorUsersSharingAnIdOnOnePageFailTheSync() {
        List<ObjectNode> users = CasdoorFixtures.users();
        users.add(CasdoorFixtures.user("bobby", BOB, "Bobby", "bobby@example.com"));
        server.users(new ListedUsers(users));
        String before = SchemaDump.of(url, true);

        WataomiException e = assertThrows(WataomiException.class, () -> wataomi.sync(Quickstart.sync(server, 10)));
        assertEquals("Casdoor sent 1 user id twice with different data, so the sync cannot tell which version is right: " + BOB
                + " (twice on page 1, as 'bob' and as 'bobby'). " + FIX + " Nothing was written (the sync runs in one transaction).",
                e.getMessage());
        assertEquals(before, SchemaDump.of(url, true));
    }

    @Test
    void aUserRepeatedOnOnePageWithTheSameDataIsCountedOnce() {
        List<ObjectNode> users = CasdoorFixtures.users();
        users.add(users.get(1).deepCopy());
        server.users(new ListedUsers(users));
        SyncResult r = wataomi.sync(Quickstart.sync(server, 10));
        assertEquals(List.of(3L, 3L, 0L, 1L), List.of(r.users(), r.created(), r.unchanged(), r.repeated()));
        assertTrue(output.lines().contains("WARN Casdoor sent 1 user twice with the same data; it was written and counted once: "
                + BOB + " ('bob', twice on page 1). Casdoor's answer listed it twice."), output.text());
    }

    @Test
    void aRepeatOnASecondSyncLeavesTheCountsOfTheRowsAsTheyWere() {
        wataomi.sync(Quickstart.sync(server, 2));
        server.usersAfterPage(1, new ListedUsers(withAaron(CasdoorFixtures.users())));
        SyncResult r = wataomi.sync(Quickstart.sync(server, 2));
        assertEquals(List.of(3L, 0L, 0L, 3L, 1L), List.of(r.users(), r.created(), r.updated(), r.unchanged(), r.repeated()));
        assertTrue(r.wroteNothing(), r.summary());
        assertTrue(r.summary().contains(": 0 created, 0 updated, 3 unchanged, 0 deactivated, 1 sent twice (same data, counted once);"),
                r.summary());
    }
}
