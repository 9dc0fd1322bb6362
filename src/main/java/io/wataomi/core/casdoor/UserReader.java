package io.wataomi.core.casdoor;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a page of users token by token: the envelope's fields in any order, and of each user only the
 * fields the sync uses; everything else, however nested, is skipped. A real user has about sixty fields,
 * so this is most of the client's work on a large organization.
 */
final class UserReader {
    private UserReader() {
    }

    static Envelopes.Envelope<List<CasdoorUser>> read(byte[] body) throws IOException {
        try (JsonParser p = Envelopes.MAPPER.getFactory().createParser(body)) {
            expect(p, p.nextToken(), JsonToken.START_OBJECT);
            String status = null;
            String msg = null;
            List<CasdoorUser> data = null;
            JsonNode data2 = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                switch (field) {
                    case "status" -> status = p.getValueAsString();
                    case "msg" -> msg = p.getValueAsString();
                    case "data" -> data = value == JsonToken.VALUE_NULL ? null : users(p);
                    case "data2" -> data2 = p.readValueAsTree();
                    default -> p.skipChildren();
                }
            }
            expect(p, p.currentToken(), JsonToken.END_OBJECT);
            return new Envelopes.Envelope<>(status, msg, data, data2);
        }
    }

    private static List<CasdoorUser> users(JsonParser p) throws IOException {
        expect(p, p.currentToken(), JsonToken.START_ARRAY);
        List<CasdoorUser> out = new ArrayList<>();
        JsonToken t;
        while ((t = p.nextToken()) == JsonToken.START_OBJECT) {
            out.add(user(p));
        }
        expect(p, t, JsonToken.END_ARRAY);
        return out;
    }

    private static CasdoorUser user(JsonParser p) throws IOException {
        String id = null;
        String name = null;
        String displayName = null;
        String email = null;
        String avatar = null;
        boolean deleted = false;
        boolean forbidden = false;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            if (p.nextToken().isStructStart()) {
                p.skipChildren();
                continue; // none of the fields read here is an object or an array
            }
            switch (field) {
                case "id" -> id = p.getValueAsString();
                case "name" -> name = p.getValueAsString();
                case "displayName" -> displayName = p.getValueAsString();
                case "email" -> email = p.getValueAsString();
                case "avatar" -> avatar = p.getValueAsString();
                case "isDeleted" -> deleted = p.getValueAsBoolean();
                case "isForbidden" -> forbidden = p.getValueAsBoolean();
                default -> {
                    // a scalar this reader does not need
                }
            }
        }
        expect(p, p.currentToken(), JsonToken.END_OBJECT);
        return new CasdoorUser(id, name, displayName, email, avatar, deleted, forbidden);
    }

    private static void expect(JsonParser p, JsonToken actual, JsonToken expected) throws IOException {
        if (actual != expected) {
            if (actual == null) {
                throw new com.fasterxml.jackson.core.io.JsonEOFException(p, null, "Unexpected end-of-input");
            }
            throw MismatchedInputException.from(p, CasdoorUser.class, "expected " + expected + ", got " + actual);
        }
    }
}
