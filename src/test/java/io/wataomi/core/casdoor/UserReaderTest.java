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

/** The streaming reader of user pages: only the wanted fields, whatever else the answer holds and in whatever order. */
class UserReaderTest {
    private static Envelopes.Envelope<List<CasdoorUser>> read(String json) throws IOException {
        return UserReader.read(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsTheFixturePageAsDatabindWould() throws IOException {
        byte[] page = CasdoorFixtures.resource("users-page-1.json");
        Envelopes.Envelope<List<CasdoorUser>> streamed = UserReader.read(page);
        com.fasterxml.jackson.databind.JavaType type = Envelopes.MAPPER.getTypeFactory().constructParametricType(
                Envelopes.Envelope.class, Envelopes.MAPPER.getTypeFactory().constructCollectionType(List.class, CasdoorUser.class));
        Envelopes.Envelope<List<CasdoorUser>> bound = Envelopes.MAPPER.readValue(page, type);
        assertEquals(bound.data(), streamed.data());
        assertEquals(2, streamed.data().size());
        assertEquals("ok", streamed.status());
        assertEquals(3, streamed.data2().asLong());
    }

    @Test
    void nestedFieldsWithTheSameNamesAndAnyFieldOrderDoNotConfuseIt() throws IOException {
        Envelopes.Envelope<List<CasdoorUser>> e = read("{\"data2\":1,\"data\":[{\"properties\":{\"id\":\"wrong\",\"name\":\"wrong\"},"
                + "\"groups\":[{\"isDeleted\":true}],\"isForbidden\":true,\"name\":\"ann\",\"id\":\"u-1\",\"displayName\":null,"
                + "\"email\":\"\",\"extra\":[[1,2],{\"a\":{}}]}],\"status\":\"ok\",\"msg\":\"\"}");
        CasdoorUser u = e.data().get(0);
        assertEquals(new CasdoorUser("u-1", "ann", null, "", null, false, true), u);
        assertEquals("ann", u.shownName());
    }

    @Test
    void dataNullIsNoListAndAnErrorEnvelopeIsReadAsSuch() throws IOException {
        assertNull(read("{\"status\":\"ok\",\"data\":null,\"data2\":0}").data());
        Envelopes.Envelope<List<CasdoorUser>> err = read("{\"status\":\"error\",\"msg\":\"Unauthorized operation\",\"data\":null}");
        assertEquals("Unauthorized operation", err.msg());
    }

    @Test
    void aWrongShapeOrAnEarlyEndIsAnError() {
        assertThrows(IOException.class, () -> read("{\"status\":\"ok\",\"data\":{\"id\":\"x\"}}"));
        IOException cut = assertThrows(IOException.class, () -> read("{\"status\":\"ok\",\"data\":[{\"id\":\"x\",\"name\":\"y\""));
        assertTrue(cut.getMessage().contains("end-of-input"), cut.getMessage());
    }
}
