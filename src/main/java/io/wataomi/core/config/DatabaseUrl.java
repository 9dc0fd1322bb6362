package io.wataomi.core.config;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A PostgreSQL location parsed from either JDBC form ({@code jdbc:postgresql://host:port/db?user=..})
 * or libpq/SQLAlchemy form ({@code postgresql://user:pass@host:port/db}, {@code postgres://},
 * {@code postgresql+psycopg://}). Credentials are lifted out of the URL so that the URL itself can be
 * printed.
 *
 * @param jdbcUrl  the JDBC URL with no user or password in it
 * @param username the user named in the URL, or null
 * @param password the password named in the URL, or null
 * @param hosts    the host[:port] list as written
 * @param database the database name
 */
public record DatabaseUrl(String jdbcUrl, String username, Secret password, String hosts, String database) {

    /** Parses a URL in either form; the error names the property the value came from. */
    public static DatabaseUrl parse(String raw, String property) {
        String url = raw.strip();
        String lower = url.toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:postgresql:")) {
            return parseJdbc(url, property);
        }
        if (lower.startsWith("postgresql://") || lower.startsWith("postgres://") || lower.matches("^postgresql\\+[a-z0-9_]+://.*")) {
            return parseLibpq(url, property);
        }
        throw new ConfigException(property + " must be a PostgreSQL URL, got '" + new Masker().mask(raw)
                + "'. Use jdbc:postgresql://host:5432/db or postgresql://user:password@host:5432/db,"
                + " or leave it unset to use the embedded database.");
    }

    private static DatabaseUrl parseJdbc(String url, String property) {
        int q = url.indexOf('?');
        String base = q < 0 ? url : url.substring(0, q);
        String rest = base.substring("jdbc:postgresql:".length());
        String hosts = "localhost";
        String db = rest;
        if (rest.startsWith("//")) {
            int slash = rest.indexOf('/', 2);
            hosts = slash < 0 ? rest.substring(2) : rest.substring(2, slash);
            db = slash < 0 ? "" : rest.substring(slash + 1);
        }
        String user = null;
        String password = null;
        List<String> kept = new ArrayList<>();
        if (q >= 0) {
            for (String pair : url.substring(q + 1).split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String key = eq < 0 ? pair : pair.substring(0, eq);
                String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
                switch (key.toLowerCase(Locale.ROOT)) {
                    case "user" -> user = value;
                    case "password" -> password = value;
                    default -> kept.add(pair);
                }
            }
        }
        if (db.isEmpty()) {
            throw new ConfigException(property + " names no database: '" + new Masker().mask(url)
                    + "'. Add it after the host, e.g. jdbc:postgresql://" + hosts + "/mydb");
        }
        String jdbc = base + (kept.isEmpty() ? "" : "?" + String.join("&", kept));
        return new DatabaseUrl(jdbc, user, Secret.of(password), hosts, db);
    }

    private static DatabaseUrl parseLibpq(String url, String property) {
        String rest = url.substring(url.indexOf("://") + 3);
        int q = rest.indexOf('?');
        String query = q < 0 ? "" : rest.substring(q + 1);
        if (q >= 0) {
            rest = rest.substring(0, q);
        }
        String user = null;
        String password = null;
        int at = rest.lastIndexOf('@');
        if (at >= 0) {
            String info = rest.substring(0, at);
            rest = rest.substring(at + 1);
            int colon = info.indexOf(':');
            user = decode(colon < 0 ? info : info.substring(0, colon));
            password = colon < 0 ? null : decode(info.substring(colon + 1));
        }
        int slash = rest.indexOf('/');
        String hosts = slash < 0 ? rest : rest.substring(0, slash);
        String db = slash < 0 ? "" : decode(rest.substring(slash + 1));
        if (hosts.isEmpty()) {
            hosts = "localhost";
        }
        if (db.isEmpty()) {
            throw new ConfigException(property + " names no database: '" + new Masker().mask(url)
                    + "'. Add it after the host, e.g. postgresql://user:password@" + hosts + "/mydb");
        }
        List<String> kept = new ArrayList<>();
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            String key = pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair;
            switch (key.toLowerCase(Locale.ROOT)) {
                case "user" -> user = decode(pair.substring(pair.indexOf('=') + 1));
                case "password" -> password = decode(pair.substring(pair.indexOf('=') + 1));
                default -> kept.add(pair);
            }
        }
        String jdbc = "jdbc:postgresql://" + hosts + "/" + db + (kept.isEmpty() ? "" : "?" + String.join("&", kept));
        return new DatabaseUrl(jdbc, user == null || user.isEmpty() ? null : user, Secret.of(password), hosts, db);
    }

    private static String decode(String s) {
        return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    /** True when every host of the URL is this machine. */
    public boolean isLocal() {
        for (String host : hosts.split(",")) {
            String name = host.startsWith("[") ? host.substring(1, host.indexOf(']')) : host.replaceAll(":\\d+$", "");
            if (!(name.equals("localhost") || name.startsWith("127.") || name.equals("::1"))) {
                return false;
            }
        }
        return true;
    }
}
