package io.wataomi.casdoor.testing;

import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;

/** The users a {@link CasdoorTestServer} holds, in name order, produced one at a time (never all in memory). */
public interface UserSource {
    /** How many users there are. */
    long count();

    /** Writes the user at a position (0-based, in name order) as a JSON object. */
    void write(JsonGenerator out, long index) throws IOException;
}
