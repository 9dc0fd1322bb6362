package io.wataomi.core.config;

import java.util.Optional;

/**
 * Where to connect. A null {@link #url()} means the persistent embedded database.
 *
 * @param url      the parsed URL, or null for the embedded database
 * @param username the user, or null to let the driver decide
 * @param password the password, or null
 * @param schema   the schema the revisions and the history table live in
 */
public record ConnectionConfig(DatabaseUrl url, String username, Secret password, String schema) {

    /** Resolves the connection from settings: the credential from the highest-precedence layer wins. */
    public static ConnectionConfig from(LayeredSettings settings) {
        String schema = settings.get(PropertyNames.SCHEMA, Defaults.SCHEMA);
        Optional<LayeredSettings.Value> urlValue = settings.value(PropertyNames.URL);
        if (urlValue.isEmpty()) {
            return new ConnectionConfig(null, null, null, schema);
        }
        DatabaseUrl url = DatabaseUrl.parse(urlValue.get().value(), PropertyNames.URL + " (from " + urlValue.get().source().label() + ")");
        Source urlSource = urlValue.get().source();
        String user = pick(url.username(), urlSource, settings.value(PropertyNames.USERNAME));
        Optional<LayeredSettings.Value> pw = settings.value(PropertyNames.PASSWORD);
        Secret password = url.password();
        if (pw.isPresent() && (password == null || pw.get().source().compareTo(urlSource) >= 0)) {
            password = Secret.of(pw.get().value());
        }
        return new ConnectionConfig(url, user, password, schema);
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
