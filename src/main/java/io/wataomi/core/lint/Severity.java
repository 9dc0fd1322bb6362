package io.wataomi.core.lint;

import java.util.Locale;

/** What a rule's findings do: fail the build, be reported, or be left out. */
public enum Severity {
    ERROR, WARNING, OFF;

    /** The name as it is configured: {@code error}, {@code warning}, {@code off}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
