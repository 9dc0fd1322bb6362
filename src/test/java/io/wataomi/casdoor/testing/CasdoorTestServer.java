package io.wataomi.casdoor.testing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A Casdoor server of the project's own, on loopback, that answers as the real one does (see the
 * reference in casdoor-api.md): Basic auth, with a wrong pair answered by HTTP 200 "Unauthorized
 * operation"; errors with HTTP 200; users paged by {@code p}/{@code pageSize} with the total in
 * {@code data2} and a page past the end answered with the last page again; an unknown organization's
 * users as an empty list; applications including shared ones of other organizations and
 * {@code app-built-in}, each with its client secret. Faults ({@link Fault}) can be injected. Users come
 * from a {@link UserSource} one page at a time, so a million users need no more memory than one page.
 */
public final class CasdoorTestServer implements AutoCloseable {
    /** The organization the fixtures belong to. */
    public static final String ORG = "wataomi";
    /** The client id the server accepts by default. */
    public static final String CLIENT_ID = "wataomi-it-client";
    /** The client secret the server accepts by default (distinctive, so that tests can look for leaks). */
    public static final String CLIENT_SECRET = "Casd00rSecretZq-7f3c";

    private final HttpServer server;
    private final ExecutorService executor;
    private final String expectedAuth;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final List<String> authorizations = new CopyOnWriteArrayList<>();
    private final List<Fault> faults = new CopyOnWriteArrayList<>();
    private final Map<Fault, Integer> used = new HashMap<>();
    private volatile UserSource users;
    private volatile List<ObjectNode> applications;
    private volatile int maxPageSize = Integer.MAX_VALUE;
    private volatile int changePage;
    private volatile UserSource changeTo;

