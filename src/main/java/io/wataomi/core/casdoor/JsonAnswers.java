package io.wataomi.core.casdoor;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Casdoor's answers read token by token with Jackson's streaming parser: the envelope's fields in any
 * order, and of each user or application only the fields the sync uses. Everything else, however
 * nested, is skipped unread; in particular an application's {@code clientSecret} is never turned into a
 * string. A real user has about sixty fields, so this is most of the client's work on a large organization.
 */
final class JsonAnswers {
    /** Reads the {@code data} value; the parser stands on its first token, which is not {@code null}. */
    @FunctionalInterface
    interface DataReader<T> {
        T read(JsonParser p) throws IOException;
    }

    private static final JsonFactory JSON = new JsonFactory();

    /** The organization: present when {@code data} is an object. */
    static final DataReader<Boolean> ORGANIZATION = p -> {
        expect(p, p.currentToken(), JsonToken.START_OBJECT);
        p.skipChildren();
        return Boolean.TRUE;
    };
    static final DataReader<List<CasdoorUser>> USERS = p -> list(p, JsonAnswers::user);
    static final DataReader<List<CasdoorApplication>> APPLICATIONS = p -> list(p, JsonAnswers::application);

    private JsonAnswers() {
    }

    /** Parses an envelope; {@code data} and {@code data2} are null when absent or null. */
    static <T> Envelopes.Envelope<T> parse(byte[] body, DataReader<T> reader) throws IOException {
        try (JsonParser p = JSON.createParser(body)) {
            expect(p, p.nextToken(), JsonToken.START_OBJECT);
            String status = null;
            String msg = null;
            T data = null;
            Long data2 = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                switch (field) {
                    case "status" -> status = scalar(p);
                    case "msg" -> msg = scalar(p);
                    case "data" -> data = value == JsonToken.VALUE_NULL ? null : reader.read(p);
                    case "data2" -> data2 = value == JsonToken.VALUE_NUMBER_INT ? p.getLongValue() : skip(p);
                    default -> p.skipChildren();
                }
            }
            expect(p, p.currentToken(), JsonToken.END_OBJECT);
            return new Envelopes.Envelope<>(status, msg, data, data2);
        }
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
            p.nextToken();
            switch (field) {
                case "id" -> id = scalar(p);
                case "name" -> name = scalar(p);
                case "displayName" -> displayName = scalar(p);
                case "email" -> email = scalar(p);
                case "avatar" -> avatar = scalar(p);
                case "isDeleted" -> deleted = flag(p);
                case "isForbidden" -> forbidden = flag(p);
                default -> p.skipChildren();
            }
        }
        expect(p, p.currentToken(), JsonToken.END_OBJECT);
        return new CasdoorUser(id, name, displayName, email, avatar, deleted, forbidden);
    }

    private static CasdoorApplication application(JsonParser p) throws IOException {
        String name = null;
        String displayName = null;
        String organization = null;
        boolean shared = false;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            switch (field) {
                case "name" -> name = scalar(p);
                case "displayName" -> displayName = scalar(p);
                case "organization" -> organization = scalar(p);
                case "isShared" -> shared = flag(p);
                default -> p.skipChildren(); // clientSecret among them: skipped, never read into a string
            }
        }
        expect(p, p.currentToken(), JsonToken.END_OBJECT);
        return new CasdoorApplication(name, displayName, organization, shared);
    }

    private interface ElementReader<T> {
        T read(JsonParser p) throws IOException;
    }

    private static <T> List<T> list(JsonParser p, ElementReader<T> element) throws IOException {
        expect(p, p.currentToken(), JsonToken.START_ARRAY);
        List<T> out = new ArrayList<>();
        JsonToken t;
        while ((t = p.nextToken()) == JsonToken.START_OBJECT) {
            out.add(element.read(p));
        }
        expect(p, t, JsonToken.END_ARRAY);
        return out;
    }

    /** A string (numbers and booleans as text, null as null); an object or array where a scalar belongs is an error. */
    private static String scalar(JsonParser p) throws IOException {
        if (p.currentToken().isStructStart()) {
            throw MismatchedInputException.from(p, String.class, "expected a value, got " + p.currentToken());
        }
        return p.getValueAsString();
    }

    private static boolean flag(JsonParser p) throws IOException {
        scalar(p);
        return p.getValueAsBoolean();
    }

    private static <T> T skip(JsonParser p) throws IOException {
        p.skipChildren();
        return null;
    }

    private static void expect(JsonParser p, JsonToken actual, JsonToken expected) throws IOException {
        if (actual == null) {
            throw new JsonEOFException(p, null, "Unexpected end-of-input");
        }
        if (actual != expected) {
            throw MismatchedInputException.from(p, Object.class, "expected " + expected + ", got " + actual);
        }
    }
}
