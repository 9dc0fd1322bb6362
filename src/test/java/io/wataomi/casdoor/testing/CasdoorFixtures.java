package io.wataomi.casdoor.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** The real-shaped Casdoor answers under src/test/resources/casdoor (copied from the shared fixtures). */
public final class CasdoorFixtures {
    private static final ObjectMapper JSON = new ObjectMapper();

    private CasdoorFixtures() {
    }

    /** A fixture file's bytes. */
    public static byte[] resource(String name) {
        try (InputStream in = CasdoorFixtures.class.getResourceAsStream("/casdoor/" + name)) {
            if (in == null) {
                throw new IllegalStateException("No fixture casdoor/" + name + " on the test classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** alice, bob (forbidden, with an injection-shaped display name) and carol (deleted), as fresh copies. */
    public static List<ObjectNode> users() {
        List<ObjectNode> out = new ArrayList<>();
        for (String page : List.of("users-page-1.json", "users-page-2.json")) {
            for (JsonNode u : tree(page).path("data")) {
                out.add((ObjectNode) u.deepCopy());
            }
        }
        return out;
    }

    /** The organization's two applications, a shared one of another organization, and app-built-in. */
    public static List<ObjectNode> applications() {
        List<ObjectNode> out = new ArrayList<>();
        for (JsonNode a : tree("applications.json").path("data")) {
            out.add((ObjectNode) a.deepCopy());
        }
        ObjectNode builtIn = JSON.createObjectNode();
        builtIn.put("owner", "admin").put("name", "app-built-in").put("displayName", "Casdoor")
                .put("organization", "built-in").put("clientId", "b0b1b2b3b4b5b6b7b8b9")
                .put("clientSecret", "do-not-log-this-secret-0").put("isShared", false);
        out.add(builtIn);
        return out;
    }

    /** A user object like the fixtures', for tests that build their own. */
    public static ObjectNode user(String name, String id, String displayName, String email) {
        ObjectNode u = users().get(0);
        u.put("name", name).put("id", id).put("displayName", displayName).put("email", email)
                .put("isForbidden", false).put("isDeleted", false);
        return u;
    }

    private static JsonNode tree(String name) {
        try {
            return JSON.readTree(resource(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
