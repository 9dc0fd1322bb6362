package io.wataomi.core.testing;

import io.wataomi.casdoor.testing.CasdoorTestServer;
import io.wataomi.core.shared.Output;
import io.wataomi.core.Wataomi;
import io.wataomi.core.casdoor.CasdoorConfig;
import io.wataomi.core.config.Secret;
import io.wataomi.core.config.LayeredSettings;
import io.wataomi.core.sync.SyncConfig;
import io.wataomi.core.sync.SyncTables;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/** The examples/quickstart project's revisions in a test project, and sync settings for a Casdoor test server. */
public final class Quickstart {
    private static final Path CHANGELOG = Path.of("examples/quickstart/src/main/resources/db/changelog");

    private Quickstart() {
    }

    /** A test project holding a copy of the quickstart's changelog (3 revisions: user, workspace, workspace_member). */
    public static TestProject project(String label) {
        TestProject project = TestProject.create(label);
        Path target = project.resourcesRoot().resolve("db/changelog");
        try (Stream<Path> files = Files.walk(CHANGELOG)) {
            for (Path f : files.toList()) {
                Path to = target.resolve(CHANGELOG.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(f, to);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return project;
    }

    /** A fresh database upgraded to the quickstart's head; returns the facade for it. */
    public static Wataomi upgraded(TestProject project, String url, Output output) {
        Wataomi wataomi = project.wataomi(url, output);
        wataomi.upgrade("head", false, null);
        return wataomi;
    }

    /** The Casdoor settings of a test server: short timeouts, one retry after 10 ms. */
    public static CasdoorConfig casdoor(CasdoorTestServer server, int pageSize) {
        return new CasdoorConfig(server.endpoint(), CasdoorTestServer.CLIENT_ID, Secret.of(CasdoorTestServer.CLIENT_SECRET),
                "wataomi-app", CasdoorTestServer.ORG, null, Duration.ofSeconds(2), Duration.ofSeconds(3), 1,
                Duration.ofMillis(10), pageSize);
    }

    /** A sync of a test server into the default tables of the public schema. */
    public static SyncConfig sync(CasdoorTestServer server, int pageSize) {
        return new SyncConfig(casdoor(server, pageSize), SyncTables.defaults("public"));
    }

    /** A sync of a test server into tables named by {@code wataomi.sync.*} settings. */
    public static SyncConfig sync(CasdoorTestServer server, int pageSize, Map<String, String> syncSettings) {
        Map<String, String> cli = new HashMap<>(syncSettings);
        return new SyncConfig(casdoor(server, pageSize), SyncTables.from(LayeredSettings.resolve(Map.of(), Map.of(), Map.of(), cli), "public"));
    }
}
