package io.wataomi.core.config;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A duration written as PostgreSQL writes its time settings ({@code 500ms}, {@code 5s}, {@code 1min}, {@code 0}), and
 * written back in the one form the server reads the same whatever its settings: whole milliseconds.
 */
public final class PgDuration {
    /** The largest lock_timeout and statement_timeout PostgreSQL takes: INT_MAX milliseconds, about 24.8 days. */
    static final long MAX_MILLIS = Integer.MAX_VALUE;
    private static final Pattern FORM = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|min|h|d)");
    private static final Map<String, Long> UNIT_MILLIS = Map.of("ms", 1L, "s", 1_000L, "min", 60_000L, "h", 3_600_000L,
            "d", 86_400_000L);

    private PgDuration() {
    }

    /**
     * Reads a duration; a bare {@code 0} means off. A number without a unit is refused: PostgreSQL would read it as
     * milliseconds, {@code wataomi.lockTimeout} as seconds, and a guess either way is a trap.
     *
     * @throws IllegalArgumentException naming what is wrong, without the value
     */
    public static Duration parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.matches("0+(\\.0+)?")) {
            return Duration.ZERO;
        }
        Matcher m = FORM.matcher(t);
        if (!m.matches()) {
            throw new IllegalArgumentException(t.matches("\\d+(\\.\\d+)?") ? "a number needs a unit" : "not a duration");
        }
        BigDecimal millis = new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(UNIT_MILLIS.get(m.group(2))));
        if (millis.compareTo(BigDecimal.valueOf(MAX_MILLIS)) > 0) {
            throw new IllegalArgumentException("more than PostgreSQL's maximum of " + MAX_MILLIS + "ms");
        }
        long whole = millis.setScale(0, RoundingMode.HALF_UP).longValueExact();
        if (whole == 0) {
            throw new IllegalArgumentException("less than a millisecond, which PostgreSQL would read as off");
        }
        return Duration.ofMillis(whole);
    }

    /** The duration as a setting value, e.g. {@code 5000ms}; zero is {@code 0}. */
    public static String setting(Duration d) {
        return d.isZero() ? "0" : d.toMillis() + "ms";
    }

    /** The duration as people read it: {@code 200ms}, {@code 5s}, {@code 1.5s}, {@code 2min}. */
    public static String label(Duration d) {
        long ms = d.toMillis();
        if (ms == 0) {
            return "0";
        }
        if (ms < 1_000) {
            return ms + "ms";
        }
        if (ms % 60_000 == 0) {
            return ms / 60_000 + "min";
        }
        return BigDecimal.valueOf(ms, 3).stripTrailingZeros().toPlainString() + "s";
    }
}
