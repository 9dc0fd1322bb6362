package io.wataomi.core.config;

import org.junit.jupiter.api.Test;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Malformed secrets (with @ : / % %zz, quotes, newlines, unicode) fed to the URL and .env parsers: every message they
 * give is a {@link ConfigException} that names the setting, and no four-character piece of the secret is in it.
 */
class SecretFreeMessagesTest {
    private static final List<String> SECRETS = List.of("Kq7@Vx:Wb/Jm%41Zy", "Rt5%zzGh8Lp", "Dn4\"Hs'Qw9", "Mv3Xc\nBk9Yt",
            "\u00dcn\u00ef\u00a9Pa55\u00df\u20ac", "Fz6 Lg#Tp?Wy&", "Hq2\\Ej%Zc;Ua");

    @Test
    void urlParserMessagesNeverCarryAPieceOfThePassword() {
        for (String s : SECRETS) {
            for (String url : List.of("mysql://app:" + s + "@127.0.0.1:58432/cfg", "jdbc:postgresql://app:" + s + "@127.0.0.1:58432/cfg",
                    "postgresql://app:" + s + "@127.0.0.1:58432/cfg", "postgresql://app:" + s + "@127.0.0.1:58432",
                    "jdbc:postgresql://127.0.0.1:58432/cfg?user=app&password=" + s,
                    "jdbc:postgresql://127.0.0.1:58432?password=" + s, "postgres://127.0.0.1:58432/cfg?password=" + s, s)) {
                try {
                    DatabaseUrl u = DatabaseUrl.parse(url, "wataomi.url (from -D property)");
                    assertNoPiece(s, u.jdbcUrl() + " " + u.hosts() + " " + u.database() + " " + u.username(), url);
                } catch (ConfigException e) {
                    assertTrue(e.getMessage().startsWith("wataomi.url (from -D property) "), e.getMessage());
                    assertNoPiece(s, e.getMessage(), url);
                }
            }
        }
    }

    @Test
    void theMaskerCoversUrlPasswordsWithAtColonAndSlash() {
        for (String s : SECRETS) {
            if (s.matches("(?s).*[\\s?].*")) {
                continue; // not a URL any more: the parsers refuse it and never echo it
            }
            String text = "Cannot connect to postgresql://app:" + s + "@127.0.0.1:58432/cfg: refused";
            assertNoPiece(s, new Masker().mask(text), text);
            Masker registered = new Masker();
            registered.registerUrl("jdbc:postgresql://h/db?user=app&password=" + s);
            assertNoPiece(s, registered.mask("the driver says: " + s), s);
        }
    }

