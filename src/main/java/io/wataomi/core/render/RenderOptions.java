package io.wataomi.core.render;

import io.wataomi.core.model.QualifiedName;

import java.util.Map;
import java.util.Set;

/**
 * How create renders a revision.
 *
 * @param safeDdl    render the forms that do not block reads and writes for long on tables that exist already
 *                   ({@code wataomi.safeDdl}); false renders every operation in its plain form
 * @param tableSizes     the size of the tables whose type changes rewrite them, as the live database's statistics give it
 * @param tablesWithRows the tables that have rows, among those the revision adds a NOT NULL column without a default to:
 *                       such a column is added nullable, filled in by an UPDATE to complete, then set NOT NULL
 */
public record RenderOptions(boolean safeDdl, Map<QualifiedName, TableSize> tableSizes, Set<QualifiedName> tablesWithRows) {
    /** Safe forms, table sizes unknown. */
    public static final RenderOptions SAFE = new RenderOptions(true, Map.of());
    /** Plain forms, table sizes unknown. */
    public static final RenderOptions PLAIN = new RenderOptions(false, Map.of());

    public RenderOptions {
        tableSizes = Map.copyOf(tableSizes);
        tablesWithRows = Set.copyOf(tablesWithRows);
    }

    /** Options that know of no table with rows. */
    public RenderOptions(boolean safeDdl, Map<QualifiedName, TableSize> tableSizes) {
        this(safeDdl, tableSizes, Set.of());
    }
}
