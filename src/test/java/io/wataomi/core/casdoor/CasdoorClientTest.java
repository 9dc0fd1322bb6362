package io.wataomi.core.casdoor;

import io.wataomi.casdoor.testing.CasdoorTestServer;
import io.wataomi.casdoor.testing.Fault;
import io.wataomi.casdoor.testing.GeneratedUsers;
import io.wataomi.core.config.Secret;
import io.wataomi.core.testing.RecordingOutput;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.function.Consumer;

import static io.wataomi.casdoor.testing.CasdoorTestServer.CLIENT_ID;
import static io.wataomi.casdoor.testing.CasdoorTestServer.CLIENT_SECRET;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Casdoor client against the project's Casdoor test server: the API's shape, its traps, and each fault. */
class CasdoorClientTest {
    private final RecordingOutput output = new RecordingOutput();
    private CasdoorTestServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    static CasdoorConfig config(String endpoint, String secret, String org, int pageSize) {
        return new CasdoorConfig(endpoint, CLIENT_ID, Secret.of(secret), "wataomi-app", org, null, Duration.ofSeconds(2),
                Duration.ofSeconds(5), 2, Duration.ofMillis(10), pageSize);
    }

    private CasdoorClient client(int pageSize) {
        return new CasdoorClient(config(server.endpoint(), CLIENT_SECRET, CasdoorTestServer.ORG, pageSize), output);
    }

    private static List<CasdoorUser> all(CasdoorClient client) {
        List<CasdoorUser> out = new ArrayList<>();
        try (UserPages pages = client.users()) {
            pages.forEachRemaining(p -> out.addAll(p.users()));
        }
        return out;
    }

    @Test
    void readsTheOrganizationItsOwnApplicationsAndItsUsersPageByPage() {
        server = CasdoorTestServer.withFixtures();
        CasdoorClient client = client(2);
        client.checkOrganization();
        assertEquals(List.of("wataomi-app", "billing"), client.applications().stream().map(CasdoorApplication::name).toList(),
                "the shared application of another organization and app-built-in are left out");
        List<CasdoorUser> users = all(client);
        assertEquals(List.of("alice", "bob", "carol"), users.stream().map(CasdoorUser::name).toList());
        CasdoorUser bob = users.get(1);
        assertEquals("5c6e2a90-1f3b-4d7e-8a2c-9e0f1b2c3d44", bob.id());
        assertEquals("Bob O'Brien; DROP TABLE users;--", bob.shownName());
        assertFalse(bob.active(), "forbidden");
        assertFalse(users.get(2).active(), "deleted");
        assertTrue(users.get(0).active());

        List<String> userRequests = server.requests().stream().filter(r -> r.startsWith("/api/get-users")).toList();
        assertEquals(List.of("/api/get-users?owner=wataomi&p=1&pageSize=2&sortField=name&sortOrder=ascend",
                "/api/get-users?owner=wataomi&p=2&pageSize=2&sortField=name&sortOrder=ascend"), userRequests,
                "stops when the count reaches data2 (a third page would repeat the last one)");
        assertEquals("/api/get-organization?id=admin%2Fwataomi", server.requests().get(0), "the organization is checked first");
        String basic = "Basic " + java.util.Base64.getEncoder().encodeToString((CLIENT_ID + ":" + CLIENT_SECRET).getBytes());
        assertTrue(server.authorizations().stream().allMatch(basic::equals), "Basic auth on every request");
        assertTrue(server.requests().stream().noneMatch(r -> r.contains("clientSecret") || r.contains(CLIENT_SECRET)
                || r.contains("clientId")), "never credentials in the query string: " + server.requests());
    }

    @Test
    void pagesAreExactWhenThePageSizeDividesTheTotalAndWhenItDoesNot() {
        server = CasdoorTestServer.withGeneratedUsers(10);
        for (int size : new int[]{1, 3, 5, 10, 100}) {
            List<CasdoorUser> users = all(client(size));
            assertEquals(10, users.size(), "page size " + size);
            assertEquals(10, new HashSet<>(users.stream().map(CasdoorUser::id).toList()).size(), "no user twice, page size " + size);
            assertEquals(GeneratedUsers.id(9), users.get(9).id());
        }
    }

