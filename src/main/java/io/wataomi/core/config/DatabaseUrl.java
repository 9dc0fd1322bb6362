package io.wataomi.core.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A PostgreSQL location parsed from either JDBC form ({@code jdbc:postgresql://host:port/db?user=..})
 * or libpq/SQLAlchemy form ({@code postgresql://user:pass@host:port/db}, {@code postgres://},
 * {@code postgresql+psycopg://}). Credentials are lifted out of the URL so that the URL itself can be
 * printed; a malformed URL is refused with a message that quotes none of it (see {@link UrlChecks}).
 *
 * @param jdbcUrl  the JDBC URL with no user or password in it
 * @param username the user named in the URL, or null
 * @param password the password named in the URL, or null
 * @param hosts    the host[:port] list as written
 * @param database the database name
 */
public record DatabaseUrl(String jdbcUrl, String username, Secret password, String hosts, String database) {
    private static final String JDBC_PREFIX = "jdbc:postgresql:";

    /** Parses a URL in either form; the error names the property the value came from. */
    public static DatabaseUrl parse(String raw, String property) {
        String url = raw.strip();
        String lower = url.toLowerCase(Locale.ROOT);
        if (lower.startsWith(JDBC_PREFIX)) {
            return parseJdbc(url, property);
        }
        if (lower.startsWith("postgresql://") || lower.startsWith("postgres://") || lower.matches("^postgresql\\+[a-z0-9_]+://.*")) {
            return parseLibpq(url, property);
        }
        throw UrlChecks.notPostgres(raw, property);
    }

    private static DatabaseUrl parseJdbc(String url, String property) {
        int q = url.indexOf('?');
        String base = q < 0 ? url : url.substring(0, q);
        if (base.contains("@")) {
            throw new ConfigException(property + " has a user name or password before the host (user:password@host), which"
                    + " jdbc:postgresql: URLs cannot carry. Write postgresql://user:password@host:5432/db instead (with @ : / % in the"
                    + " password written as %40 %3A %2F %25), or jdbc:postgresql://host:5432/db with DATABASE_USER and DATABASE_PASSWORD.");
        }
        String rest = base.substring(JDBC_PREFIX.length());
        String hosts = "localhost";
        String db = rest;
        if (rest.startsWith("//")) {
            int slash = rest.indexOf('/', 2);
            hosts = slash < 0 ? rest.substring(2) : rest.substring(2, slash);
            db = slash < 0 ? "" : rest.substring(slash + 1);
            UrlChecks.hosts(hosts, property);
        }
        UrlChecks.database(db, property, "jdbc:postgresql://host:5432/mydb");
        UrlChecks.decode(db, property, "database name");
        Query query = Query.of(q < 0 ? "" : url.substring(q + 1), property);
        String jdbc = base + (query.kept().isEmpty() ? "" : "?" + String.join("&", query.kept()));
        return new DatabaseUrl(jdbc, query.user(), Secret.of(query.password()), hosts, db);
    }

    private static DatabaseUrl parseLibpq(String url, String property) {
        String rest = url.substring(url.indexOf("://") + 3);
        int q = rest.indexOf('?');
        String queryText = q < 0 ? "" : rest.substring(q + 1);
        if (q >= 0) {
            rest = rest.substring(0, q);
        }
        String user = null;
        String password = null;
        // The last @ ends the user info, so a password with a raw @, : or / still parses.
        int at = rest.lastIndexOf('@');
        if (at >= 0) {
            String info = rest.substring(0, at);
            rest = rest.substring(at + 1);
            int colon = info.indexOf(':');
            user = UrlChecks.decode(colon < 0 ? info : info.substring(0, colon), property, "user name");
            password = colon < 0 ? null : UrlChecks.decode(info.substring(colon + 1), property, "password");
        }
        int slash = rest.indexOf('/');
        String hosts = slash < 0 ? rest : rest.substring(0, slash);
        String rawDb = slash < 0 ? "" : rest.substring(slash + 1);
        if (hosts.isEmpty()) {
            hosts = "localhost";
        }
        UrlChecks.hosts(hosts, property);
        UrlChecks.database(rawDb, property, "postgresql://user:password@host:5432/mydb");
        String db = UrlChecks.decode(rawDb, property, "database name");
        Query query = Query.of(queryText, property);
        user = query.user() != null ? query.user() : user;
        password = query.password() != null ? query.password() : password;
        String jdbc = "jdbc:postgresql://" + hosts + "/" + db + (query.kept().isEmpty() ? "" : "?" + String.join("&", query.kept()));
        return new DatabaseUrl(jdbc, user == null || user.isEmpty() ? null : user, Secret.of(password), hosts, db);
    }

    /** The query of a URL: the credentials lifted out, every other parameter kept as written (each checked to decode). */
    private record Query(String user, String password, List<String> kept) {
        static Query of(String text, String property) {
            String user = null;
            String password = null;
            List<String> kept = new ArrayList<>();
            for (String pair : text.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String key = (eq < 0 ? pair : pair.substring(0, eq)).toLowerCase(Locale.ROOT);
                String raw = eq < 0 ? "" : pair.substring(eq + 1);
                switch (key) {
                    case "user" -> user = UrlChecks.decode(raw, property, "user parameter");
                    case "password" -> password = UrlChecks.decode(raw, property, "password parameter");
                    default -> {
                        // The driver decodes every parameter; one that does not decode fails there with the URL in its log.
                        UrlChecks.decode(pair, property, "query (after ?)");
                        kept.add(pair);
                    }
                }
            }
            return new Query(user, password, kept);
        }
    }

    /**
     * True when every host the driver would connect to is this machine, judged on the text (see {@link LoopbackHost}).
     * The driver takes a {@code host} or {@code PGHOST} parameter over the hosts after {@code //}, and a {@code service}
     * from a file this cannot see, so those count too.
     */
    public boolean isLocal() {
        String effective = hosts;
        int q = jdbcUrl.indexOf('?');
        for (String pair : q < 0 ? new String[0] : jdbcUrl.substring(q + 1).split("&")) {
            int eq = pair.indexOf('=');
            String key = (eq < 0 ? pair : pair.substring(0, eq)).toLowerCase(Locale.ROOT);
            if (key.equals("host") || key.equals("pghost")) {
                effective = UrlChecks.decode(eq < 0 ? "" : pair.substring(eq + 1), "wataomi.url", "host parameter");
            } else if (key.equals("service") || key.equals("pgservice") || key.equals("pgservicefile")) {
                return false;
            }
        }
        for (String host : effective.split(",", -1)) {
            String name = host.startsWith("[") && host.contains("]") ? host.substring(0, host.indexOf(']') + 1) : host.replaceAll(":\\d*$", "");
            if (!LoopbackHost.is(name)) {
                return false;
            }
        }
        return true;
    }
}
