package io.wataomi.core.config;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The checks behind {@link DatabaseUrl}'s errors. A URL may carry a password, and a malformed one puts pieces of it
 * anywhere (in the host, the port, the database name), so no message here quotes any part of the value: each names
 * the property, what is wrong, and how to write it.
 */
final class UrlChecks {
    /** How to write the reserved characters of a user name or password. */
    static final String ENCODING_HINT = "A user name or password containing @ : / ? # % must be written with %40 %3A %2F %3F %23 %25.";
    private static final Pattern SCHEME = Pattern.compile("^((?:jdbc:)?[A-Za-z][A-Za-z0-9+.-]{0,19})://");
    private static final Pattern HOST = Pattern.compile("(\\[[0-9A-Fa-f:.]+\\]|[A-Za-z0-9_.-]+)(?::([0-9]{1,5}))?");

    private UrlChecks() {
    }

    /** The error for a value that is no PostgreSQL URL: it names the scheme (never what follows it). */
    static ConfigException notPostgres(String raw, String property) {
        Matcher m = SCHEME.matcher(raw.strip());
        String what = m.find() ? "is not a PostgreSQL URL: it starts with " + m.group(1) + "://"
                : "is not a URL: it does not start with a scheme such as postgresql://";
        return new ConfigException(property + " " + what + ". Use jdbc:postgresql://host:5432/db or"
                + " postgresql://user:password@host:5432/db, or leave it unset to use the embedded database.");
    }

    /** Percent-decodes one part of the URL ({@code part} reads like "password"); a bad escape names the part only. */
    static String decode(String text, String property, String part) {
        try {
            return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(property + " has a '%' in its " + part + " that is not followed by two hex digits."
                    + " Write a literal % as %25 (and @ as %40, : as %3A, / as %2F).");
        }
    }

    /** Checks a comma-separated host[:port] list as written after {@code //}. */
    static void hosts(String hosts, String property) {
        for (String host : hosts.split(",", -1)) {
            Matcher m = HOST.matcher(host);
            if (!m.matches()) {
                throw new ConfigException(property + " has no valid host after //: each host must be a name, an IPv4 address or an"
                        + " [IPv6] address, with an optional :port. " + ENCODING_HINT);
            }
            if (m.group(2) != null && (Integer.parseInt(m.group(2)) < 1 || Integer.parseInt(m.group(2)) > 65535)) {
                throw new ConfigException(property + " has a port that is not a number from 1 to 65535. " + ENCODING_HINT);
            }
        }
    }

    /** Checks the database name: present, and no second slash (pieces of a password with a raw / land there). */
    static void database(String database, String property, String example) {
        if (database.isEmpty()) {
            throw new ConfigException(property + " names no database. Add it after the host, e.g. " + example);
        }
        if (database.contains("/") || database.contains("@")) {
            throw new ConfigException(property + " has more than one / after the host, or an @ after it, and a database name cannot"
                    + " contain either. " + ENCODING_HINT);
        }
    }
}
