package io.wataomi.core.model;

import java.util.List;

/**
 * A primary key constraint.
 *
 * @param implicitName true when the mapping leaves the key unnamed (see {@link NameOrigin}); JPA has no way to name one
 */
public record PrimaryKey(String name, List<String> columns, boolean implicitName) {
    public PrimaryKey {
        columns = List.copyOf(columns);
    }

    /** A key whose name is its own, as a database holds it. */
    public PrimaryKey(String name, List<String> columns) {
        this(name, columns, false);
    }

    /** The same key, its name made up rather than stated. */
    public PrimaryKey withImplicitName() {
        return new PrimaryKey(name, columns, true);
    }
}
