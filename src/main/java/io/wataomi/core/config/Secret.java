package io.wataomi.core.config;

import java.util.Objects;

/** A secret value (password, client secret, certificate) that never prints itself. */
public final class Secret {
    private static final String MASK = "********";
    private final String value;

    private Secret(String value) {
        this.value = value;
    }

    /** Wraps a value; null or empty gives null so that "unset" has one representation. */
    public static Secret of(String value) {
        return value == null || value.isEmpty() ? null : new Secret(value);
    }

    /** The clear text, for handing to a driver or an HTTP client only. */
    public String reveal() {
        return value;
    }

    @Override
    public String toString() {
        return MASK;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Secret s && s.value.equals(value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value);
    }

    /** The mask that replaces secrets in output. */
    public static String mask() {
        return MASK;
    }
}
