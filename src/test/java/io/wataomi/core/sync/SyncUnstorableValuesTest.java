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

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Values that PostgreSQL cannot store in text: a NUL character (which it refuses naming neither the user nor the
 * field) and half of a UTF-16 surrogate pair (which the driver would silently write as '?'). Each is refused
 * before its page is written, naming the user or application, the Casdoor field, the character and the column.
 */
class SyncUnstorableValuesTest {
    private static final String ALICE = "0b1d0f38-6e0b-4c2e-9b6b-2f1d3a1e5c11";
    private static final String AGAIN = " in Casdoor, then run wataomi:sync again. Nothing was written (the sync runs in one transaction).";

    private final RecordingOutput output = new RecordingOutput();
    private CasdoorTestServer server;
    private String url;
    private Wataomi wataomi;
    private String before;

    @BeforeEach
    void setUp() {
        server = CasdoorTestServer.withFixtures();
        url = TestDatabase.create("sync_unstorable");
        wataomi = Quickstart.upgraded(Quickstart.project("sync_unstorable"), url, output);
        before = SchemaDump.of(url, true);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private void assertRefused(String expected) {
        WataomiException e = assertThrows(WataomiException.class, () -> wataomi.sync(Quickstart.sync(server, 10)));
        assertEquals(expected, e.getMessage());
        assertTrue(e.isProjectProblem());
        assertFalse(e.getMessage().indexOf('\0') >= 0, "the NUL itself is not printed");
        assertEquals(before, SchemaDump.of(url, true), "the database changed although the sync failed");
    }

    private void users(int index, String field, String value) {
        List<ObjectNode> users = CasdoorFixtures.users();
        users.get(index).put(field, value);
        server.users(new ListedUsers(users));
    }

    @Test
    void aNulCharacterInAnEmail() {
        users(0, "email", "alice\u0000@example.com");
        assertRefused("Casdoor user 'alice' (id " + ALICE + ") has a NUL character (U+0000) at character 6 of its email,"
                + " 'alice\\u0000@example.com': PostgreSQL cannot store it in column \"email\" of \"public\".\"user\"."
                + " Remove the character from the user's email" + AGAIN);
    }

    @Test
    void aNulCharacterInTheUserNameWhenThereIsNoDisplayName() {
        List<ObjectNode> users = CasdoorFixtures.users();
        users.get(0).put("name", "al\u0000ice").put("displayName", "");
        server.users(new ListedUsers(users));
        assertRefused("Casdoor user 'al\\u0000ice' (id " + ALICE + ") has a NUL character (U+0000) at character 3 of its name,"
                + " 'al\\u0000ice': PostgreSQL cannot store it in column \"name\" of \"public\".\"user\"."
                + " Remove the character from the user's name" + AGAIN);
    }

    @Test
    void halfASurrogatePairInADisplayName() {
        users(0, "displayName", "Alice \uD83D");
        assertRefused("Casdoor user 'alice' (id " + ALICE + ") has half of a character (the unpaired surrogate \\uD83D) at"
                + " character 7 of its displayName, 'Alice \\uD83D': PostgreSQL cannot store it in column \"name\" of"
                + " \"public\".\"user\". Remove the character from the user's displayName" + AGAIN);
    }

    @Test
    void aNulCharacterInAnApplicationsDisplayName() {
        List<ObjectNode> apps = CasdoorFixtures.applications();
        apps.stream().filter(a -> a.path("name").asText().equals("billing")).forEach(a -> a.put("displayName", "Bill\u0000ing"));
        server.applications(apps);
        assertRefused("Casdoor application 'billing' has a NUL character (U+0000) at character 5 of its displayName,"
                + " 'Bill\\u0000ing': PostgreSQL cannot store it in column \"name\" of \"public\".\"workspace\"."
                + " Remove the character from the application's displayName" + AGAIN);
    }
}
