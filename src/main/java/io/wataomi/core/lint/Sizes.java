package io.wataomi.core.lint;

import io.wataomi.core.lint.LiveFacts.TableStats;

/** A table's size for people: estimated rows, and bytes in pg_size_pretty's units. */
final class Sizes {
    private static final String[] UNITS = {"bytes", "kB", "MB", "GB", "TB", "PB"};
    /** pg_size_pretty moves to the next unit from ten of it on. */
    private static final long NEXT_UNIT = 10 * 1024;

    private Sizes() {
    }

    /** E.g. {@code 1,000,000 rows, 65 MB}; rows are unknown until the table was analyzed or vacuumed. */
    static String label(TableStats stats) {
        String rows = stats.rows() < 0 ? "rows unknown (never analyzed)" : String.format("%,d rows", Math.round(stats.rows()));
        return rows + ", " + bytes(stats.bytes());
    }

    static String bytes(long bytes) {
        double value = bytes;
        int unit = 0;
        while (Math.abs(value) >= NEXT_UNIT && unit < UNITS.length - 1) {
            value /= 1024;
            unit++;
        }
        return Math.round(value) + " " + UNITS[unit];
    }
}
