package io.wataomi.core.model;

import java.util.List;

/**
 * A foreign key constraint.
 *
 * @param onDelete the action as SQL: {@code NO ACTION}, {@code RESTRICT}, {@code CASCADE}, {@code SET NULL}, {@code SET DEFAULT}
 */
public record ForeignKey(String name, List<String> columns, QualifiedName target, List<String> targetColumns,
                         String onDelete, String onUpdate, boolean deferrable, boolean initiallyDeferred) {
    public ForeignKey {
        columns = List.copyOf(columns);
        targetColumns = List.copyOf(targetColumns);
    }
}
