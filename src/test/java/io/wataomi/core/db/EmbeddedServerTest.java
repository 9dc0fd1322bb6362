package io.wataomi.core.db;

import io.wataomi.core.Wataomi;
import io.wataomi.core.config.ConfigException;
import io.wataomi.core.config.LayeredSettings;
import io.wataomi.core.config.PropertyNames;
import io.wataomi.core.config.WataomiConfig;
import io.wataomi.core.shared.DatabaseFailure;
import io.wataomi.core.testing.ChildJvm;
import io.wataomi.core.testing.RecordingOutput;
import io.wataomi.core.testing.TestProject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * db-start serves the embedded database past the end of the JVM that started it, on the asked port, where a client
 * outside reaches it by the printed URL and the goals use it; db-stop stops it from another JVM, ending open sessions.
 * One server per data folder, whoever starts it.
 */
class EmbeddedServerTest {
    private static final Pattern JDBC_LINE = Pattern.compile("JDBC URL:  (jdbc:postgresql://localhost:(\\d+)/wataomi)  \\(user postgres, no password\\)");

    private final List<Path> dataDirectories = new ArrayList<>();

    /** A server a failed test leaves behind is stopped, so no postmaster outlives the run. */
    @AfterEach
    void stopLeftovers() {
        dataDirectories.forEach(dir -> EmbeddedDatabase.stop(dir, Duration.ofSeconds(60)));
    }

    private WataomiConfig embeddedProject(String label, Map<String, String> commandLine) {
        WataomiConfig config = WataomiConfig.from(LayeredSettings.resolve(Map.of(), Map.of(), Map.of(), commandLine),
                TestProject.create(label).basedir());
        dataDirectories.add(config.embeddedDirectory());
        return config;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private static Connection connect(String jdbcUrl, String application) throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", "postgres");
        props.setProperty("ApplicationName", application);
        return DriverManager.getConnection(jdbcUrl, props);
    }

    @Test
    @Timeout(180)
    void servedDatabaseOutlivesItsJvmIsReachedByThePrintedUrlUsedByTheGoalsAndStoppedFromAnotherJvm() throws Exception {
        WataomiConfig config = embeddedProject("db_serve", Map.of());
        int port = freePort();
        String printed;
        try (ChildJvm child = ChildJvm.start(EmbeddedDatabaseChild.class, "serve", config.basedir().toString(), String.valueOf(port))) {
            assertEquals(0, child.waitFor(120_000), child.output());
            printed = child.output();
        }
        assertTrue(printed.contains("psql:      psql -h localhost -p " + port + " -U postgres -d wataomi"), printed);
        Matcher jdbc = JDBC_LINE.matcher(printed);
        assertTrue(jdbc.find(), printed);
        assertEquals(String.valueOf(port), jdbc.group(2));
        long pid = Postmaster.of(config.embeddedDirectory()).orElseThrow(() -> new AssertionError("no server after its JVM ended")).pid();

        try (Connection outside = connect(jdbc.group(1), "psql-from-outside"); Statement st = outside.createStatement()) {
            try (ResultSet rs = st.executeQuery("SHOW data_directory")) {
                rs.next();
                assertTrue(Files.isSameFile(config.embeddedDirectory(), Path.of(rs.getString(1))));
            }
            st.execute("CREATE TABLE made_from_outside (id int)");

            RecordingOutput goalOutput = new RecordingOutput();
            LiveDatabase used = new Wataomi(config, goalOutput).database();
            assertEquals(jdbc.group(1), used.jdbcUrl());
            assertTrue(goalOutput.text().contains("(" + jdbc.group(1) + "), already running"), goalOutput.text());
            try (Connection goal = used.connect(); Statement gs = goal.createStatement();
                 ResultSet rs = gs.executeQuery("SELECT to_regclass('made_from_outside') IS NOT NULL")) {
                rs.next();
                assertTrue(rs.getBoolean(1), "the goal's connection does not see the table made from outside");
            }
            assertEquals(pid, Postmaster.of(config.embeddedDirectory()).orElseThrow().pid(), "a second server was started");

            RecordingOutput again = new RecordingOutput();
            assertTrue(new Wataomi(config, again).dbStart(new DbStartOptions(port)).alreadyRunning());
            assertTrue(again.text().contains("was already running on port " + port), again.text());

            DbStopResult stopped = new Wataomi(config, new RecordingOutput()).dbStop();
            assertTrue(stopped.stopped());
            assertEquals(port, stopped.port());
            assertTrue(stopped.sessions().stream().anyMatch(s -> s.startsWith("psql-from-outside (pid ")), stopped.sessions().toString());
            assertThrows(SQLException.class, () -> st.executeQuery("SELECT 1"), "the open session was not ended");
        }
        assertTrue(Postmaster.of(config.embeddedDirectory()).isEmpty());
        assertFalse(Files.exists(config.embeddedDirectory().resolve("postmaster.pid")));
        assertThrows(SQLException.class, () -> connect(jdbc.group(1), "late").close(), "the port still answers");

        RecordingOutput nothing = new RecordingOutput();
        assertFalse(new Wataomi(config, nothing).dbStop().stopped());
        assertTrue(nothing.text().contains("No embedded PostgreSQL runs in " + config.embeddedDirectory()), nothing.text());
    }

