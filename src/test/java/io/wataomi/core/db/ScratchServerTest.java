package io.wataomi.core.db;

import io.wataomi.core.config.LayeredSettings;
import io.wataomi.core.config.PropertyNames;
import io.wataomi.core.config.WataomiConfig;
import io.wataomi.core.testing.RecordingOutput;
import io.wataomi.core.testing.TestDatabase;
import io.wataomi.core.testing.TestProject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The scratch database goes to wataomi.devUrl's server, else to the configured server when its user may create
 * databases (beside the application's database, which is left as it was), else to the embedded server, whose start
 * is announced with its cost; it is dropped afterwards, also when the work on it fails.
 */
class ScratchServerTest {
    private final List<Path> startedServers = new ArrayList<>();

    @AfterEach
    void stopStartedServers() {
        startedServers.forEach(dir -> EmbeddedDatabase.stop(dir, Duration.ofSeconds(60)));
    }

    private static String role(boolean createdb) throws SQLException {
        String role = "scratch_" + (createdb ? "creator_" : "plain_") + UUID.randomUUID().toString().substring(0, 8);
        try (Connection c = TestDatabase.connect(TestDatabase.server().jdbcUrl("postgres")); Statement st = c.createStatement()) {
            st.execute("CREATE ROLE " + role + " LOGIN PASSWORD 'pw-" + role + "'" + (createdb ? " CREATEDB" : ""));
        }
        return role;
    }

    private static RunContext context(String url, String user, Path embedded, RecordingOutput output) {
        Map<String, String> cli = new HashMap<>();
        cli.put(PropertyNames.URL, url);
        cli.put(PropertyNames.USERNAME, user);
        cli.put(PropertyNames.PASSWORD, "pw-" + user);
        cli.put(PropertyNames.EMBEDDED_DIRECTORY, embedded.toString());
        return new RunContext(WataomiConfig.from(LayeredSettings.resolve(Map.of(), Map.of(), Map.of(), cli),
                TestProject.create("scratch").basedir()), output);
    }

    private static List<String> databases() throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection c = TestDatabase.connect(TestDatabase.server().jdbcUrl("postgres")); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT datname FROM pg_database ORDER BY datname")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    private static Path testServerDirectory() {
        TestDatabase.server();
        return Path.of("target", "test-postgres").toAbsolutePath();
    }

    @Test
    void theConfiguredServerHoldsTheScratchDatabaseWhenItsUserMayCreateDatabases() throws Exception {
        String role = role(true);
        String app = TestDatabase.create("scratch_app");
        try (Connection c = TestDatabase.connect(app); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE kept (id int)");
        }
        RecordingOutput output = new RecordingOutput();
        Path unused = TestProject.create("no-embedded").basedir().resolve("postgres");
        String name;
        try (ScratchDatabase scratch = ScratchDatabase.create(context(app, role, unused, output), null, true)) {
            name = scratch.name();
            assertTrue(scratch.server().configured(), scratch.server().description());
            assertTrue(databases().contains(name));
            try (Connection c = scratch.connect(); Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT current_database(), current_user")) {
                rs.next();
                assertEquals(name, rs.getString(1));
                assertEquals(role, rs.getString(2));
            }
        }
        assertFalse(databases().contains(name), "dropped after use");
        assertFalse(java.nio.file.Files.exists(unused), "no embedded server was started");
        assertTrue(output.text().contains("scratch database created (and dropped) on the server of wataomi.url"), output.text());
        assertFalse(output.text().contains("pw-" + role), "the password is never printed");
        try (Connection c = TestDatabase.connect(app); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT string_agg(table_name, ',') FROM information_schema.tables WHERE table_schema = 'public'")) {
            rs.next();
            assertEquals("kept", rs.getString(1), "the application's database is left as it was");
        }
    }

    @Test
    void theScratchDatabaseIsDroppedWhenTheWorkOnItFails() throws Exception {
        String app = TestDatabase.create("scratch_fail");
        String role = role(true);
        List<String> before = databases();
        IllegalStateException failure = assertThrows(IllegalStateException.class, () -> {
            try (ScratchDatabase scratch = ScratchDatabase.create(context(app, role, testServerDirectory(), new RecordingOutput()), null, true)) {
                try (Connection c = scratch.connect(); Statement st = c.createStatement()) {
                    st.execute("CREATE TABLE t (id int)");
                    c.commit();
                }
                throw new IllegalStateException("failed on " + scratch.name());
            }
        });
        assertTrue(failure.getMessage().startsWith("failed on wataomi_scratch_"));
        assertEquals(before, databases());
    }

    @Test
    void aUserWhoMayNotCreateDatabasesGetsTheEmbeddedServer() throws Exception {
        String role = role(false);
        String app = TestDatabase.create("scratch_plain");
        RecordingOutput output = new RecordingOutput();
        try (ScratchDatabase scratch = ScratchDatabase.create(context(app, role, testServerDirectory(), output), null, true)) {
            assertFalse(scratch.server().configured());
            assertTrue(scratch.server().description().startsWith("the embedded PostgreSQL"), scratch.server().description());
            try (Connection c = scratch.connect(); Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT current_user")) {
                rs.next();
                assertEquals(EmbeddedDatabase.USER, rs.getString(1));
            }
        }
        // The embedded server was running already (it is the test server): nothing to announce.
        assertFalse(output.text().contains("Starting the embedded PostgreSQL"), output.text());
    }

    @Test
    void theScratchDatabaseIsDroppedWithASessionOfItsUserStillOpenOnIt() throws Exception {
        String role = role(true);
        String app = TestDatabase.create("scratch_open");
        String name;
        Connection leftOpen;
        try (ScratchDatabase scratch = ScratchDatabase.create(context(app, role, testServerDirectory(), new RecordingOutput()), null, true)) {
            name = scratch.name();
            leftOpen = scratch.connect();
            try (Statement st = leftOpen.createStatement()) {
                st.execute("CREATE TABLE t (id int)");
            }
        }
        assertFalse(databases().contains(name), "dropped although a session was still on it");
        assertTrue(leftOpen.isClosed() || !leftOpen.isValid(2), "the session left open was ended");
    }

    /** A scratch database created by that role, named as if created {@code secondsAgo} ago by the server's clock. */
    private static String leftBehind(String role, long secondsAgo, String suffix) throws SQLException {
        String server = TestDatabase.server().jdbcUrl("postgres");
        long now;
        try (Connection c = TestDatabase.connect(server); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT extract(epoch FROM now())::bigint")) {
            rs.next();
            now = rs.getLong(1);
        }
        String name = String.format("wataomi_scratch_%08x_%s", now - secondsAgo, suffix);
        try (Connection c = java.sql.DriverManager.getConnection(server, role, "pw-" + role); Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE " + name);
        }
        return name;
    }

    @Test
    void scratchDatabasesLeftByKilledRunsAreDroppedByTheNextRunOfTheSameUser() throws Exception {
        String role = role(true);
        String other = role(true);
        String app = TestDatabase.create("scratch_stale");
        String old = leftBehind(role, 7200, "00000000000a");
        String recent = leftBehind(role, 60, "00000000000b");
        String othersOld = leftBehind(other, 7200, "00000000000c");
        String busyOld = leftBehind(role, 7200, "00000000000d");
        RecordingOutput output = new RecordingOutput();
        try (Connection busy = TestDatabase.connect(TestDatabase.server().jdbcUrl(busyOld));
             ScratchDatabase scratch = ScratchDatabase.create(context(app, role, testServerDirectory(), output), null, true)) {
            assertTrue(busy.isValid(2));
            assertTrue(scratch.name().matches("wataomi_scratch_[0-9a-f]{8}_[0-9a-f]{12}"), scratch.name());
        }
        List<String> now = databases();
        assertFalse(now.contains(old), "an hour old, this user's, no session: dropped");
        assertTrue(now.contains(recent), "a minute old: perhaps a run still starting");
        assertTrue(now.contains(othersOld), "another user's");
        assertTrue(now.contains(busyOld), "a session is on it");
        assertTrue(output.text().contains("INFO Dropped " + old + " on the server of wataomi.url: scratch database left by a run"
                + " stopped before it could drop it."), output.text());
        try (Connection c = TestDatabase.connect(TestDatabase.server().jdbcUrl("postgres")); Statement st = c.createStatement()) {
            for (String name : List.of(recent, othersOld, busyOld)) {
                st.execute("DROP DATABASE " + name);
            }
        }
    }

    @Test
    void aDevServerIsPreferredToTheConfiguredOne() throws Exception {
        String role = role(true);
        String app = TestDatabase.create("scratch_devurl");
        String dev = TestDatabase.server().jdbcUrl("postgres") + "?user=" + TestDatabase.USER;
        try (ScratchDatabase scratch = ScratchDatabase.create(context(app, role, testServerDirectory(), new RecordingOutput()), dev, true)) {
            assertFalse(scratch.server().configured());
            assertEquals("the server of wataomi.devUrl", scratch.server().description());
        }
    }

    @Test
    @Tag("slow")
    void startingTheEmbeddedServerForTheScratchDatabaseIsAnnouncedWithItsCost() throws Exception {
        String role = role(true);
        String app = TestDatabase.create("scratch_history");
        Path embedded = TestProject.create("scratch-embedded").basedir().resolve("postgres");
        startedServers.add(embedded);
        RecordingOutput output = new RecordingOutput();
        // Compared with the revisions (useConfigured false), the configured server is not used even though it could be.
        try (ScratchDatabase scratch = ScratchDatabase.create(context(app, role, embedded, output), null, false)) {
            assertFalse(scratch.server().configured());
            assertTrue(java.nio.file.Files.isDirectory(embedded));
        }
        String text = output.text();
        assertTrue(text.contains("Starting the embedded PostgreSQL for the scratch comparison (wataomi.devUrl is not set); this takes"
                + " seconds."), text);
        assertTrue(text.matches("(?s).*Embedded PostgreSQL started in \\d+\\.\\d s\\..*"), text);
    }
}