    private CasdoorTestServer(UserSource users, List<ObjectNode> applications, String clientId, String clientSecret) {
        this.users = users;
        this.applications = applications;
        this.expectedAuth = "Basic " + Base64.getEncoder().encodeToString((clientId + ":" + clientSecret).getBytes(StandardCharsets.UTF_8));
        try {
            this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.executor = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "casdoor-test-server");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    /** A server with the fixtures' users (alice, bob, carol) and applications, plus app-built-in. */
    public static CasdoorTestServer withFixtures() {
        return start(new ListedUsers(CasdoorFixtures.users()), CasdoorFixtures.applications());
    }

    /** A server with generated users and the fixtures' applications. */
    public static CasdoorTestServer withGeneratedUsers(long count) {
        return start(new GeneratedUsers(count), CasdoorFixtures.applications());
    }

    /** A server with these users and applications and the default credentials. */
    public static CasdoorTestServer start(UserSource users, List<ObjectNode> applications) {
        return new CasdoorTestServer(users, applications, CLIENT_ID, CLIENT_SECRET);
    }

    /** The base URL, e.g. {@code http://127.0.0.1:41234}. */
    public String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Replaces the users (e.g. to change some between two syncs). */
    public void users(UserSource source) {
        this.users = source;
    }

    /** Replaces the applications. */
    public void applications(List<ObjectNode> apps) {
        this.applications = apps;
    }

    /**
     * Once page {@code page} of the users has been answered, the server holds {@code next} instead, as when
     * someone signs up (or is edited) while a sync pages through the organization: the later pages then
     * start from shifted offsets. The change happens once.
     */
    public void usersAfterPage(int page, UserSource next) {
        this.changeTo = next;
        this.changePage = page;
    }

    /** Caps the page size, as a server (or proxy) might that answers fewer users than asked. */
    public void maxPageSize(int max) {
        this.maxPageSize = max;
    }

    /** Adds a fault. */
    public CasdoorTestServer fault(Fault fault) {
        faults.add(fault);
        return this;
    }

    /** Removes every fault. */
    public void clearFaults() {
        faults.clear();
    }

    /** Every request's path and query, in order. */
    public List<String> requests() {
        return List.copyOf(requests);
    }

    /** Every request's Authorization header ("" when there was none), in order. */
    public List<String> authorizations() {
        return List.copyOf(authorizations);
    }

    private void handle(HttpExchange ex) {
        try (ex) {
            String path = ex.getRequestURI().getPath();
            Map<String, String> q = query(ex.getRequestURI().getRawQuery());
            requests.add(path + (ex.getRequestURI().getRawQuery() == null ? "" : "?" + ex.getRequestURI().getRawQuery()));
            String auth = ex.getRequestHeaders().getFirst("Authorization");
            authorizations.add(auth == null ? "" : auth);
            Fault fault = fault(path, intOr(q.get("p"), 0));
            if (fault != null && fault.kind() == Fault.Kind.SLOW) {
                Thread.sleep(fault.millis());
                fault = null;
            }
            byte[] body = expectedAuth.equals(auth) ? answer(path, q) : CasdoorFixtures.resource("unauthorized.json");
            if (fault == null) {
                send(ex, 200, "application/json; charset=utf-8", body);
                return;
            }
            switch (fault.kind()) {
                case SERVER_ERROR -> send(ex, 500, "text/html", Answers.html("500 Internal Server Error"));
                case HTML -> send(ex, 200, "text/html; charset=utf-8", Answers.html("502 Bad Gateway"));
                case TRUNCATED -> send(ex, 200, "application/json; charset=utf-8", java.util.Arrays.copyOf(body, body.length / 2));
                case NO_STATUS -> send(ex, 200, "application/json", "{\"data\":[],\"data2\":0}".getBytes(StandardCharsets.UTF_8));
                case ERROR_STATUS -> send(ex, 200, "application/json",
                        "{\"status\":\"error\",\"msg\":\"database is locked\",\"data\":null}".getBytes(StandardCharsets.UTF_8));
                case DROP_CONNECTION -> { } // closed without an answer
                case NULL_DATA -> send(ex, 200, "application/json",
                        "{\"status\":\"ok\",\"msg\":\"\",\"data\":null,\"data2\":0}".getBytes(StandardCharsets.UTF_8));
                default -> throw new IllegalStateException(fault.kind().toString());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException | RuntimeException e) {
            // The client went away (a timeout), or the answer could not be written: nothing to do.
        }
    }

    private synchronized Fault fault(String path, int page) {
        for (Fault f : faults) {
            if (f.matches(path, page)) {
                int n = used.merge(f, 1, Integer::sum);
                if (f.times() < 0 || n <= f.times()) {
                    return f;
                }
            }
        }
        return null;
    }

    private byte[] answer(String path, Map<String, String> q) throws IOException {
        return switch (path) {
            case "/api/get-organization" -> ("admin/" + ORG).equals(q.get("id"))
                    ? CasdoorFixtures.resource("organization.json") : CasdoorFixtures.resource("organization-missing.json");
            case "/api/get-users" -> users(q);
            case "/api/get-user-count" -> Answers.envelope(g -> g.writeNumberField("data", ORG.equals(q.get("owner")) ? users.count() : 0));
            case "/api/get-organization-applications" -> q.get("organization") == null
                    ? Answers.error("missing parameter: organization") : applications(q.get("organization"));
            default -> Answers.error("unknown API " + path);
        };
    }

    private byte[] users(Map<String, String> q) throws IOException {
        UserSource source = ORG.equals(q.get("owner")) ? users : new ListedUsers(List.of());
        long total = source.count();
        int size = Math.min(maxPageSize, intOr(q.get("pageSize"), 0));
        int page = intOr(q.get("p"), 0);
        long from = 0;
        long to = total;
        if (size > 0 && page > 0) {
            long last = Math.max(1, (total + size - 1) / size);
            from = (Math.min(page, last) - 1) * size; // past the end: the last page again, as Casdoor does
            to = Math.min(total, from + size);
        }
        long start = from;
        long end = to;
        boolean paged = size > 0 && page > 0;
        byte[] body = Answers.envelope(g -> {
            g.writeArrayFieldStart("data");
            for (long i = start; i < end; i++) {
                source.write(g, i);
            }
            g.writeEndArray();
            if (paged) {
                g.writeNumberField("data2", total);
            }
        });
        changeAfter(page);
        return body;
    }

    private synchronized void changeAfter(int answered) {
        if (changeTo != null && answered == changePage) {
            users = changeTo;
            changeTo = null;
        }
    }

    private byte[] applications(String organization) throws IOException {
        List<ObjectNode> out = new ArrayList<>();
        for (ObjectNode app : applications) {
            if (organization.equals(app.path("organization").asText()) || app.path("isShared").asBoolean()
                    || "app-built-in".equals(app.path("name").asText())) {
                out.add(app);
            }
        }
        return Answers.envelope(g -> {
            g.writeArrayFieldStart("data");
            for (ObjectNode app : out) {
                g.writeTree(app);
            }
            g.writeEndArray();
            g.writeNumberField("data2", out.size());
        });
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> out = new HashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    out.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return out;
    }

    private static int intOr(String s, int fallback) {
        try {
            return s == null ? fallback : Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
