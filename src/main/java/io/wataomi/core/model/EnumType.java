package io.wataomi.core.model;

import java.util.List;

/** A PostgreSQL enum type with its labels in sort order. */
public record EnumType(QualifiedName name, List<String> labels) {
    public EnumType {
        labels = List.copyOf(labels);
    }
}