    @Test
    void aServerThatAnswersSmallerPagesThanAskedIsNotPagedPastUsers() {
        server = CasdoorTestServer.withGeneratedUsers(25);
        server.maxPageSize(7);
        CasdoorException e = assertThrows(CasdoorException.class, () -> all(client(10)));
        assertEquals("Casdoor sent 7 users for page 1 of 3 (10 asked), so it limits the page size and paging would skip users."
                + " Set wataomi.casdoor.pageSize=7 (or less).", e.getMessage());
        assertEquals(25, all(client(7)).size());
    }

    @Test
    void anEmptyOrganizationAndDataNullAreEmptyLists() {
        server = CasdoorTestServer.withGeneratedUsers(0);
        assertEquals(List.of(), all(client(10)));
        server.fault(Fault.always(Fault.Kind.NULL_DATA, "/api/get-organization-applications", 0));
        server.fault(Fault.always(Fault.Kind.NULL_DATA, "/api/get-users", 0));
        assertEquals(List.of(), client(10).applications());
        server.users(new GeneratedUsers(5));
        assertEquals(List.of(), all(client(10)));
    }

    @Test
    void anUnknownOrganizationIsAnErrorAlthoughCasdoorListsNoUsersForIt() {
        server = CasdoorTestServer.withFixtures();
        CasdoorClient client = new CasdoorClient(config(server.endpoint(), CLIENT_SECRET, "nope", 10), output);
        CasdoorException e = assertThrows(CasdoorException.class, client::checkOrganization);
        assertEquals("Casdoor at " + server.endpoint() + " has no organization 'nope'. Check wataomi.casdoor.orgName"
                + " (CASDOOR_ORG_NAME): it is the organization's name as in Casdoor's URLs, not its display name.", e.getMessage());
        assertTrue(e.isProjectProblem());
    }

    @Test
    void aWrongSecretIsAnsweredWithHttp200UnauthorizedAndReportedWithoutTheSecret() {
        server = CasdoorTestServer.withFixtures();
        String wrong = "WrongSecretZq-1234";
        CasdoorClient client = new CasdoorClient(config(server.endpoint(), wrong, CasdoorTestServer.ORG, 10), output);
        CasdoorException e = assertThrows(CasdoorException.class, client::checkOrganization);
        assertTrue(e.getMessage().contains("refused the request: \"Unauthorized operation\""), e.getMessage());
        assertTrue(e.getMessage().contains("check wataomi.casdoor.clientId and wataomi.casdoor.clientSecret"), e.getMessage());
        assertFalse(e.getMessage().contains(wrong) || output.text().contains(wrong));
        assertTrue(e.isProjectProblem());
    }