    /** Two processes starting the embedded database of one folder at once, on a fresh clone: one server, used by both. */
    @Test
    @Tag("slow")
    @Timeout(180)
    void twoProcessesStartingAtOnceShareOneServer() throws Exception {
        Path dir = embeddedProject("db_race", Map.of()).embeddedDirectory();
        try (ChildJvm first = ChildJvm.start(EmbeddedDatabaseChild.class, "start", dir.toString());
             ChildJvm second = ChildJvm.start(EmbeddedDatabaseChild.class, "start", dir.toString())) {
            String a = endpointLine(first);
            String b = endpointLine(second);
            assertEquals(a.split(" ")[1], b.split(" ")[1], "two ports: " + a + " / " + b);
            assertTrue(a.endsWith(" true") ^ b.endsWith(" true"), "not exactly one started it: " + a + " / " + b);
            first.kill();
            second.kill();
        }
        // The killed owner could not stop its server: another process stops it.
        assertTrue(EmbeddedDatabase.stop(dir, Duration.ofSeconds(60)).isPresent());
    }

    private static String endpointLine(ChildJvm child) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 120_000;
        while (System.currentTimeMillis() < deadline && !child.output().contains("<eof>")) {
            for (String line : child.output().split("\n")) {
                if (line.startsWith("ENDPOINT ")) {
                    return line;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no ENDPOINT line:\n" + child.output());
    }

    @Test
    @Timeout(120)
    void aTakenPortIsRefusedNamingTheFixAndStartsNothing() throws Exception {
        WataomiConfig config = embeddedProject("db_port_taken", Map.of());
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            DatabaseFailure e = assertThrows(DatabaseFailure.class,
                    () -> new Wataomi(config, new RecordingOutput()).dbStart(new DbStartOptions(taken.getLocalPort())));
            assertTrue(e.getMessage().startsWith("Port " + taken.getLocalPort() + " on localhost is taken"), e.getMessage());
            assertTrue(e.getMessage().contains("-Dwataomi.port="), e.getMessage());
        }
        assertTrue(Postmaster.of(config.embeddedDirectory()).isEmpty());
    }

    @Test
    @Timeout(180)
    void aServerOnAnotherPortIsReportedNotStartedTwice() throws Exception {
        WataomiConfig config = embeddedProject("db_other_port", Map.of());
        int port = freePort();
        try (ChildJvm child = ChildJvm.start(EmbeddedDatabaseChild.class, "serve", config.basedir().toString(), String.valueOf(port))) {
            assertEquals(0, child.waitFor(120_000), child.output());
        }
        int other = freePort();
        DatabaseFailure e = assertThrows(DatabaseFailure.class,
                () -> new Wataomi(config, new RecordingOutput()).dbStart(new DbStartOptions(other)));
        assertTrue(e.getMessage().contains("already runs on port " + port), e.getMessage());
        assertTrue(e.getMessage().contains("mvn wataomi:db-stop"), e.getMessage());
        assertEquals(port, Postmaster.of(config.embeddedDirectory()).orElseThrow().port());
    }

    /** A goal after another process stopped the server this JVM used starts a new one rather than use the dead port. */
    @Test
    @Timeout(180)
    void aServerStoppedByAnotherProcessIsStartedAgainNotReused() throws Exception {
        WataomiConfig config = embeddedProject("db_stopped_elsewhere", Map.of());
        int port = freePort();
        try (ChildJvm child = ChildJvm.start(EmbeddedDatabaseChild.class, "serve", config.basedir().toString(), String.valueOf(port))) {
            assertEquals(0, child.waitFor(120_000), child.output());
        }
        assertEquals(port, EmbeddedDatabase.start(config.embeddedDirectory(), new RecordingOutput()).port());
        try (ChildJvm child = ChildJvm.start(EmbeddedDatabaseChild.class, "stop", config.basedir().toString())) {
            assertEquals(0, child.waitFor(120_000), child.output());
            assertTrue(child.output().contains("Stopped the embedded PostgreSQL in "), child.output());
        }
        EmbeddedDatabase.Endpoint again = EmbeddedDatabase.start(config.embeddedDirectory(), new RecordingOutput());
        assertTrue(again.started(), "the stopped server's endpoint was reused");
        assertEquals(again.port(), Postmaster.of(config.embeddedDirectory()).orElseThrow().port());
    }

    @Test
    void withAUrlSetThereIsNoEmbeddedDatabaseToServe() {
        WataomiConfig config = embeddedProject("db_url_set", Map.of(PropertyNames.URL, "jdbc:postgresql://db.example.com:5432/app"));
        ConfigException e = assertThrows(ConfigException.class,
                () -> new Wataomi(config, new RecordingOutput()).dbStart(new DbStartOptions(15432)));
        assertTrue(e.getMessage().contains("the goals use jdbc:postgresql://db.example.com:5432/app"), e.getMessage());
        assertTrue(Postmaster.of(config.embeddedDirectory()).isEmpty());
    }

    @Test
    void thePortMustBeATcpPort() {
        LayeredSettings settings = LayeredSettings.resolve(Map.of(), Map.of(), Map.of(), Map.of(PropertyNames.PORT, "99999"));
        ConfigException e = assertThrows(ConfigException.class, () -> DbStartOptions.from(settings));
        assertTrue(e.getMessage().contains("wataomi.port must be a whole number from 1 to 65535, got '99999'"), e.getMessage());
        assertEquals(15432, DbStartOptions.from(LayeredSettings.resolve(Map.of(), Map.of(), Map.of(), Map.of())).port());
    }
}
