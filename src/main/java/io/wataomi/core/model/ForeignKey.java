package io.wataomi.core.model;

import java.util.List;

/**
 * A foreign key constraint.
 *
 * @param onDelete     the action as SQL: {@code NO ACTION}, {@code RESTRICT}, {@code CASCADE}, {@code SET NULL}, {@code SET DEFAULT}
 * @param implicitName true when the mapping leaves the key unnamed (see {@link NameOrigin})
 */
public record ForeignKey(String name, List<String> columns, QualifiedName target, List<String> targetColumns,
                         String onDelete, String onUpdate, boolean deferrable, boolean initiallyDeferred, boolean implicitName) {
    public ForeignKey {
        columns = List.copyOf(columns);
        targetColumns = List.copyOf(targetColumns);
    }

    /** A key whose name is its own, as a database holds it. */
    public ForeignKey(String name, List<String> columns, QualifiedName target, List<String> targetColumns,
                      String onDelete, String onUpdate, boolean deferrable, boolean initiallyDeferred) {
        this(name, columns, target, targetColumns, onDelete, onUpdate, deferrable, initiallyDeferred, false);
    }

    /** The same key, its name made up rather than stated. */
    public ForeignKey withImplicitName() {
        return new ForeignKey(name, columns, target, targetColumns, onDelete, onUpdate, deferrable, initiallyDeferred, true);
    }
}
