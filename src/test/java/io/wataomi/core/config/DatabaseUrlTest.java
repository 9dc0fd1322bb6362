package io.wataomi.core.config;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatabaseUrlTest {
    @Test
    void libpqFormWithCredentialsAndOptions() {
        DatabaseUrl u = DatabaseUrl.parse("postgresql://wataomi:p%40ss%3Aw0rd@db.internal:5433/wataomi?sslmode=require", "wataomi.url");
        assertEquals("jdbc:postgresql://db.internal:5433/wataomi?sslmode=require", u.jdbcUrl());
        assertEquals("wataomi", u.username());
        assertEquals("p@ss:w0rd", u.password().reveal());
        assertEquals("wataomi", u.database());
        assertFalse(u.isLocal());
    }

    @Test
    void sqlAlchemyAndShortForms() {
        assertEquals("jdbc:postgresql://localhost/app", DatabaseUrl.parse("postgresql+psycopg://u@localhost/app", "x").jdbcUrl());
        DatabaseUrl pg = DatabaseUrl.parse("postgres://127.0.0.1:5432/app", "x");
        assertNull(pg.username());
        assertTrue(pg.isLocal());
    }

    @Test
    void jdbcFormLiftsCredentialsOutOfTheQuery() {
        DatabaseUrl u = DatabaseUrl.parse("jdbc:postgresql://localhost:5432/app?user=bob&password=hunter22&ssl=false", "x");
        assertEquals("jdbc:postgresql://localhost:5432/app?ssl=false", u.jdbcUrl());
        assertEquals("bob", u.username());
        assertEquals("hunter22", u.password().reveal());
        assertTrue(u.isLocal());
    }

    @Test
    void badUrlsNameThePropertyAndNeverThePassword() {
        ConfigException mysql = assertThrows(ConfigException.class, () -> DatabaseUrl.parse("mysql://u:topsecret@h/db", "wataomi.url (from -D property)"));
        assertTrue(mysql.getMessage().contains("wataomi.url (from -D property)"), mysql.getMessage());
        assertFalse(mysql.getMessage().contains("topsecret"), mysql.getMessage());
        ConfigException noDb = assertThrows(ConfigException.class, () -> DatabaseUrl.parse("postgresql://u:topsecret@h:5432", "wataomi.url"));
        assertFalse(noDb.getMessage().contains("topsecret"), noDb.getMessage());
        assertTrue(noDb.getMessage().contains("names no database"), noDb.getMessage());
    }

    @Test
    void maskerHidesRegisteredSecretsAndUrlPasswords() {
        Masker m = new Masker();
        m.register(Secret.of("registered-secret"));
        String out = m.mask("a registered-secret b postgresql://u:inline@h/db jdbc:postgresql://h/db?password=qp&x=1");
        assertFalse(out.contains("registered-secret") || out.contains("inline") || out.contains("qp&"), out);
        assertTrue(out.contains("postgresql://u:********@h/db"), out);
    }

    @Test
    void onlyLocalhostAndLoopbackLiteralsAreLocal() {
        for (String local : new String[]{"jdbc:postgresql://localhost/app", "jdbc:postgresql://LOCALHOST:5432/app",
                "jdbc:postgresql://127.0.0.1:5432/app", "jdbc:postgresql://127.254.0.9/app", "jdbc:postgresql://[::1]:5432/app",
                "jdbc:postgresql://[0:0:0:0:0:0:0:1]/app", "jdbc:postgresql://localhost:5432,127.0.0.2:5433/app",
                "jdbc:postgresql:app", "postgresql://u:p@[::1]:5432/app", "postgresql:///app", "postgres://127.0.0.1/app?sslmode=disable"}) {
            assertTrue(DatabaseUrl.parse(local, "wataomi.url").isLocal(), local);
        }
        for (String remote : new String[]{"jdbc:postgresql://127.prod-db.example.com/app", "postgresql://u:p@127.prod-db.example.com:5432/app",
                "jdbc:postgresql://127.0.0.1.nip.io/app", "jdbc:postgresql://localhost.example.com/app", "jdbc:postgresql://127.0.0.256/app",
                "jdbc:postgresql://127.1/app", "jdbc:postgresql://[::2]/app",
                "jdbc:postgresql://localhost,db.example.com/app", "jdbc:postgresql://localhost/app?host=db.example.com",
                "jdbc:postgresql://localhost/app?PGHOST=db.example.com", "postgresql://localhost/app?host=db.example.com",
                "jdbc:postgresql://localhost/app?service=prod"}) {
            assertFalse(DatabaseUrl.parse(remote, "wataomi.url").isLocal(), remote);
        }
    }
}
