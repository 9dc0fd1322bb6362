package io.wataomi.core.config;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** wataomi.ddlLockTimeout, wataomi.ddlLockRetries and wataomi.statementTimeout: PostgreSQL's duration forms, checked. */
class DdlTimeoutsTest {
    private static DdlTimeouts read(Map<String, String> commandLine) {
        return DdlTimeouts.from(LayeredSettings.resolve(Map.of(), Map.of(), Map.of(), commandLine));
    }

    @Test
    void defaultsAreFiveSecondsFiveRetriesAndNoStatementTimeout() {
        DdlTimeouts t = read(Map.of());
        assertEquals(Duration.ofSeconds(5), t.lockTimeout());
        assertEquals(5, t.lockRetries());
        assertEquals(6, t.tries());
        assertNull(t.statementTimeout());
        assertTrue(t.limitsLockWaits());
    }

    @Test
    void postgresDurationFormsAreRead() {
        assertEquals(Duration.ofMillis(500), PgDuration.parse("500ms"));
        assertEquals(Duration.ofSeconds(5), PgDuration.parse("5s"));
        assertEquals(Duration.ofSeconds(5), PgDuration.parse(" 5 s "));
        assertEquals(Duration.ofMillis(1500), PgDuration.parse("1.5s"));
        assertEquals(Duration.ofMinutes(2), PgDuration.parse("2min"));
        assertEquals(Duration.ofHours(1), PgDuration.parse("1h"));
        assertEquals(Duration.ofDays(1), PgDuration.parse("1d"));
        assertEquals(Duration.ZERO, PgDuration.parse("0"));
        assertEquals("5000ms", PgDuration.setting(Duration.ofSeconds(5)));
        assertEquals("0", PgDuration.setting(Duration.ZERO));
        assertEquals("200ms", PgDuration.label(Duration.ofMillis(200)));
        assertEquals("1.5s", PgDuration.label(Duration.ofMillis(1500)));
        assertEquals("2min", PgDuration.label(Duration.ofMinutes(2)));
    }

    @Test
    void zeroTurnsTheLockTimeoutOffAndRetriesAndStatementTimeoutAreRead() {
        DdlTimeouts t = read(Map.of(PropertyNames.DDL_LOCK_TIMEOUT, "0", PropertyNames.DDL_LOCK_RETRIES, "0",
                PropertyNames.STATEMENT_TIMEOUT, "10min"));
        assertFalse(t.limitsLockWaits());
        assertEquals(1, t.tries());
        assertEquals(Duration.ofMinutes(10), t.statementTimeout());
    }

    @Test
    void aBadDurationIsRefusedNamingTheValueTheSourceAndTheForm() {
        for (String bad : new String[] {"5", "soon", "-1s", "5 seconds", "0.1ms", "25d"}) {
            ConfigException e = assertThrows(ConfigException.class, () -> read(Map.of(PropertyNames.DDL_LOCK_TIMEOUT, bad)), bad);
            assertTrue(e.getMessage().startsWith("wataomi.ddlLockTimeout must be a duration with its unit"), e.getMessage());
            assertTrue(e.getMessage().contains("got '" + bad + "'") && e.getMessage().contains("-D property"), e.getMessage());
            assertTrue(e.getMessage().contains("Example: -Dwataomi.ddlLockTimeout=5s"), e.getMessage());
        }
        assertTrue(assertThrows(ConfigException.class, () -> read(Map.of(PropertyNames.DDL_LOCK_TIMEOUT, "5")))
                .getMessage().contains("a number needs a unit"));
        ConfigException statement = assertThrows(ConfigException.class, () -> read(Map.of(PropertyNames.STATEMENT_TIMEOUT, "1 hour")));
        assertTrue(statement.getMessage().startsWith("wataomi.statementTimeout must be a duration"), statement.getMessage());
    }

    @Test
    void badRetriesAreRefusedNamingTheValue() {
        for (String bad : new String[] {"-1", "many", "101"}) {
            ConfigException e = assertThrows(ConfigException.class, () -> read(Map.of(PropertyNames.DDL_LOCK_RETRIES, bad)), bad);
            assertEquals("wataomi.ddlLockRetries must be a whole number from 0 to 100, got '" + bad + "' (from -D property).",
                    e.getMessage());
        }
    }
}
