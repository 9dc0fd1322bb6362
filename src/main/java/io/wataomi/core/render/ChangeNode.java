package io.wataomi.core.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A Liquibase change as a tree (element, attributes, children, text): one shape for the XML and YAML writers. */
public record ChangeNode(String name, Map<String, Object> attributes, List<ChangeNode> children, String text) {
    /** A node with no children yet. */
    public static ChangeNode of(String name) {
        return new ChangeNode(name, new LinkedHashMap<>(), new ArrayList<>(), null);
    }

    /** A node holding text, e.g. {@code sql}. */
    public static ChangeNode text(String name, String text) {
        return new ChangeNode(name, new LinkedHashMap<>(), new ArrayList<>(), text);
    }

    /** Sets an attribute unless the value is null; returns this node. */
    public ChangeNode attr(String key, Object value) {
        if (value != null) {
            attributes.put(key, value);
        }
        return this;
    }

    /** Adds a child; returns this node. */
    public ChangeNode child(ChangeNode node) {
        children.add(node);
        return this;
    }
}
