package io.wataomi.core.config;

import io.wataomi.core.db.LiveDatabase;
import io.wataomi.core.testing.RecordingOutput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The embedded database is used only when no database setting is present at all. */
class DatabaseSettingsTest {
    private static ConnectionConfig connection(Map<String, String> dotEnv, Map<String, String> environment, Map<String, String> cli) {
        return ConnectionConfig.from(LayeredSettings.resolve(Map.of(), dotEnv, environment, cli));
    }

    @Test
    void anEmptyUrlIsAnErrorWhereverItIsSet() {
        ConfigException e = assertThrows(ConfigException.class, () -> connection(Map.of(), Map.of("DATABASE_URL", ""), Map.of()));
        assertEquals("The environment variable DATABASE_URL is set but empty. Set it to the database's URL"
                + " (jdbc:postgresql://host:5432/db or postgresql://user:password@host:5432/db), or remove it to use the embedded"
                + " database. (A CI secret that is not defined reaches the build as an empty variable.)", e.getMessage());
        e = assertThrows(ConfigException.class, () -> connection(Map.of("DATABASE_URL", "jdbc:postgresql://h/db"), Map.of("DATABASE_URL", " "), Map.of()));
        assertTrue(e.getMessage().startsWith("The environment variable DATABASE_URL is set but empty."), e.getMessage());
        e = assertThrows(ConfigException.class, () -> connection(Map.of("DATABASE_URL", ""), Map.of(), Map.of()));
        assertTrue(e.getMessage().startsWith("DATABASE_URL in .env is set but empty."), e.getMessage());
        e = assertThrows(ConfigException.class, () -> connection(Map.of(), Map.of(), Map.of("wataomi.url", "")));
        assertTrue(e.getMessage().startsWith("-Dwataomi.url is set but empty."), e.getMessage());
    }

    @Test
    void aUserOrPasswordWithoutAUrlIsAnError() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> connection(Map.of(), Map.of("DATABASE_USER", "app", "DATABASE_PASSWORD", "Vq9Lm2Xt"), Map.of()));
        assertEquals("The environment variable DATABASE_USER and the environment variable DATABASE_PASSWORD are set, but no database"
                + " URL is, and the embedded database would ignore them. Set DATABASE_URL (or -Dwataomi.url) to the database they"
                + " belong to, or remove them to use the embedded database.", e.getMessage());
        e = assertThrows(ConfigException.class, () -> connection(Map.of("DATABASE_PASSWORD", "Vq9Lm2Xt"), Map.of(), Map.of()));
        assertTrue(e.getMessage().startsWith("DATABASE_PASSWORD in .env is set, but no database URL is"), e.getMessage());
        assertFalse(e.getMessage().contains("Vq9L"), e.getMessage());
        assertTrue(connection(Map.of("DATABASE_PASSWORD", ""), Map.of(), Map.of()).embedded(), "a blank password says nothing");
    }

    @Test
    void embeddedFalseMakesAMissingUrlAnErrorBeforeAnythingStarts(@TempDir Path dir) {
        ConnectionConfig c = connection(Map.of(), Map.of(), Map.of("wataomi.embedded", "false"));
        Path data = dir.resolve("postgres");
        ConfigException e = assertThrows(ConfigException.class, () -> LiveDatabase.of(c, data, new RecordingOutput()));
        assertEquals("No database URL is set and wataomi.embedded is false, so the embedded database is not used. Set"
                + " DATABASE_URL in the environment, or -Dwataomi.url=jdbc:postgresql://host:5432/db.", e.getMessage());
        assertFalse(Files.exists(data));
        assertTrue(connection(Map.of(), Map.of(), Map.of("wataomi.embedded", "true")).embeddedAllowed());
        assertTrue(connection(Map.of(), Map.of(), Map.of()).embeddedAllowed(), "the default");
        assertFalse(connection(Map.of(), Map.of(), Map.of("wataomi.embedded", "false", "wataomi.url", "jdbc:postgresql://h/db")).embedded());
    }

    @Test
    void aByteOrderMarkAtTheStartOfDotEnvIsIgnored(@TempDir Path dir) throws IOException {
        Path file = dir.resolve(".env");
        Files.write(file, ("\uFEFFDATABASE_URL=jdbc:postgresql://127.0.0.1:1/from_bom\nDATABASE_USER=app\n").getBytes(StandardCharsets.UTF_8));
        Map<String, String> env = DotEnv.read(file);
        assertEquals("jdbc:postgresql://127.0.0.1:1/from_bom", env.get("DATABASE_URL"));
        assertFalse(connection(env, Map.of(), Map.of()).embedded());
    }

    @Test
    void aDotEnvThatIsNotUtf8IsAConfigError(@TempDir Path dir) throws IOException {
        Path file = dir.resolve(".env");
        Files.write(file, "DATABASE_PASSWORD=\u00dcn\u00ef\u00a9Pa55\n".getBytes(StandardCharsets.ISO_8859_1));
        ConfigException e = assertThrows(ConfigException.class, () -> DotEnv.read(file));
        assertEquals(file + " is not UTF-8 text. Save it as UTF-8.", e.getMessage());
    }

    @Test
    void aDotEnvKeyCloseToAKnownOneIsWarnedAboutWithoutItsValue() {
        List<String> warnings = DotEnv.nearMisses(List.of("DATABSE_URL", "DATABASE_USR", "database_password", "CASDOOR_CLIENT_SECRT",
                "DATABASE_URL", "DATABASE_HOST", "DATABASE_PORT", "DATABASE_NAME", "SPRING_PROFILES_ACTIVE", "CASDOOR_ORG"));
        assertEquals(List.of(
                ".env sets DATABSE_URL, which wataomi does not read: did you mean DATABASE_URL?",
                ".env sets DATABASE_USR, which wataomi does not read: did you mean DATABASE_USER?",
                ".env sets database_password, which wataomi does not read: did you mean DATABASE_PASSWORD?",
                ".env sets CASDOOR_CLIENT_SECRT, which wataomi does not read: did you mean CASDOOR_CLIENT_SECRET?"), warnings);
    }
}
