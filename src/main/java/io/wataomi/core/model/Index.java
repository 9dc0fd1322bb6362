package io.wataomi.core.model;

import java.util.List;

/**
 * An index that does not back a constraint.
 *
 * @param columns      the key columns; for an expression key, the expression as PostgreSQL prints it
 * @param expression   true when at least one key is an expression rather than a plain column
 * @param method       the access method: btree, hash, gin, gist, brin, ...
 * @param where        the predicate of a partial index, or null
 * @param definition   the whole {@code CREATE INDEX} statement as {@code pg_get_indexdef()} prints it
 * @param implicitName true when the mapping leaves the index unnamed (see {@link NameOrigin})
 */
public record Index(String name, List<String> columns, boolean unique, boolean expression, String method,
                   String where, String definition, boolean implicitName) {
    public Index {
        columns = List.copyOf(columns);
    }

    /** An index whose name is its own, as a database holds it. */
    public Index(String name, List<String> columns, boolean unique, boolean expression, String method, String where,
                 String definition) {
        this(name, columns, unique, expression, method, where, definition, false);
    }

    /** True when a plain (btree, column-only, whole-table) index: what Liquibase's createIndex can express. */
    public boolean plain() {
        return !expression && where == null && "btree".equals(method);
    }

    /** The same index, its name made up rather than stated. */
    public Index withImplicitName() {
        return new Index(name, columns, unique, expression, method, where, definition, true);
    }
}
