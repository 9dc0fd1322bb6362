package io.wataomi.core.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where to connect. A null {@link #url()} means the persistent embedded database, which is chosen only when no
 * database setting is present at all: a URL that is set but empty, or a user or password without a URL, is an error.
 *
 * @param url             the parsed URL, or null for the embedded database
 * @param username        the user, or null to let the driver decide
 * @param password        the password, or null
 * @param schema          the schema the revisions and the history table live in
 * @param embeddedAllowed whether a missing URL may mean the embedded database ({@code wataomi.embedded})
 */
public record ConnectionConfig(DatabaseUrl url, String username, Secret password, String schema, boolean embeddedAllowed) {

    /** Resolves the connection from settings: the credential from the highest-precedence layer wins. */
    public static ConnectionConfig from(LayeredSettings settings) {
        String schema = settings.get(PropertyNames.SCHEMA, Defaults.SCHEMA);
        boolean embeddedAllowed = settings.flag(PropertyNames.EMBEDDED, Defaults.EMBEDDED);
        Optional<LayeredSettings.Value> urlValue = settings.raw(PropertyNames.URL);
        if (urlValue.isPresent() && urlValue.get().value().isBlank()) {
            throw new ConfigException(capitalized(urlValue.get().source().describe(PropertyNames.URL)) + " is set but empty. Set it to"
                    + " the database's URL (jdbc:postgresql://host:5432/db or postgresql://user:password@host:5432/db), or remove it to"
                    + " use the embedded database. (A CI secret that is not defined reaches the build as an empty variable.)");
        }
        if (urlValue.isEmpty()) {
            refuseCredentialsWithoutUrl(settings);
            return new ConnectionConfig(null, null, null, schema, embeddedAllowed);
        }
        DatabaseUrl url = DatabaseUrl.parse(urlValue.get().value(), PropertyNames.URL + " (from " + urlValue.get().source().label() + ")");
        Source urlSource = urlValue.get().source();
        String user = pick(url.username(), urlSource, settings.value(PropertyNames.USERNAME));
        Optional<LayeredSettings.Value> pw = settings.value(PropertyNames.PASSWORD);
        Secret password = url.password();
        if (pw.isPresent() && (password == null || pw.get().source().compareTo(urlSource) >= 0)) {
            password = Secret.of(pw.get().value());
        }
        return new ConnectionConfig(url, user, password, schema, embeddedAllowed);
    }

    /** The embedded database ignores a user and password, so either one without a URL means a URL went missing. */
    private static void refuseCredentialsWithoutUrl(LayeredSettings settings) {
        List<String> given = new ArrayList<>();
        for (String property : List.of(PropertyNames.USERNAME, PropertyNames.PASSWORD)) {
            settings.value(property).ifPresent(v -> given.add(v.source().describe(property)));
        }
        if (given.isEmpty()) {
            return;
        }
        boolean one = given.size() == 1;
        throw new ConfigException(capitalized(String.join(" and ", given)) + (one ? " is" : " are") + " set, but no database URL is,"
                + " and the embedded database would ignore " + (one ? "it" : "them") + ". Set DATABASE_URL (or -Dwataomi.url) to the"
                + " database " + (one ? "it belongs" : "they belong") + " to, or remove " + (one ? "it" : "them")
                + " to use the embedded database.");
    }

    private static String capitalized(String text) {
        return text.startsWith("the ") ? "The " + text.substring(4) : text;
    }

    private static String pick(String inUrl, Source urlSource, Optional<LayeredSettings.Value> explicit) {
        if (explicit.isPresent() && (inUrl == null || explicit.get().source().compareTo(urlSource) >= 0)) {
            return explicit.get().value().strip();
        }
        return inUrl;
    }

    /** True for the embedded database. */
    public boolean embedded() {
        return url == null;
    }
}
