package io.wataomi.core.casdoor;

import io.wataomi.core.config.ConfigException;
import io.wataomi.core.config.LayeredSettings;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Casdoor settings from the seed's CASDOOR_* variables and wataomi.casdoor.* properties, and their mistakes. */
class CasdoorConfigTest {
    private static final Map<String, String> SEED_ENV = Map.of("CASDOOR_ENDPOINT", "http://localhost:8030/",
            "CASDOOR_CLIENT_ID", "cid", "CASDOOR_CLIENT_SECRET", "S3cretZq", "CASDOOR_APP_NAME", "wataomi-app",
            "CASDOOR_ORG_NAME", "wataomi", "CASDOOR_CERTIFICATE", "-----BEGIN CERTIFICATE-----\nMIIE\n-----END CERTIFICATE-----");

    private static LayeredSettings settings(Map<String, String> dotEnv, Map<String, String> cli) {
        return LayeredSettings.resolve(Map.of(), dotEnv, Map.of(), cli);
    }

    @Test
    void theSeedsDotEnvIsEnoughAndPropertiesTuneTheRest() {
        CasdoorConfig c = CasdoorConfig.from(settings(SEED_ENV, Map.of("wataomi.casdoor.pageSize", "250",
                "wataomi.casdoor.readTimeout", "5", "wataomi.casdoor.retries", "0")));
        assertEquals("http://localhost:8030", c.endpoint(), "trailing slash dropped");
        assertEquals(java.util.List.of("cid", "wataomi", "wataomi-app"), java.util.List.of(c.clientId(), c.orgName(), c.appName()));
        assertEquals("S3cretZq", c.clientSecret().reveal());
        assertEquals("********", c.clientSecret().toString());
        assertTrue(c.certificate().reveal().startsWith("-----BEGIN CERTIFICATE-----"));
        assertEquals(java.util.List.of(250, 0), java.util.List.of(c.pageSize(), c.retries()));
        assertEquals(Duration.ofSeconds(5), c.readTimeout());
        assertEquals(Duration.ofSeconds(10), c.connectTimeout());
        assertTrue(CasdoorConfig.configured(settings(SEED_ENV, Map.of())));
        assertFalse(CasdoorConfig.configured(settings(Map.of(), Map.of())));
    }

    @Test
    void eachMissingOrBadSettingIsNamedWithWhereToSetIt() {
        Map<String, String> env = new HashMap<>(SEED_ENV);
        env.remove("CASDOOR_CLIENT_SECRET");
        ConfigException e = assertThrows(ConfigException.class, () -> CasdoorConfig.from(settings(env, Map.of())));
        assertEquals("The Casdoor sync needs wataomi.casdoor.clientSecret, the application's client secret: set"
                + " CASDOOR_CLIENT_SECRET in .env or the environment, or -Dwataomi.casdoor.clientSecret=...", e.getMessage());
        e = assertThrows(ConfigException.class, () -> CasdoorConfig.from(settings(SEED_ENV,
                Map.of("wataomi.casdoor.endpoint", "localhost:8030"))));
        assertEquals("wataomi.casdoor.endpoint must be the Casdoor server's http(s) URL without a query, e.g."
                + " http://localhost:8000, got 'localhost:8030' (from -D property).", e.getMessage());
        e = assertThrows(ConfigException.class, () -> CasdoorConfig.from(settings(SEED_ENV, Map.of("wataomi.casdoor.pageSize", "0"))));
        assertEquals("wataomi.casdoor.pageSize must be a whole number from 1 to 100000, got '0' (from -D property).", e.getMessage());
        e = assertThrows(ConfigException.class, () -> CasdoorConfig.from(settings(SEED_ENV, Map.of("wataomi.casdoor.retries", "lots"))));
        assertTrue(e.getMessage().startsWith("wataomi.casdoor.retries must be a whole number from 0 to 10, got 'lots'"));
        assertFalse(e.getMessage().contains("S3cretZq"));
    }

    @Test
    void anEndpointWithCredentialsOrAQueryIsRefusedWithoutShowingIt() {
        ConfigException e = assertThrows(ConfigException.class, () -> CasdoorConfig.from(settings(SEED_ENV,
                Map.of("wataomi.casdoor.endpoint", "https://admin:Pa55Qx7w@casdoor.example.com"))));
        assertEquals("wataomi.casdoor.endpoint has a user name or password in it (user:password@host) (from -D property); the value"
                + " is not shown. Give the server's URL alone, e.g. http://localhost:8000: the sync signs in with"
                + " wataomi.casdoor.clientId and wataomi.casdoor.clientSecret.", e.getMessage());
        e = assertThrows(ConfigException.class, () -> CasdoorConfig.from(settings(SEED_ENV,
                Map.of("wataomi.casdoor.endpoint", "https://casdoor.example.com/?clientSecret=Pa55Qx7w"))));
        assertEquals("wataomi.casdoor.endpoint must be the Casdoor server's http(s) URL without a query, e.g."
                + " http://localhost:8000, got a value with a query or an '@' (not shown) (from -D property).", e.getMessage());
        e = assertThrows(ConfigException.class, () -> CasdoorConfig.from(settings(SEED_ENV,
                Map.of("wataomi.casdoor.endpoint", "https://admin:Pa5%zz@casdoor.example.com"))));
        assertFalse(e.getMessage().contains("Pa5"), e.getMessage());
    }
}
