package io.wataomi.core.sync;

/**
 * Casdoor values as messages show them: control characters and halves of surrogate pairs as {@code \\uXXXX}
 * escapes (a NUL would otherwise cut or garble the line on a terminal, and the bad character is what the reader
 * must see), and a long value cut to the part around the character a message is about.
 */
final class Shown {
    private static final int WIDTH = 80;

    private Shown() {
    }

    /** The value escaped, whole. */
    static String text(String value) {
        return value == null ? "null" : excerpt(value, 0);
    }

    /** The value escaped; when long, only about {@value #WIDTH} characters around index {@code at}. */
    static String excerpt(String value, int at) {
        int from = 0;
        int to = value.length();
        if (to > WIDTH) {
            from = Math.max(0, at - WIDTH / 2);
            to = Math.min(value.length(), from + WIDTH);
            from -= from > 0 && Character.isLowSurrogate(value.charAt(from)) ? 1 : 0; // never cut a pair in two
            to += to < value.length() && Character.isHighSurrogate(value.charAt(to - 1)) ? 1 : 0;
        }
        StringBuilder out = new StringBuilder(to - from + 8);
        out.append(from > 0 ? "..." : "");
        for (int i = from; i < to; i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c) || unpairedSurrogate(value, i)) {
                out.append(String.format("\\u%04X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append(to < value.length() ? "..." : "").toString();
    }

    /** True when the char at {@code i} is half of a surrogate pair without its other half. */
    static boolean unpairedSurrogate(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
        }
        return Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1)));
    }
}
