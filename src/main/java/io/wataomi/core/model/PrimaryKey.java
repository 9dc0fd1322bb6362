package io.wataomi.core.model;

import java.util.List;

/** A primary key constraint. */
public record PrimaryKey(String name, List<String> columns) {
    public PrimaryKey {
        columns = List.copyOf(columns);
    }
}
