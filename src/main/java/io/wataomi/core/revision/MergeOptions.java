package io.wataomi.core.revision;

import io.wataomi.core.config.LayeredSettings;
import io.wataomi.core.config.PropertyNames;

import java.util.Arrays;
import java.util.List;

/**
 * What a merge joins.
 *
 * @param message   the merge revision's message, or null for one naming the parents
 * @param revisions the revisions to join; empty for every current head
 */
public record MergeOptions(String message, List<String> revisions) {
    public MergeOptions {
        revisions = revisions == null ? List.of() : revisions.stream().map(String::strip).filter(r -> !r.isEmpty()).toList();
    }

    /** Reads {@code wataomi.message} and {@code wataomi.revisions} (comma-separated). */
    public static MergeOptions from(LayeredSettings settings) {
        return new MergeOptions(settings.get(PropertyNames.MESSAGE).orElse(null),
                settings.get(PropertyNames.REVISIONS).map(s -> Arrays.asList(s.split(","))).orElse(List.of()));
    }
}
