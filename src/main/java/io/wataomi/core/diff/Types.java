package io.wataomi.core.diff;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What PostgreSQL type changes keep every value: the ones not marked destructive. */
final class Types {
    private static final Pattern SIZED = Pattern.compile("([a-z ]+?)\\((\\d+)(?:,(\\d+))?\\)(.*)");

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

    /** Time types without a precision keep microseconds, as precision 6 does. */
    private static String defaultPrecision(String type) {
        return type.matches("(timestamp|time) with(out)? time zone") ? type.replaceFirst(" ", "(6) ") : type;
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
