package io.wataomi.core.sync;

import io.wataomi.casdoor.testing.GeneratedUsers;
import io.wataomi.core.casdoor.CasdoorUser;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The ids a sync has read: every repeat found, whatever the table's growth, the ids' form or the pages between. */
class SeenIdsTest {
    private static CasdoorUser user(String id, String name, String display, String email) {
        return new CasdoorUser(id, name, display, email, "", false, false);
    }

    @Test
    void everyIdIsFoundAgainAfterTheTableGrewFarPastItsAnnouncedSize() {
        SeenIds seen = new SeenIds(10);
        int n = 200_000;
        for (int i = 0; i < n; i++) {
            assertNull(seen.add(user(GeneratedUsers.id(i), "u" + i, "", ""), 1 + i / 1000), "id " + i + " is new");
        }
        assertEquals(n, seen.size());
        for (int i = 0; i < n; i += 7) {
            assertEquals(new SeenIds.Earlier(1 + i / 1000, true), seen.add(user(GeneratedUsers.id(i), "u" + i, "", ""), 999));
            assertEquals(new SeenIds.Earlier(1 + i / 1000, false), seen.add(user(GeneratedUsers.id(i), "u" + i, "", "x"), 999));
        }
        assertEquals(n, seen.size(), "repeats are not added");
    }

    @Test
    void idsNotInCasdoorsUuidFormAreKeptAsTheirExactText() {
        SeenIds seen = new SeenIds(1_000_000);
        String lower = "0b1d0f38-6e0b-4c2e-9b6b-2f1d3a1e5c11";
        for (String id : new String[] {lower, lower.toUpperCase(), "{" + lower + "}", "legacy-42", "legacy-43", "ünïcode\u0000id"}) {
            assertNull(seen.add(user(id, "a", "A", "a@example.com"), 1), id);
        }
        assertEquals(new SeenIds.Earlier(1, true), seen.add(user("legacy-42", "a", "A", "a@example.com"), 2));
        assertEquals(new SeenIds.Earlier(1, true), seen.add(user(lower.toUpperCase(), "a", "A", "a@example.com"), 3));
    }

    @Test
    void theFingerprintCoversEveryFieldTheSyncReads() {
        CasdoorUser u = new CasdoorUser("id", "ab", "c", "e", "v", false, false);
        int f = SeenIds.fingerprint(u);
        assertEquals(f, SeenIds.fingerprint(new CasdoorUser("other-id", "ab", "c", "e", "v", false, false)), "the id is the key, not data");
        for (CasdoorUser other : new CasdoorUser[] {
            new CasdoorUser("id", "a", "bc", "e", "v", false, false),
            new CasdoorUser("id", "ab", "c", null, "v", false, false),
            new CasdoorUser("id", "ab", "c", "", "v", false, false),
            new CasdoorUser("id", "ab", "c", "e", "w", false, false),
            new CasdoorUser("id", "ab", "c", "e", "v", true, false),
            new CasdoorUser("id", "ab", "c", "e", "v", false, true)}) {
            assertNotEquals(f, SeenIds.fingerprint(other), other.toString());
        }
    }
}
