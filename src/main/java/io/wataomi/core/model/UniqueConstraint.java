package io.wataomi.core.model;

import java.util.List;

/** A UNIQUE constraint (not a unique index: those are {@link Index} with unique set). */
public record UniqueConstraint(String name, List<String> columns, boolean nullsNotDistinct) {
    public UniqueConstraint {
        columns = List.copyOf(columns);
    }
}
