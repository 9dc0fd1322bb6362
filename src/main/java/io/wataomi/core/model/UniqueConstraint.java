package io.wataomi.core.model;

import java.util.List;

/**
 * A UNIQUE constraint (not a unique index: those are {@link Index} with unique set).
 *
 * @param implicitName true when the mapping leaves the constraint unnamed (see {@link NameOrigin})
 */
public record UniqueConstraint(String name, List<String> columns, boolean nullsNotDistinct, boolean implicitName) {
    public UniqueConstraint {
        columns = List.copyOf(columns);
    }

    /** A constraint whose name is its own, as a database holds it. */
    public UniqueConstraint(String name, List<String> columns, boolean nullsNotDistinct) {
        this(name, columns, nullsNotDistinct, false);
    }

    /** The same constraint, its name made up rather than stated. */
    public UniqueConstraint withImplicitName() {
        return new UniqueConstraint(name, columns, nullsNotDistinct, true);
    }
}
