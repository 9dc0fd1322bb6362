package io.wataomi.core.migrate;

import io.wataomi.core.config.Defaults;
import io.wataomi.core.config.LayeredSettings;
import io.wataomi.core.config.PropertyNames;

/**
 * How current and history report.
 *
 * @param verbose current: add each revision's parents, file and dates
 * @param range   history: only revisions in {@code lower:upper}, or null for all
 */
public record ReportOptions(boolean verbose, String range) {
    /** Reads {@code wataomi.verbose} and {@code wataomi.range}. */
    public static ReportOptions from(LayeredSettings settings) {
        return new ReportOptions(settings.flag(PropertyNames.VERBOSE, Defaults.VERBOSE), settings.get(PropertyNames.RANGE).orElse(null));
    }
}