    @Test
    void anUnreachableEndpointIsRetriedThenReported() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        CasdoorClient client = new CasdoorClient(config("http://127.0.0.1:" + port, CLIENT_SECRET, "wataomi", 10), output);
        CasdoorException e = assertThrows(CasdoorException.class, client::checkOrganization);
        assertEquals("Cannot reach Casdoor at http://127.0.0.1:" + port + " (connection refused) (3 attempts). Check"
                + " wataomi.casdoor.endpoint (CASDOOR_ENDPOINT) and that Casdoor is running.", e.getMessage());
        assertFalse(e.isProjectProblem());
        assertEquals(2, output.lines().stream().filter(l -> l.startsWith("WARN Casdoor: GET") && l.contains("retrying")).count());
    }

    @Test
    void transientServerErrorsAndDroppedConnectionsAreRetried() {
        server = CasdoorTestServer.withGeneratedUsers(5);
        server.fault(Fault.serverError("/api/get-users", 2, 2));
        server.fault(new Fault(Fault.Kind.DROP_CONNECTION, "/api/get-organization", 0, 1, 0));
        CasdoorClient client = client(2);
        client.checkOrganization();
        assertEquals(5, all(client).size());
        assertEquals(3, server.requests().stream().filter(r -> r.contains("p=2&")).count(), "page 2: two 500s, then the answer");
        assertEquals(2, server.requests().stream().filter(r -> r.startsWith("/api/get-organization?")).count());
    }

    @Test
    void eachKindOfBadAnswerGivesOneLineNamingItAndWhatToCheck() {
        expectFailure(s -> s.fault(Fault.serverError("/api/get-users", 2, -1)),
                "GET /api/get-users answered with HTTP 500 (3 attempts). Check that Casdoor is healthy");
        expectFailure(s -> s.fault(Fault.always(Fault.Kind.HTML, "/api/get-users", 1)),
                "GET /api/get-users answered with an HTML page (HTTP 200, title '502 Bad Gateway'), not JSON. Check wataomi.casdoor.endpoint");
        expectFailure(s -> s.fault(Fault.always(Fault.Kind.TRUNCATED, "/api/get-users", 2)),
                "GET /api/get-users sent truncated JSON (the answer ends after");
        expectFailure(s -> s.fault(Fault.always(Fault.Kind.NO_STATUS, "/api/get-users", 1)),
                "answered with JSON that has no \"status\", so it is not Casdoor's API");
        expectFailure(s -> s.fault(Fault.always(Fault.Kind.ERROR_STATUS, "/api/get-users", 2)),
                "answered status \"error\": \"database is locked\"");
        expectFailure(s -> s.fault(new Fault(Fault.Kind.DROP_CONNECTION, "/api/get-users", 1, -1, 0)),
                "Cannot reach Casdoor at");
    }

    private void expectFailure(Consumer<CasdoorTestServer> faults, String expected) {
        try (CasdoorTestServer s = CasdoorTestServer.withGeneratedUsers(5)) {
            faults.accept(s);
            CasdoorClient client = new CasdoorClient(config(s.endpoint(), CLIENT_SECRET, "wataomi", 2), output);
            CasdoorException e = assertThrows(CasdoorException.class, () -> all(client));
            assertTrue(e.getMessage().contains(expected), e.getMessage());
            assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
        }
    }

    @Test
    void truncatedApplicationsNeverQuoteTheClientSecretsTheyHold() {
        server = CasdoorTestServer.withFixtures();
        server.fault(Fault.always(Fault.Kind.TRUNCATED, "/api/get-organization-applications", 0));
        CasdoorException e = assertThrows(CasdoorException.class, () -> client(10).applications());
        assertTrue(e.getMessage().contains("truncated JSON"), e.getMessage());
        server.clearFaults();
        client(10).applications();
        for (String text : List.of(e.getMessage(), output.text())) {
            assertFalse(text.contains("do-not-log-this-secret") || text.contains(CLIENT_SECRET), text);
        }
    }

    @Test
    void aSlowAnswerWithinTheReadTimeoutIsFineOneBeyondItTimesOut() {
        server = CasdoorTestServer.withFixtures();
        server.fault(Fault.slow("/api/get-organization", 0, 300, 1));
        CasdoorConfig oneSecond = config(server.endpoint(), CLIENT_SECRET, "wataomi", 10)
                .with(Duration.ofSeconds(1), Duration.ofSeconds(1), 0, Duration.ofMillis(10), 10);
        new CasdoorClient(oneSecond, output).checkOrganization();
        server.fault(Fault.slow("/api/get-organization-applications", 0, 2500, -1));
        long t0 = System.nanoTime();
        CasdoorException e = assertThrows(CasdoorException.class, () -> new CasdoorClient(oneSecond, output).applications());
        assertTrue(e.getMessage().endsWith("GET /api/get-organization-applications: no answer within 1 s. Check that Casdoor is"
                + " healthy, or raise wataomi.casdoor.readTimeout."), e.getMessage());
        assertTrue((System.nanoTime() - t0) / 1_000_000 < 2400, "gave up at the read timeout, not when the answer came");
    }
}
