package io.wataomi.casdoor.testing;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Runs a {@link CasdoorTestServer} with generated users until killed, for the benchmark (a JVM of its
 * own, so that the sync's heap is measured alone).
 *
 * Usage: java -cp TEST_CLASSPATH io.wataomi.casdoor.testing.CasdoorTestServerMain USERS ENDPOINT_FILE
 */
public final class CasdoorTestServerMain {
    private CasdoorTestServerMain() {
    }

    public static void main(String[] args) throws Exception {
        long users = Long.parseLong(args[0]);
        Path endpointFile = Path.of(args[1]);
        CasdoorTestServer server = CasdoorTestServer.withGeneratedUsers(users);
        warmUp(server);
        Path tmp = endpointFile.resolveSibling(endpointFile.getFileName() + ".tmp");
        Files.writeString(tmp, server.endpoint(), StandardCharsets.UTF_8);
        Files.move(tmp, endpointFile, StandardCopyOption.REPLACE_EXISTING);
        System.out.println("Casdoor test server with " + users + " users at " + server.endpoint());
        Thread.sleep(Long.MAX_VALUE);
    }

    /**
     * Serves a few hundred pages to itself before the endpoint is announced, so that the benchmark times the
     * sync against a warmed-up server (a real Casdoor is a compiled Go binary with no JIT warm-up).
     */
    private static void warmUp(CasdoorTestServer server) throws Exception {
        java.net.http.HttpClient client = java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build();
        String auth = "Basic " + java.util.Base64.getEncoder().encodeToString(
                (CasdoorTestServer.CLIENT_ID + ":" + CasdoorTestServer.CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
        for (int p = 1; p <= 300; p++) {
            client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.endpoint()
                            + "/api/get-users?owner=" + CasdoorTestServer.ORG + "&p=" + (p % 50 + 1) + "&pageSize=1000"))
                    .header("Authorization", auth).build(), java.net.http.HttpResponse.BodyHandlers.discarding());
        }
    }
}
