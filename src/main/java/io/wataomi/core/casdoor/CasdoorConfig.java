package io.wataomi.core.casdoor;

import io.wataomi.core.config.ConfigException;
import io.wataomi.core.config.PropertyNames;
import io.wataomi.core.config.Secret;
import io.wataomi.core.config.Defaults;
import io.wataomi.core.config.LayeredSettings;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * Where the Casdoor identity server is and how to talk to it.
 *
 * @param endpoint       the server's base URL, without a trailing slash (e.g. {@code http://localhost:8000})
 * @param clientId       the application's client id (the Basic auth user)
 * @param clientSecret   the application's client secret (the Basic auth password); never printed
 * @param appName        the application name (accepted as the seed's {@code CASDOOR_APP_NAME}; informational)
 * @param orgName        the organization whose users and applications are synced
 * @param certificate    the JWT certificate; the sync does not need it, but it is read and masked
 * @param connectTimeout how long to wait for a connection
 * @param readTimeout    how long to wait for a whole answer
 * @param retries        extra attempts after a connection error, a timeout or an HTTP 5xx
 * @param retryDelay     the wait before the first retry; it doubles for each further one
 * @param pageSize       users per request
 */
public record CasdoorConfig(String endpoint, String clientId, Secret clientSecret, String appName, String orgName,
                            Secret certificate, Duration connectTimeout, Duration readTimeout, int retries,
                            Duration retryDelay, int pageSize) {
    /** The default users per request. */
    public static final int DEFAULT_PAGE_SIZE = Integer.parseInt(Defaults.CASDOOR_PAGE_SIZE);

    /** True when Casdoor is configured at all, i.e. its endpoint is set. */
    public static boolean configured(LayeredSettings settings) {
        return settings.get(PropertyNames.CASDOOR_ENDPOINT).isPresent();
    }

    /** Reads and checks the Casdoor settings; the error names the missing or bad setting and where to set it. */
    public static CasdoorConfig from(LayeredSettings settings) {
        String endpoint = endpoint(settings);
        String clientId = required(settings, PropertyNames.CASDOOR_CLIENT_ID, "CASDOOR_CLIENT_ID", "the application's client id");
        Secret secret = settings.secret(PropertyNames.CASDOOR_CLIENT_SECRET);
        if (secret == null) {
            throw missing(PropertyNames.CASDOOR_CLIENT_SECRET, "CASDOOR_CLIENT_SECRET", "the application's client secret");
        }
        String org = required(settings, PropertyNames.CASDOOR_ORG_NAME, "CASDOOR_ORG_NAME", "the organization's name");
        return new CasdoorConfig(endpoint, clientId, secret, settings.get(PropertyNames.CASDOOR_APP_NAME).orElse(null), org,
                settings.secret(PropertyNames.CASDOOR_CERTIFICATE),
                positive(settings.seconds(PropertyNames.CASDOOR_CONNECT_TIMEOUT, Defaults.CASDOOR_CONNECT_TIMEOUT_SECONDS), PropertyNames.CASDOOR_CONNECT_TIMEOUT),
                positive(settings.seconds(PropertyNames.CASDOOR_READ_TIMEOUT, Defaults.CASDOOR_READ_TIMEOUT_SECONDS), PropertyNames.CASDOOR_READ_TIMEOUT),
                settings.number(PropertyNames.CASDOOR_RETRIES, Defaults.CASDOOR_RETRIES, 0, 10), Duration.ofMillis(500),
                settings.number(PropertyNames.CASDOOR_PAGE_SIZE, Defaults.CASDOOR_PAGE_SIZE, 1, 100_000));
    }

    /** The same server with other timeouts, retries and page size (tests and the benchmark tune these). */
    public CasdoorConfig with(Duration connectTimeout, Duration readTimeout, int retries, Duration retryDelay, int pageSize) {
        return new CasdoorConfig(endpoint, clientId, clientSecret, appName, orgName, certificate, connectTimeout, readTimeout,
                retries, retryDelay, pageSize);
    }

    private static String endpoint(LayeredSettings settings) {
        Optional<LayeredSettings.Value> v = settings.value(PropertyNames.CASDOOR_ENDPOINT);
        if (v.isEmpty()) {
            throw missing(PropertyNames.CASDOOR_ENDPOINT, "CASDOOR_ENDPOINT", "the Casdoor server's URL, e.g. http://localhost:8000");
        }
        String raw = v.get().value().strip();
        String from = " (from " + v.get().source().label() + ")";
        try {
            URI uri = new URI(raw);
            if (uri.getRawUserInfo() != null) {
                throw new ConfigException(PropertyNames.CASDOOR_ENDPOINT + " has a user name or password in it (user:password@host)"
                        + from + "; the value is not shown. Give the server's URL alone, e.g. http://localhost:8000: the sync"
                        + " signs in with wataomi.casdoor.clientId and wataomi.casdoor.clientSecret.");
            }
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && uri.getQuery() == null) {
                return raw.replaceAll("/+$", "");
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        boolean mayHoldSecrets = raw.contains("@") || raw.contains("?") || raw.contains("#");
        throw new ConfigException(PropertyNames.CASDOOR_ENDPOINT + " must be the Casdoor server's http(s) URL without a query,"
                + " e.g. http://localhost:8000, got " + (mayHoldSecrets ? "a value with a query or an '@' (not shown)" : "'" + raw + "'")
                + from + ".");
    }

    private static String required(LayeredSettings settings, String property, String variable, String what) {
        return settings.get(property).orElseThrow(() -> missing(property, variable, what));
    }

    private static ConfigException missing(String property, String variable, String what) {
        return new ConfigException("The Casdoor sync needs " + property + ", " + what + ": set " + variable
                + " in .env or the environment, or -D" + property + "=...");
    }

    private static Duration positive(Duration d, String property) {
        if (d.isZero()) {
            throw new ConfigException(property + " must be at least 1 second, got 0.");
        }
        return d;
    }
}
