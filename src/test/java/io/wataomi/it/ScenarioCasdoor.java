package io.wataomi.it;

import io.wataomi.casdoor.testing.CasdoorTestServer;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.stream.Stream;

/** Setup for the invoker scenarios that sync (setup.groovy, on the test classpath): the quickstart project and a Casdoor test server. */
public final class ScenarioCasdoor {
    private ScenarioCasdoor() {
    }

    /** Copies examples/quickstart (pom and sources, as shipped) into the scenario's folder. */
    public static void copyQuickstart(File basedir) throws IOException {
        Path source = basedir.toPath().resolve("../../../examples/quickstart").normalize();
        if (!Files.isDirectory(source)) {
            throw new IllegalStateException("missing " + source);
        }
        try (Stream<Path> files = Files.walk(source)) {
            for (Path f : files.filter(p -> !source.relativize(p).startsWith("target")).toList()) {
                Path to = basedir.toPath().resolve(source.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(f, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    /**
     * Starts a Casdoor test server with the fixtures (alice, bob, carol; two applications of the organization,
     * a shared one of another, app-built-in), kept running until the invoker's JVM ends, and appends its
     * settings to the scenario's .env as the seed's CASDOOR_* variables; with {@code withSecret} false the
     * client secret is left out (to come from elsewhere).
     */
    public static CasdoorTestServer start(File basedir, boolean withSecret) throws IOException {
        CasdoorTestServer server = CasdoorTestServer.withFixtures();
        System.getProperties().put("wataomi.it.casdoor." + basedir.getAbsolutePath(), server);
        String env = "\nCASDOOR_ENDPOINT=" + server.endpoint() + "\n"
                + "CASDOOR_CLIENT_ID=" + CasdoorTestServer.CLIENT_ID + "\n"
                + (withSecret ? "CASDOOR_CLIENT_SECRET=" + CasdoorTestServer.CLIENT_SECRET + "\n" : "")
                + "CASDOOR_APP_NAME=wataomi-app\n"
                + "CASDOOR_ORG_NAME=" + CasdoorTestServer.ORG + "\n";
        Files.writeString(basedir.toPath().resolve(".env"), env, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
        return server;
    }
}
