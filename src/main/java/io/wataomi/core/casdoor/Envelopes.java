package io.wataomi.core.casdoor;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Casdoor's answer envelope, {@code {"status":"ok"|"error","msg":...,"data":...,"data2":...}}, and
 * checks it: an HTML page, a body that is not JSON, truncated JSON, a missing {@code status} and
 * {@code status: error} (which Casdoor sends with HTTP 200) are each a one-line error. Bodies are
 * never quoted in errors, since the applications' answer holds client secrets.
 */
final class Envelopes {
    /** The parsed envelope; {@code data} and {@code data2} may be null. */
    record Envelope<T>(String status, String msg, T data, Long data2) {
    }

    private static final Pattern TITLE = Pattern.compile("<title[^>]*>([^<]{0,120})", Pattern.CASE_INSENSITIVE);

    private Envelopes() {
    }

    /** Parses and checks an answer; {@code status: error} and every kind of garbage throw. */
    static <T> Envelope<T> read(CasdoorHttp.Answer answer, JsonAnswers.DataReader<T> reader, String where) {
        byte[] body = answer.body();
        int first = firstNonBlank(body);
        if (first < 0) {
            throw garbled(where + " answered with an empty body (HTTP " + answer.status() + ")");
        }
        if (body[first] == '<' || answer.contentType().toLowerCase(Locale.ROOT).contains("html")) {
            throw garbled(where + " answered with an HTML page (HTTP " + answer.status() + title(body) + "), not JSON");
        }
        if (body[first] != '{') {
            throw garbled(where + " answered with something that is not a JSON object (HTTP " + answer.status() + ", "
                    + (answer.contentType().isEmpty() ? "no content type" : answer.contentType()) + ")");
        }
        Envelope<T> envelope;
        try {
            envelope = JsonAnswers.parse(body, reader);
        } catch (JsonProcessingException e) {
            if (truncated(e, body.length)) {
                throw new CasdoorException(where + " sent truncated JSON (the answer ends after " + body.length
                        + " bytes). Check for a proxy or a network problem cutting answers short, and retry.", false, e);
            }
            throw new CasdoorException(where + " sent JSON this client cannot read (" + position(e.getLocation())
                    + "; Casdoor's API answers an object with status, msg and data). Check wataomi.casdoor.endpoint"
                    + " (CASDOOR_ENDPOINT).", false, e);
        } catch (IOException e) {
            throw new CasdoorException(where + " sent an unreadable answer: " + e.getClass().getSimpleName(), false, e);
        }
        if (envelope == null || envelope.status() == null) {
            throw garbled(where + " answered with JSON that has no \"status\", so it is not Casdoor's API");
        }
        if (!"ok".equals(envelope.status())) {
            throw refused(envelope, where);
        }
        return envelope;
    }

    /** A list payload: {@code data: null} is an empty list. */
    static <T> List<T> list(Envelope<List<T>> envelope) {
        return envelope.data() == null ? List.of() : envelope.data();
    }

    private static CasdoorException refused(Envelope<?> envelope, String where) {
        String msg = envelope.msg() == null || envelope.msg().isBlank() ? "(no message)" : envelope.msg().strip();
        if (msg.toLowerCase(Locale.ROOT).contains("unauthorized")) {
            return new CasdoorException(where + " refused the request: \"" + msg + "\". Casdoor treats a wrong client id or"
                    + " secret as an anonymous request: check wataomi.casdoor.clientId and wataomi.casdoor.clientSecret"
                    + " (CASDOOR_CLIENT_ID, CASDOOR_CLIENT_SECRET).", true);
        }
        return new CasdoorException(where + " answered status \"" + envelope.status() + "\": \"" + msg
                + "\". Check wataomi.casdoor.orgName (CASDOOR_ORG_NAME) and the application's permissions in Casdoor.", true);
    }

    private static CasdoorException garbled(String what) {
        return new CasdoorException(what + ". Check wataomi.casdoor.endpoint (CASDOOR_ENDPOINT): it must be Casdoor's"
                + " own address, not a proxy's error or login page.", false);
    }

    /** Jackson reports input that ends too early either as an EOF or as a binding error at the last byte. */
    private static boolean truncated(JsonProcessingException e, int length) {
        JsonLocation loc = e.getLocation();
        return e instanceof JsonEOFException || String.valueOf(e.getOriginalMessage()).contains("end-of-input")
                || (loc != null && loc.getByteOffset() >= length - 1);
    }

    private static String title(byte[] body) {
        String head = new String(body, 0, Math.min(body.length, 4096), StandardCharsets.UTF_8);
        Matcher m = TITLE.matcher(head);
        return m.find() ? ", title '" + m.group(1).strip() + "'" : "";
    }

    private static String position(JsonLocation loc) {
        if (loc == null) {
            return "unexpected content";
        }
        long offset = loc.getByteOffset() >= 0 ? loc.getByteOffset() : loc.getCharOffset();
        return "unexpected content at line " + loc.getLineNr() + ", column " + loc.getColumnNr()
                + (offset >= 0 ? ", byte " + offset : "");
    }

    private static int firstNonBlank(byte[] body) {
        for (int i = 0; i < body.length; i++) {
            if (!Character.isWhitespace(body[i])) {
                return i;
            }
        }
        return -1;
    }
}
