package io.wataomi.casdoor.testing;

/**
 * A fault the test server injects into answers to one API path (and optionally one page of it), a
 * number of times or for good.
 *
 * @param kind   what goes wrong
 * @param path   the API path, e.g. {@code /api/get-users}; null for every path
 * @param page   the page ({@code p}) it applies to; 0 for any
 * @param times  how many matching requests it spoils; -1 for all of them
 * @param millis the delay of {@link Kind#SLOW}
 */
public record Fault(Kind kind, String path, int page, int times, long millis) {
    /** The kinds of fault. */
    public enum Kind {
        /** The answer comes late (then normally). */
        SLOW,
        /** HTTP 500 with an HTML body. */
        SERVER_ERROR,
        /** HTTP 200 with a proxy's HTML page. */
        HTML,
        /** HTTP 200 with the JSON cut in half (Content-Length matching the half). */
        TRUNCATED,
        /** HTTP 200 with JSON that has no status. */
        NO_STATUS,
        /** HTTP 200 with status "error", as Casdoor reports its own failures. */
        ERROR_STATUS,
        /** The connection is closed without an answer. */
        DROP_CONNECTION,
        /** HTTP 200, status ok, {@code data: null} and {@code data2: 0} (Casdoor's empty list, sometimes). */
        NULL_DATA
    }

    /** Answers to a path (page 0: any) come {@code millis} late, {@code times} times (-1: always). */
    public static Fault slow(String path, int page, long millis, int times) {
        return new Fault(Kind.SLOW, path, page, times, millis);
    }

    /** HTTP 500 for a path and page, {@code times} times (-1: always). */
    public static Fault serverError(String path, int page, int times) {
        return new Fault(Kind.SERVER_ERROR, path, page, times, 0);
    }

    /** A fault of another kind on a path and page, for good. */
    public static Fault always(Kind kind, String path, int page) {
        return new Fault(kind, path, page, -1, 0);
    }

    boolean matches(String requestPath, int requestPage) {
        return (path == null || path.equals(requestPath)) && (page == 0 || page == requestPage);
    }
}
