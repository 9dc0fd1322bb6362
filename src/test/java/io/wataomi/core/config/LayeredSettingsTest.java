package io.wataomi.core.config;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LayeredSettingsTest {
    @Test
    void precedenceIsPomThenDotEnvThenEnvironmentThenCommandLine() {
        Map<String, String> pom = Map.of("wataomi.url", "jdbc:postgresql://pom/db");
        Map<String, String> dotEnv = Map.of("DATABASE_URL", "jdbc:postgresql://dotenv/db");
        Map<String, String> env = Map.of("DATABASE_URL", "jdbc:postgresql://env/db");
        Map<String, String> cli = Map.of("wataomi.url", "jdbc:postgresql://cli/db");
        assertEquals("jdbc:postgresql://pom/db", LayeredSettings.resolve(pom, Map.of(), Map.of(), Map.of()).get("wataomi.url").orElseThrow());
        assertEquals("jdbc:postgresql://dotenv/db", LayeredSettings.resolve(pom, dotEnv, Map.of(), Map.of()).get("wataomi.url").orElseThrow());
        assertEquals("jdbc:postgresql://env/db", LayeredSettings.resolve(pom, dotEnv, env, Map.of()).get("wataomi.url").orElseThrow());
        assertEquals("jdbc:postgresql://cli/db", LayeredSettings.resolve(pom, dotEnv, env, cli).get("wataomi.url").orElseThrow());
        assertEquals(Source.ENVIRONMENT, LayeredSettings.resolve(pom, dotEnv, env, Map.of()).value("wataomi.url").orElseThrow().source());
    }

    @Test
    void casdoorVariablesMapToProperties() {
        LayeredSettings s = LayeredSettings.resolve(Map.of(), Map.of("CASDOOR_ENDPOINT", "http://localhost:8030", "CASDOOR_CLIENT_SECRET", "s3cr3t"),
                Map.of(), Map.of());
        assertEquals("http://localhost:8030", s.get("wataomi.casdoor.endpoint").orElseThrow());
        assertEquals("********", s.secret("wataomi.casdoor.clientSecret").toString());
    }

    @Test
    void credentialFromTheHigherLayerWins() {
        LayeredSettings s = LayeredSettings.resolve(Map.of("wataomi.username", "pomuser", "wataomi.password", "pompw"), Map.of(),
                Map.of("DATABASE_URL", "postgresql://envuser:envpw@db.example:5433/app"), Map.of());
        ConnectionConfig c = ConnectionConfig.from(s);
        assertEquals("envuser", c.username());
        assertEquals("envpw", c.password().reveal());
        assertEquals("jdbc:postgresql://db.example:5433/app", c.url().jdbcUrl());
        LayeredSettings cli = LayeredSettings.resolve(Map.of(), Map.of(), Map.of("DATABASE_URL", "postgresql://envuser:envpw@h/app"),
                Map.of("wataomi.password", "clipw"));
        assertEquals("clipw", ConnectionConfig.from(cli).password().reveal());
        assertEquals("envuser", ConnectionConfig.from(cli).username());
    }

    @Test
    void noUrlMeansEmbedded() {
        assertTrue(ConnectionConfig.from(LayeredSettings.resolve(Map.of(), Map.of(), Map.of(), Map.of())).embedded());
    }

    @Test
    void flagsAndNumbersAreValidated() {
        LayeredSettings s = LayeredSettings.resolve(Map.of(), Map.of(), Map.of(), Map.of("wataomi.sql", "", "wataomi.verbose", "maybe", "wataomi.lockTimeout", "soon"));
        assertTrue(s.flag("wataomi.sql", false));
        ConfigException bad = assertThrows(ConfigException.class, () -> s.flag("wataomi.verbose", false));
        assertTrue(bad.getMessage().contains("maybe") && bad.getMessage().contains("-D property"), bad.getMessage());
        ConfigException badNumber = assertThrows(ConfigException.class, () -> WataomiConfig.from(s, Path.of("/tmp/p")));
        assertTrue(badNumber.getMessage().contains("wataomi.lockTimeout") && badNumber.getMessage().contains("soon"), badNumber.getMessage());
    }

    @Test
    void dotEnvParsesQuotesExportsCommentsAndMultiLineValues() {
        Map<String, String> env = DotEnv.parse(List.of(
                "# comment",
                "export DATABASE_URL=postgresql://u:p@h/db  # trailing",
                "CASDOOR_APP_NAME='wataomi-app'",
                "CASDOOR_CERTIFICATE=\"-----BEGIN CERTIFICATE-----",
                "MIIB",
                "-----END CERTIFICATE-----\"",
                "EMPTY="), Path.of(".env"));
        assertEquals("postgresql://u:p@h/db", env.get("DATABASE_URL"));
        assertEquals("wataomi-app", env.get("CASDOOR_APP_NAME"));
        assertEquals("-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----", env.get("CASDOOR_CERTIFICATE"));
        assertEquals("", env.get("EMPTY"));
        ConfigException e = assertThrows(ConfigException.class, () -> DotEnv.parse(List.of("NOT A PAIR"), Path.of(".env")));
        assertTrue(e.getMessage().contains("line 1"), e.getMessage());
    }
}
