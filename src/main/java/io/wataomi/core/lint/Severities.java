package io.wataomi.core.lint;

import io.wataomi.core.config.ConfigException;
import io.wataomi.core.config.PropertyNames;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/** Each rule's severity: its default, or what {@code wataomi.lint.severity} ({@code rule=error|warning|off,...}) says. */
public final class Severities {
    private final Map<Rule, Severity> configured;

    private Severities(Map<Rule, Severity> configured) {
        this.configured = configured;
    }

    /** Every rule at its default severity. */
    public static Severities defaults() {
        return new Severities(new EnumMap<>(Rule.class));
    }

    /** Reads {@code rule=level} entries separated by commas; null or blank means the defaults. */
    public static Severities parse(String setting) {
        Map<Rule, Severity> out = new EnumMap<>(Rule.class);
        if (setting == null || setting.isBlank()) {
            return new Severities(out);
        }
        for (String entry : setting.split(",")) {
            if (entry.isBlank()) {
                continue;
            }
            int eq = entry.indexOf('=');
            String id = (eq < 0 ? entry : entry.substring(0, eq)).strip();
            Rule rule = Rule.byId(id);
            if (rule == null) {
                throw new ConfigException(PropertyNames.LINT_SEVERITY + ": '" + id + "' is not a lint rule. The rules are: "
                        + String.join(", ", Rule.ids()) + ".");
            }
            out.put(rule, level(rule, eq < 0 ? "" : entry.substring(eq + 1).strip()));
        }
        return new Severities(out);
    }

    private static Severity level(Rule rule, String value) {
        try {
            return Severity.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ConfigException(PropertyNames.LINT_SEVERITY + ": '" + rule.id() + "=" + value + "' has no severity; write "
                    + rule.id() + "=error, " + rule.id() + "=warning or " + rule.id() + "=off.");
        }
    }

    /** The severity of a rule. */
    public Severity of(Rule rule) {
        return configured.getOrDefault(rule, rule.defaultSeverity());
    }
}
