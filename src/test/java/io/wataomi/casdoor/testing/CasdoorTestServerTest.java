package io.wataomi.casdoor.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The test double answers as the reference says Casdoor does, traps included (raw HTTP, no client code of the project). */
class CasdoorTestServerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final CasdoorTestServer server = CasdoorTestServer.withFixtures();

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<String> get(String path, String secret) throws Exception {
        String basic = "Basic " + Base64.getEncoder().encodeToString((CasdoorTestServer.CLIENT_ID + ":" + secret)
                .getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(URI.create(server.endpoint() + path)).header("Authorization", basic).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode json(String path) throws Exception {
        HttpResponse<String> r = get(path, CasdoorTestServer.CLIENT_SECRET);
        assertEquals(200, r.statusCode());
        return JSON.readTree(r.body());
    }

    private static List<String> names(JsonNode data) {
        List<String> out = new ArrayList<>();
        data.forEach(u -> out.add(u.path("name").asText()));
        return out;
    }

    @Test
    void pagingByP() throws Exception {
        String q = "/api/get-users?owner=wataomi&pageSize=2&sortField=name&sortOrder=ascend&p=";
        assertEquals(List.of("alice", "bob"), names(json(q + 1).path("data")));
        assertEquals(List.of("carol"), names(json(q + 2).path("data")));
        assertEquals(List.of("carol"), names(json(q + 3).path("data")), "a page past the end is the last page again");
        assertEquals(List.of("carol"), names(json(q + 9).path("data")));
        assertEquals(3, json(q + 3).path("data2").asInt());
        JsonNode all = json("/api/get-users?owner=wataomi");
        assertEquals(List.of("alice", "bob", "carol"), names(all.path("data")));
        assertTrue(all.path("data2").isMissingNode(), "without p and pageSize: everything, and no data2");
    }

    @Test
    void errorsComeWithHttp200() throws Exception {
        HttpResponse<String> wrong = get("/api/get-users?owner=wataomi", "not-the-secret");
        assertEquals(200, wrong.statusCode());
        assertEquals("Unauthorized operation", JSON.readTree(wrong.body()).path("msg").asText());
        assertEquals("error", JSON.readTree(wrong.body()).path("status").asText());
        JsonNode missing = json("/api/get-organization-applications?owner=admin");
        assertEquals("missing parameter: organization", missing.path("msg").asText());
    }

    @Test
    void unknownOrganizationsAndApplications() throws Exception {
        JsonNode unknown = json("/api/get-users?owner=nope&p=1&pageSize=100");
        assertEquals(0, unknown.path("data").size());
        assertEquals(0, unknown.path("data2").asInt());
        assertTrue(json("/api/get-organization?id=admin/nope").path("data").isNull());
        assertEquals("wataomi", json("/api/get-organization?id=admin/wataomi").path("data").path("name").asText());
        JsonNode apps = json("/api/get-organization-applications?owner=admin&organization=wataomi").path("data");
        assertEquals(List.of("wataomi-app", "billing", "partner-portal", "app-built-in"), names(apps),
                "the organization's own, a shared one of another organization, and the built-in one");
        apps.forEach(a -> assertTrue(a.path("clientSecret").asText().startsWith("do-not-log-this-secret")));
    }

    @Test
    void generatedUsersAreInNameOrderWithUniqueIds() throws Exception {
        server.users(new GeneratedUsers(25));
        JsonNode page = json("/api/get-users?owner=wataomi&p=3&pageSize=10");
        assertEquals(List.of("user0000021", "user0000022", "user0000023", "user0000024", "user0000025"), names(page.path("data")));
        assertEquals(GeneratedUsers.id(20), page.path("data").get(0).path("id").asText());
        assertTrue(page.path("data").get(0).size() > 40, "a user with all of Casdoor's fields");
    }

    @Test
    void aSignUpAfterAPageShiftsTheLaterPagesOnce() throws Exception {
        List<com.fasterxml.jackson.databind.node.ObjectNode> more = CasdoorFixtures.users();
        more.add(CasdoorFixtures.user("aaron", "a0a0a0a0-0000-4000-8000-00000000a0a0", "Aaron", ""));
        server.usersAfterPage(1, new ListedUsers(more));
        String q = "/api/get-users?owner=wataomi&pageSize=2&sortField=name&sortOrder=ascend&p=";
        assertEquals(List.of("alice", "bob"), names(json(q + 1).path("data")));
        JsonNode second = json(q + 2);
        assertEquals(List.of("bob", "carol"), names(second.path("data")), "bob, last on page 1, comes again on page 2");
        assertEquals(4, second.path("data2").asInt());
        assertEquals(List.of("aaron", "alice"), names(json(q + 1).path("data")), "the change happened once, for good");
    }
}
