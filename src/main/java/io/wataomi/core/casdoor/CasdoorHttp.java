package io.wataomi.core.casdoor;

import io.wataomi.core.shared.Output;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * GET requests to Casdoor with Basic auth (never credentials in the query string, which end up in
 * access logs), connect and read timeouts, and bounded retries with a doubling delay after connection
 * errors, timeouts and HTTP 5xx. Answers other than 2xx are errors; their bodies are never quoted.
 */
final class CasdoorHttp {
    /** A successful answer: status, content type and body. */
    record Answer(String path, int status, String contentType, byte[] body) {
    }

    private final CasdoorConfig config;
    private final Output output;
    private final HttpClient client;
    private final String authorization;

    CasdoorHttp(CasdoorConfig config, Output output) {
        this.config = config;
        this.output = output;
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(config.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String pair = config.clientId() + ":" + config.clientSecret().reveal();
        this.authorization = "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }

    /** The server's base URL, for messages. */
    String endpoint() {
        return config.endpoint();
    }

    /** GETs a path (with its query), retrying what may pass; throws a one-line {@link CasdoorException} otherwise. */
    Answer get(String path) {
        int attempts = config.retries() + 1;
        Duration delay = config.retryDelay();
        for (int attempt = 1; ; attempt++) {
            String problem;
            boolean timeout = false;
            long t0 = System.nanoTime();
            try {
                HttpResponse<byte[]> r = send(URI.create(config.endpoint() + path));
                String type = r.headers().firstValue("Content-Type").orElse("");
                output.debug("Casdoor: GET " + path + " -> HTTP " + r.statusCode() + ", " + r.body().length + " bytes, "
                        + (System.nanoTime() - t0) / 1_000_000 + " ms");
                if (r.statusCode() / 100 == 2) {
                    return new Answer(path, r.statusCode(), type, r.body());
                }
                if (r.statusCode() < 500) {
                    throw new CasdoorException(at(path) + " answered with HTTP " + r.statusCode() + hint(r), r.statusCode() != 429);
                }
                problem = "HTTP " + r.statusCode();
            } catch (TimeoutException | HttpTimeoutException e) {
                timeout = !(e instanceof HttpConnectTimeoutException);
                problem = timeout ? "no answer within " + config.readTimeout().toSeconds() + " s"
                        : "no connection within " + config.connectTimeout().toSeconds() + " s";
            } catch (IOException e) {
                problem = describe(e);
            }
            if (attempt >= attempts) {
                throw new CasdoorException(failure(path, problem, timeout, attempts), false);
            }
            output.warn("Casdoor: GET " + path + " failed (" + problem + "); retrying in " + delay.toMillis() + " ms (attempt "
                    + (attempt + 1) + " of " + attempts + ").");
            sleep(delay);
            delay = delay.multipliedBy(2);
        }
    }

    private HttpResponse<byte[]> send(URI uri) throws IOException, TimeoutException {
        HttpRequest request = HttpRequest.newBuilder(uri).GET().timeout(config.readTimeout())
                .header("Authorization", authorization).header("Accept", "application/json").build();
        // The request timeout stops at the headers; the future's bounds the whole answer, body included.
        CompletableFuture<HttpResponse<byte[]>> f = client.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray());
        try {
            return f.get(config.readTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            f.cancel(true);
            Thread.currentThread().interrupt();
            throw new CasdoorException("Interrupted while reading Casdoor at " + config.endpoint(), false, e);
        } catch (TimeoutException e) {
            f.cancel(true);
            throw e;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IOException(String.valueOf(e.getCause()), e.getCause());
        }
    }

    private String failure(String path, String problem, boolean timeout, int attempts) {
        String tries = attempts == 1 ? "" : " (" + attempts + " attempts)";
        if (problem.startsWith("HTTP ")) {
            return at(path) + " answered with " + problem + tries + ". Check that Casdoor is healthy (its log says why).";
        }
        if (timeout) {
            return at(path) + ": " + problem + tries + ". Check that Casdoor is healthy, or raise wataomi.casdoor.readTimeout.";
        }
        return "Cannot reach Casdoor at " + config.endpoint() + " (" + problem + ")" + tries
                + ". Check wataomi.casdoor.endpoint (CASDOOR_ENDPOINT) and that Casdoor is running.";
    }

    String at(String path) {
        return "Casdoor at " + config.endpoint() + ", GET " + path.replaceAll("\\?.*", "");
    }

    private static String hint(HttpResponse<?> r) {
        int s = r.statusCode();
        if (s / 100 == 3) {
            return " (a redirect to " + r.headers().firstValue("Location").orElse("?") + "). Set wataomi.casdoor.endpoint"
                    + " (CASDOOR_ENDPOINT) to the address Casdoor answers on; credentials are not sent on to a redirect.";
        }
        if (s == 401 || s == 403) {
            return ". Casdoor itself answers HTTP 200 for refused credentials, so a proxy refused the request:"
                    + " check wataomi.casdoor.endpoint (CASDOOR_ENDPOINT).";
        }
        if (s == 404) {
            return ". Check wataomi.casdoor.endpoint (CASDOOR_ENDPOINT): it is Casdoor's base URL, e.g. http://localhost:8000,"
                    + " without /api.";
        }
        return ". Check wataomi.casdoor.endpoint (CASDOOR_ENDPOINT) and Casdoor's log.";
    }

    private static String describe(IOException e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root instanceof UnresolvedAddressException || root instanceof java.net.UnknownHostException) {
            return "unknown host";
        }
        if (e instanceof ConnectException || root instanceof ConnectException) {
            return "connection refused";
        }
        String m = root.getMessage();
        return m == null || m.isBlank() ? root.getClass().getSimpleName() : m;
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CasdoorException("Interrupted while waiting to retry Casdoor", false, e);
        }
    }
}
