package io.wataomi.core.model;

/**
 * A sequence that is not an identity column's own.
 *
 * @param ownedBy the {@code table.column} that owns it ({@code OWNED BY}), or null
 */
public record Sequence(QualifiedName name, String dataType, long start, long increment, long minValue, long maxValue,
                       long cache, boolean cycle, String ownedBy) {
    /** The same sequence with another owner (null: owned by nothing). */
    public Sequence withOwner(String owner) {
        return new Sequence(name, dataType, start, increment, minValue, maxValue, cache, cycle, owner);
    }

    /** The same sequence with another start value. */
    public Sequence withStart(long newStart) {
        return new Sequence(name, dataType, newStart, increment, minValue, maxValue, cache, cycle, ownedBy);
    }
}
