package io.wataomi.casdoor.testing;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.util.Comparator;
import java.util.List;

/** A short list of users given as JSON objects (e.g. the fixtures), served in name order. */
public record ListedUsers(List<ObjectNode> users) implements UserSource {
    public ListedUsers {
        users = users.stream().sorted(Comparator.comparing(u -> u.path("name").asText())).toList();
    }

    @Override
    public long count() {
        return users.size();
    }

    @Override
    public void write(JsonGenerator out, long index) throws IOException {
        out.writeTree(users.get((int) index));
    }
}
