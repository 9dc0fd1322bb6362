package io.wataomi.cli;

import io.wataomi.core.testing.TestDatabase;
import io.wataomi.core.testing.TestProject;
import io.wataomi.it.ApplicationJar;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The command-line jar's entry point, run in this JVM: commands, settings from .env, the environment and arguments, the
 * revisions of an application jar, exit statuses, results on standard output and messages on standard error, masked.
 */
class MainTest {
    private static final Path QUICKSTART_RESOURCES = Path.of("examples/quickstart/src/main/resources").toAbsolutePath();
    private static final List<String> QUICKSTART = List.of("c205ea66e047", "f365eede9e8c", "471694036036");
    private static final String SECRET = "Cl1-secret-Pw";

    private final Path basedir = TestProject.create("cli").basedir();

    /** One run's exit status and output. */
    private record Run(int status, String out, String err) {
        @Override
        public String toString() {
            return "status " + status + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    private Run run(Map<String, String> environment, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(List.of(args), environment, new Properties(), basedir,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** The environment of a deploy job: DATABASE_URL in libpq form, with a password the output must never show. */
    private static Map<String, String> database(String jdbcUrl) {
        return Map.of("DATABASE_URL", jdbcUrl.replaceFirst("^jdbc:postgresql://", "postgresql://" + TestDatabase.USER + ":" + SECRET + "@"));
    }

    @Test
    void aSpringBootJarsRevisionsUpgradeReportAndDowngradeTheDatabase() {
        Path jar = ApplicationJar.springBoot(QUICKSTART_RESOURCES, basedir.resolve("target/app.jar"));
        String url = TestDatabase.create("cli_boot");
        Map<String, String> env = database(url);
        List<Run> runs = new ArrayList<>();

        Run upgrade = record(runs, run(env, "upgrade", "--classpath", jar.toString()));
        assertEquals(0, upgrade.status(), upgrade.toString());
        assertEquals("", upgrade.out(), "upgrade reports progress on standard error only");
        assertTrue(upgrade.err().contains("Upgrading from base: 3 revisions"), upgrade.toString());
        assertEquals(QUICKSTART, List.copyOf(TestProject.appliedRevisions(url)));

        Run current = record(runs, run(env, "current", "--classpath=" + jar));
        assertEquals(0, current.status(), current.toString());
        assertEquals("Current revision: 471694036036 (head)  create workspace member table\n", current.out());

        Run history = record(runs, run(env, "history", "--classpath", jar.toString()));
        assertEquals(4, history.out().lines().count(), history.toString());
        assertTrue(history.out().lines().anyMatch(l -> l.startsWith(">  471694036036")), history.toString());

        Run noop = record(runs, run(env, "upgrade", "--classpath", jar.toString()));
        assertTrue(noop.err().contains("Nothing to do: the database is at 471694036036"), noop.toString());

        Run downgrade = record(runs, run(env, "downgrade", "-1", "--classpath", jar.toString()));
        assertEquals(0, downgrade.status(), downgrade.toString());
        assertEquals(QUICKSTART.subList(0, 2), List.copyOf(TestProject.appliedRevisions(url)));
        assertTrue(TestProject.tableExists(url, "workspace") && !TestProject.tableExists(url, "workspace_member"));

        runs.forEach(r -> assertFalse(r.out().contains(SECRET) || r.err().contains(SECRET), "the password was printed:\n" + r));
        assertTrue(runs.stream().anyMatch(r -> r.err().contains(TestDatabase.name(url))), "the database is named, without its password");
    }

    @Test
    void aClassesFolderOrAChangelogFolderHoldsTheRevisionsToo() {
        Run classes = run(Map.of(), "heads", "--classpath", QUICKSTART_RESOURCES.toString());
        Run folder = run(Map.of(), "heads", "-Dwataomi.changelogDirectory=" + QUICKSTART_RESOURCES.resolve("db/changelog"));

        for (Run r : List.of(classes, folder)) {
            assertEquals(0, r.status(), r.toString());
            assertTrue(r.out().startsWith("471694036036 (head)  create workspace member table"), r.toString());
        }
    }

    @Test
    void offlineSqlForARangeNeedsNoDatabaseAndWritesOnlyTheScriptToStandardOutput() {
        Path jar = ApplicationJar.plain(QUICKSTART_RESOURCES, basedir.resolve("target/app.jar"));

        Run sql = run(Map.of(), "upgrade", "base:head", "--wataomi.sql=true", "--classpath", jar.toString());

        assertEquals(0, sql.status(), sql.toString());
        assertTrue(sql.out().startsWith("-- wataomi upgrade script for a database at base"), sql.toString());
        assertEquals(3, sql.out().lines().filter("BEGIN;"::equals).count(), sql.toString());
        assertFalse(sql.err().contains("Database:"), "no database may be used:\n" + sql);
    }

    @Test
    void withoutADatabaseUrlItFailsRatherThanMigrateAnEmbeddedDatabase() {
        Run upgrade = run(Map.of(), "upgrade", "--classpath", QUICKSTART_RESOURCES.toString(), "-Dwataomi.embedded=true");

        assertEquals(1, upgrade.status(), upgrade.toString());
        assertTrue(upgrade.err().startsWith("ERROR: No database: set DATABASE_URL"), upgrade.toString());
        assertFalse(Files.exists(basedir.resolve("target/wataomi")), "no embedded database may be created");
    }

    @Test
    void settingsComeFromDotEnvTheEnvironmentAndTheArgumentsInThatOrder() throws Exception {
        String url = TestDatabase.create("cli_settings");
        Files.writeString(basedir.resolve(".env"), "DATABASE_URL=" + url + "\nDATABASE_USER=" + TestDatabase.USER + "\n");
        String nowhere = "jdbc:postgresql://127.0.0.1:1/nowhere";

        Run fromDotEnv = run(Map.of(), "current", "--classpath", QUICKSTART_RESOURCES.toString());
        Run environmentWins = run(Map.of("DATABASE_URL", nowhere), "current", "--classpath", QUICKSTART_RESOURCES.toString());
        Run argumentWins = run(Map.of("DATABASE_URL", nowhere), "current", "--classpath", QUICKSTART_RESOURCES.toString(),
                "--wataomi.url=" + url);

        assertEquals(0, fromDotEnv.status(), fromDotEnv.toString());
        assertEquals("Current revision: base (no revision applied), 3 pending\n", fromDotEnv.out());
        assertEquals(1, environmentWins.status(), environmentWins.toString());
        assertTrue(environmentWins.err().contains("Cannot connect to " + nowhere), environmentWins.toString());
        assertEquals(0, argumentWins.status(), argumentWins.toString());
    }

    @Test
    void theMavenOnlyGoalsAndUnknownWordsAreRefusedWithWhatToTypeInstead() {
        for (String goal : List.of("create", "check", "init", "merge", "reset")) {
            Run r = run(Map.of(), goal);
            assertEquals(2, r.status(), r.toString());
            assertTrue(r.err().contains("mvn wataomi:" + goal), r.toString());
        }
        Run unknown = run(Map.of(), "migrate");
        assertTrue(unknown.status() == 2 && unknown.err().contains("upgrade, downgrade, current, history, heads, stamp, sync"), unknown.toString());
        Run option = run(Map.of(), "upgrade", "--url=x");
        assertTrue(option.status() == 2 && option.err().contains("'--url=x'"), option.toString());
        Run setting = run(Map.of(), "upgrade", "-Durl=x");
        assertTrue(setting.status() == 2 && setting.err().contains("'url' is not a wataomi setting"), setting.toString());
        Run none = run(Map.of());
        assertEquals(2, none.status(), none.toString());
        Run server = run(Map.of(), "heads", "-Dwataomi.serverId=prod-db", "--classpath", QUICKSTART_RESOURCES.toString());
        assertTrue(server.status() == 1 && server.err().contains("settings.xml") && server.err().contains("DATABASE_PASSWORD"),
                server.toString());
    }

    @Test
    void aJarWithoutRevisionsOrAMissingOneIsAnError() {
        Path classes = basedir.resolve("classes");
        Path jar = basedir.resolve("target/no-revisions.jar");
        try {
            Files.createDirectories(classes.resolve("com/example"));
            Files.writeString(classes.resolve("com/example/application.properties"), "spring.application.name=x\n");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        ApplicationJar.springBoot(classes, jar);

        Run empty = run(Map.of(), "heads", "--classpath", jar.toString());
        Run missing = run(Map.of(), "heads", "--classpath", basedir.resolve("missing.jar").toString());

        assertTrue(empty.status() == 1 && empty.err().contains("has no db/changelog/"), empty.toString());
        assertTrue(missing.status() == 1 && missing.err().contains("does not exist"), missing.toString());
    }

    @Test
    void syncReadsNoRevisionsButNeedsCasdoorsSettings() {
        Run sync = run(database(TestDatabase.create("cli_sync")), "sync");

        assertEquals(1, sync.status(), sync.toString());
        assertFalse(sync.err().contains("No revisions"), sync.toString());
        assertTrue(sync.err().contains("CASDOOR_ENDPOINT"), sync.toString());
    }

    @Test
    void helpListsTheCommandsAndTheSettings() {
        Run help = run(Map.of(), "--help");

        assertEquals(0, help.status());
        for (CliCommand c : CliCommand.values()) {
            assertTrue(help.out().contains("  " + c.label() + " "), c.label() + " missing from:\n" + help.out());
        }
        for (String setting : List.of("wataomi.url", "DATABASE_URL", "wataomi.classpath", "wataomi.sqlFile", "CASDOOR_*")) {
            assertTrue(help.out().contains(setting), setting + " missing from:\n" + help.out());
        }
    }

    private static Run record(List<Run> runs, Run run) {
        runs.add(run);
        return run;
    }
}