    @Test
    void aBadPercentEscapeNamesThePartAndNotTheValue() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> DatabaseUrl.parse("postgresql://app:Rt5%zzGh8Lp@db.example.com/cfg", "wataomi.url (from environment variable)"));
        assertEquals("wataomi.url (from environment variable) has a '%' in its password that is not followed by two hex digits."
                + " Write a literal % as %25 (and @ as %40, : as %3A, / as %2F).", e.getMessage());
        e = assertThrows(ConfigException.class, () -> DatabaseUrl.parse("jdbc:postgresql://h/db?sslmode=require&password=%zz", "wataomi.url"));
        assertTrue(e.getMessage().contains("in its password parameter"), e.getMessage());
    }

    @Test
    void aJdbcUrlWithUserInfoIsRefusedWithoutEchoingIt() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> DatabaseUrl.parse("jdbc:postgresql://app:Kq7@Vx:Wb/Jm%41Zy@127.0.0.1:58432/cfg", "wataomi.url (from .env file)"));
        assertEquals("wataomi.url (from .env file) has a user name or password before the host (user:password@host), which"
                + " jdbc:postgresql: URLs cannot carry. Write postgresql://user:password@host:5432/db instead (with @ : / % in the"
                + " password written as %40 %3A %2F %25), or jdbc:postgresql://host:5432/db with DATABASE_USER and DATABASE_PASSWORD.",
                e.getMessage());
    }

    @Test
    void anotherSchemeIsNamedButNothingAfterIt() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> DatabaseUrl.parse("mysql://app:p@ss:w/rd%41secret@127.0.0.1:58432/cfg", "wataomi.url (from -D property)"));
        assertEquals("wataomi.url (from -D property) is not a PostgreSQL URL: it starts with mysql://. Use"
                + " jdbc:postgresql://host:5432/db or postgresql://user:password@host:5432/db, or leave it unset to use the"
                + " embedded database.", e.getMessage());
    }

    @Test
    void dotEnvMessagesNameTheLineAndTheKeyNeverTheValue() {
        for (String s : SECRETS) {
            List<List<String>> files = new ArrayList<>();
            files.add(List.of("DATABASE_URL=jdbc:postgresql://127.0.0.1/cfg", "DATABASE_PASSWORD=x", s.replace("=", "")));
            files.add(List.of("DATABASE_USER=\"app", "DATABASE_PASSWORD=\"" + s + "\""));
            files.add(List.of("DATABASE_PASSWORD='" + s));
            files.add(List.of("DATABASE_PASSWORD=\"" + s));
            files.add(List.of("CASDOOR_CERTIFICATE=\"-----BEGIN CERTIFICATE-----", s, "CASDOOR_CLIENT_SECRET=" + s));
            files.add(List.of(s + "=x"));
            for (List<String> lines : files) {
                List<String> split = new ArrayList<>();
                lines.forEach(l -> split.addAll(List.of(l.split("\n", -1))));
                try {
                    DotEnv.parse(split, Path.of(".env"));
                } catch (ConfigException e) {
                    assertTrue(e.getMessage().startsWith(".env line "), e.getMessage());
                    assertNoPiece(s, e.getMessage(), String.join("\n", split));
                    continue;
                }
                if (!lines.get(0).startsWith("DATABASE_PASSWORD")) {
                    fail("no error for " + split);
                }
            }
        }
    }

    @Test
    void aLineThatIsNotKeyValueNamesTheKeyBeforeIt() {
        ConfigException e = assertThrows(ConfigException.class, () -> DotEnv.parse(List.of("# db", "DATABASE_USER=app",
                "DATABASE_PASSWORD=p@ss:w", "/rd%41secret"), Path.of(".env")));
        assertEquals(".env line 4 is not KEY=value (it has no '='); the line before it sets DATABASE_PASSWORD. A value that"
                + " spans lines must be in double quotes: DATABASE_PASSWORD=\"...\". Fix or remove line 4.", e.getMessage());
    }

    @Test
    void anUnclosedQuoteIsAnErrorNamingTheLineAndTheKey() {
        ConfigException e = assertThrows(ConfigException.class, () -> DotEnv.parse(List.of("DATABASE_URL=jdbc:postgresql://h/db",
                "DATABASE_USER=\"app", "DATABASE_PASSWORD=\"p@ss:w/rd%41secret\""), Path.of(".env")));
        assertEquals(".env line 2: the value of DATABASE_USER opens a double quote that does not close on that line."
                + " Close it: DATABASE_USER=\"...\".", e.getMessage());
        e = assertThrows(ConfigException.class, () -> DotEnv.parse(List.of("CASDOOR_CERTIFICATE=\"-----BEGIN CERTIFICATE-----",
                "MIIB", "CASDOOR_CLIENT_SECRET=p@ss:w/rd%41secret"), Path.of(".env")));
        assertEquals(".env line 1: the value of CASDOOR_CERTIFICATE opens a double quote that is still open when line 3 sets"
                + " CASDOOR_CLIENT_SECRET. Close it at the end of the value: CASDOOR_CERTIFICATE=\"...\".", e.getMessage());
    }

    private static void assertNoPiece(String secret, String text, String input) {
        Set<String> forms = new LinkedHashSet<>(List.of(secret));
        try {
            forms.add(URLDecoder.decode(secret.replace("+", "%2B"), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException notDecodable) {
            // only the raw form exists
        }
        for (String form : forms) {
            for (int i = 0; i + 4 <= form.length(); i++) {
                String piece = form.substring(i, i + 4);
                if (text.contains(piece)) {
                    fail("'" + piece + "' of a secret appears in: " + text + "\n(input: " + input + ")");
                }
            }
        }
    }
}
