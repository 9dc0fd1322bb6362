package io.wataomi.casdoor.testing;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** The bodies the Casdoor test server sends: Casdoor's envelope, its error form, and a proxy's HTML page. */
final class Answers {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonFactory FACTORY = JSON.getFactory();

    private Answers() {
    }

    interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    static byte[] envelope(Body body) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
        try (JsonGenerator g = FACTORY.createGenerator(bytes, JsonEncoding.UTF8)) {
            g.setCodec(JSON);
            g.writeStartObject();
            g.writeStringField("status", "ok");
            g.writeStringField("msg", "");
            g.writeStringField("sub", "");
            g.writeStringField("name", "");
            body.write(g);
            g.writeNullField("data3");
            g.writeEndObject();
        }
        return bytes.toByteArray();
    }

    static byte[] error(String msg) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator g = FACTORY.createGenerator(bytes, JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeStringField("status", "error");
            g.writeStringField("msg", msg);
            g.writeNullField("data");
            g.writeEndObject();
        }
        return bytes.toByteArray();
    }

    static byte[] html(String title) {
        return ("<html><head><title>" + title + "</title></head><body><center><h1>" + title
                + "</h1></center><hr><center>nginx</center></body></html>\n").getBytes(StandardCharsets.UTF_8);
    }
}
