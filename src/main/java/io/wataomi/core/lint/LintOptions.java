package io.wataomi.core.lint;

import io.wataomi.core.autogen.AutogenOptions;
import io.wataomi.core.config.LayeredSettings;
import io.wataomi.core.config.PropertyNames;

/**
 * What lint runs with.
 *
 * @param severities each rule's severity
 * @param entities   where the project's entities are, to know which columns this build still maps; null to not read them
 */
public record LintOptions(Severities severities, AutogenOptions entities) {
    /** Reads the severities from {@code wataomi.lint.severity}. */
    public static LintOptions from(LayeredSettings settings, AutogenOptions entities) {
        return new LintOptions(Severities.parse(settings.get(PropertyNames.LINT_SEVERITY).orElse(null)), entities);
    }
}
