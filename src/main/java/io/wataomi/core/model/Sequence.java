package io.wataomi.core.model;

/**
 * A sequence that is not an identity column's own.
 *
 * @param ownedBy the {@code table.column} that owns it ({@code OWNED BY}), or null
 */
public record Sequence(QualifiedName name, String dataType, long start, long increment, long minValue, long maxValue,
                       long cache, boolean cycle, String ownedBy) {
}
