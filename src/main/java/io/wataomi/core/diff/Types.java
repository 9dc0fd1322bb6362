package io.wataomi.core.diff;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What PostgreSQL type changes keep every value (the ones not marked destructive), and which ones rewrite the table. */
final class Types {
    private static final Pattern SIZED = Pattern.compile("([a-z ]+?)\\((\\d+)(?:,(\\d+))?\\)(.*)");
    /** Types whose length or precision PostgreSQL raises without touching the stored values. */
    private static final Set<String> RAISED_IN_PLACE = Set.of("character varying", "bit varying", "numeric", "timestamp", "time",
            "interval");
    /** Changes between binary-compatible types: the values are stored alike, so nothing is rewritten. */
    private static final Set<List<String>> BINARY_COMPATIBLE = Set.of(List.of("character varying", "text"),
            List.of("text", "character varying"), List.of("cidr", "inet"), List.of("xml", "text"));

    /** True when the two types are one: {@code timestamp} and {@code timestamp(6)} keep the same microseconds. */
    static boolean same(String a, String b) {
        return defaultPrecision(a).equals(defaultPrecision(b));
    }

    /** True when every value of {@code from} converts to {@code to} unchanged. */
    static boolean widens(String from, String to) {
        from = defaultPrecision(from);
        to = defaultPrecision(to);
        if (from.equals(to)) {
            return true;
        }
        if (to.equals("text") && (from.startsWith("character varying") || from.startsWith("character("))) {
            return true;
        }
        if (rank(from) >= 0 && rank(to) >= rank(from)) {
            return true;
        }
        if (from.equals("real") && to.equals("double precision")) {
            return true;
        }
        Matcher f = SIZED.matcher(from);
        Matcher t = SIZED.matcher(to);
        if (f.matches() && t.matches() && f.group(1).equals(t.group(1)) && f.group(4).equals(t.group(4))) {
            int fScale = f.group(3) == null ? 0 : Integer.parseInt(f.group(3));
            int tScale = t.group(3) == null ? 0 : Integer.parseInt(t.group(3));
            int fInt = Integer.parseInt(f.group(2)) - fScale;
            int tInt = Integer.parseInt(t.group(2)) - tScale;
            return tInt >= fInt && tScale >= fScale;
        }
        if (f.matches() && f.group(1).equals("character varying") && to.equals("character varying")) {
            return true;
        }
        if (f.matches() && f.group(1).equals("numeric") && to.equals("numeric")) {
            return true;
        }
        return false;
    }

    /**
     * True when {@code ALTER COLUMN ... TYPE} from one type to the other rewrites the whole table under an ACCESS EXCLUSIVE
     * lock. Raising a length or precision (or dropping the limit) of varchar, varbit, numeric (same scale) and the time
     * types, and changing between binary-compatible types (varchar and text, cidr to inet) keep the rows as they are;
     * every other change rewrites them, arrays of those types included.
     */
    static boolean rewrites(String from, String to) {
        if (from.equals(to)) {
            return false;
        }
        Sized f = Sized.of(from);
        Sized t = Sized.of(to);
        if (BINARY_COMPATIBLE.contains(List.of(f.base(), t.base())) && t.length() < 0) {
            return false;
        }
        if (!f.base().equals(t.base()) || !f.suffix().equals(t.suffix()) || !RAISED_IN_PLACE.contains(f.base())
                || f.suffix().endsWith("[]")) {
            return true;
        }
        if (t.length() < 0) {
            return false;
        }
        return f.length() < 0 || t.length() < f.length() || t.scale() != f.scale();
    }

    /** A type split into its name, its length or precision and scale (-1 when absent), and what follows them. */
    private record Sized(String base, int length, int scale, String suffix) {
        static Sized of(String type) {
            Matcher m = SIZED.matcher(type);
            if (!m.matches()) {
                int space = type.indexOf(" with");
                return space < 0 ? new Sized(type, -1, -1, "") : new Sized(type.substring(0, space), -1, -1, type.substring(space));
            }
            int scale = m.group(3) == null ? -1 : Integer.parseInt(m.group(3));
            return new Sized(m.group(1), Integer.parseInt(m.group(2)), scale, m.group(4));
        }
    }

    /** Time types without a precision keep microseconds, as precision 6 does. */
    private static String defaultPrecision(String type) {
        return switch (type) {
            case "timestamp without time zone", "timestamp with time zone", "time without time zone", "time with time zone" ->
                    type.replaceFirst(" ", "(6) ");
            default -> type;
        };
    }

    private static int rank(String type) {
        return switch (type) {
            case "smallint" -> 0;
            case "integer" -> 1;
            case "bigint" -> 2;
            default -> -1;
        };
    }

    private Types() {
    }
}
