package io.wataomi.core.render;

import java.util.Locale;

/**
 * A table's size as the database's statistics give it.
 *
 * @param rows  the planner's row estimate ({@code pg_class.reltuples}), or -1 before the table was first analyzed
 * @param bytes the table with its indexes and TOAST data ({@code pg_total_relation_size})
 */
public record TableSize(long rows, long bytes) {
    /** For people: {@code about 1,000,000 rows, 42 MB}. */
    public String describe() {
        String count = rows < 0 ? "rows not counted yet (never analyzed)" : String.format(Locale.ROOT, "about %,d rows", rows);
        return count + ", " + bytes(bytes);
    }

    /** A byte count in the units pg_size_pretty uses. */
    static String bytes(long n) {
        String[] units = {"bytes", "kB", "MB", "GB", "TB"};
        double v = n;
        int u = 0;
        while (v >= 10 * 1024 && u < units.length - 1) {
            v /= 1024;
            u++;
        }
        return Math.round(v) + " " + units[u];
    }
}
