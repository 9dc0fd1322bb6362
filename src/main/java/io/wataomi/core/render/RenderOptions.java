package io.wataomi.core.render;

import io.wataomi.core.model.QualifiedName;

import java.util.Map;

/**
 * How create renders a revision.
 *
 * @param safeDdl    render the forms that do not block reads and writes for long on tables that exist already
 *                   ({@code wataomi.safeDdl}); false renders every operation in its plain form
 * @param tableSizes the size of the tables whose type changes rewrite them, as the live database's statistics give it
 */
public record RenderOptions(boolean safeDdl, Map<QualifiedName, TableSize> tableSizes) {
    /** Safe forms, table sizes unknown. */
    public static final RenderOptions SAFE = new RenderOptions(true, Map.of());
    /** Plain forms, table sizes unknown. */
    public static final RenderOptions PLAIN = new RenderOptions(false, Map.of());

    public RenderOptions {
        tableSizes = Map.copyOf(tableSizes);
    }
}
