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
        Path tmp = endpointFile.resolveSibling(endpointFile.getFileName() + ".tmp");
        Files.writeString(tmp, server.endpoint(), StandardCharsets.UTF_8);
        Files.move(tmp, endpointFile, StandardCopyOption.REPLACE_EXISTING);
        System.out.println("Casdoor test server with " + users + " users at " + server.endpoint());
        Thread.sleep(Long.MAX_VALUE);
    }
}
