package io.wataomi.core.casdoor;

import io.wataomi.casdoor.testing.CasdoorFixtures;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The streaming readers of Casdoor's answers: only the wanted fields, whatever else the answer holds and in whatever order. */
class JsonAnswersTest {
    private static <T> Envelopes.Envelope<T> parse(String json, JsonAnswers.DataReader<T> reader) throws IOException {
        return JsonAnswers.parse(json.getBytes(StandardCharsets.UTF_8), reader);
    }

    @Test
    void readsTheFixturesRealFieldsAndIgnoresTheRest() throws IOException {
        Envelopes.Envelope<List<CasdoorUser>> page = JsonAnswers.parse(CasdoorFixtures.resource("users-page-1.json"), JsonAnswers.USERS);
        assertEquals("ok", page.status());
        assertEquals(3L, page.data2());
        assertEquals(List.of(
                new CasdoorUser("0b1d0f38-6e0b-4c2e-9b6b-2f1d3a1e5c11", "alice", "Alice Nguyễn", "alice@example.com",
                        "https://cdn.example.org/avatars/alice.png", false, false),
                new CasdoorUser("5c6e2a90-1f3b-4d7e-8a2c-9e0f1b2c3d44", "bob", "Bob O'Brien; DROP TABLE users;--", "", "", false, true)),
                page.data());
        Envelopes.Envelope<List<CasdoorApplication>> apps = JsonAnswers.parse(CasdoorFixtures.resource("applications.json"),
                JsonAnswers.APPLICATIONS);
        assertEquals(List.of(new CasdoorApplication("wataomi-app", "Wataomi", "wataomi", false),
                new CasdoorApplication("billing", "Billing", "wataomi", false),
                new CasdoorApplication("partner-portal", "Partner portal (shared, other org)", "partner-org", true)), apps.data());
        assertEquals(Boolean.TRUE, JsonAnswers.parse(CasdoorFixtures.resource("organization.json"), JsonAnswers.ORGANIZATION).data());
        assertNull(JsonAnswers.parse(CasdoorFixtures.resource("organization-missing.json"), JsonAnswers.ORGANIZATION).data());
    }

    @Test
    void nestedFieldsWithTheSameNamesAndAnyFieldOrderDoNotConfuseIt() throws IOException {
        Envelopes.Envelope<List<CasdoorUser>> e = parse("{\"data2\":1,\"data\":[{\"properties\":{\"id\":\"wrong\",\"name\":\"wrong\"},"
                + "\"groups\":[{\"isDeleted\":true}],\"isForbidden\":true,\"name\":\"ann\",\"id\":\"u-1\",\"displayName\":null,"
                + "\"email\":\"\",\"extra\":[[1,2],{\"a\":{}}]}],\"status\":\"ok\",\"msg\":\"\"}", JsonAnswers.USERS);
        assertEquals(List.of(new CasdoorUser("u-1", "ann", null, "", null, false, true)), e.data());
        assertEquals("ann", e.data().get(0).shownName());
    }

    @Test
    void dataNullIsNoListAndAnErrorEnvelopeIsReadAsSuch() throws IOException {
        assertNull(parse("{\"status\":\"ok\",\"data\":null,\"data2\":0}", JsonAnswers.USERS).data());
        Envelopes.Envelope<List<CasdoorUser>> err = parse("{\"status\":\"error\",\"msg\":\"Unauthorized operation\",\"data\":null}",
                JsonAnswers.USERS);
        assertEquals("Unauthorized operation", err.msg());
        assertNull(err.data2());
    }

    @Test
    void aWrongShapeOrAnEarlyEndIsAnError() {
        assertThrows(IOException.class, () -> parse("{\"status\":\"ok\",\"data\":{\"id\":\"x\"}}", JsonAnswers.USERS));
        assertThrows(IOException.class, () -> parse("{\"status\":\"ok\",\"data\":[{\"id\":{\"x\":1}}]}", JsonAnswers.USERS));
        assertThrows(IOException.class, () -> parse("{\"status\":\"ok\",\"data\":\"admin/x\"}", JsonAnswers.ORGANIZATION));
        IOException cut = assertThrows(IOException.class, () -> parse("{\"status\":\"ok\",\"data\":[{\"id\":\"x\",\"name\":\"y\"",
                JsonAnswers.USERS));
        assertTrue(cut.getMessage().contains("end-of-input"), cut.getMessage());
    }
}
