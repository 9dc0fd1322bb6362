package io.wataomi.core.autogen;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A cursor over one DDL statement, enough to find the names it declares: words, quoted names, parentheses. */
final class DdlTokens {
    /** One part of a possibly qualified name. */
    record Part(String text, boolean quoted) {
    }

    private final String s;
    private int i;

    DdlTokens(String statement) {
        this.s = statement;
    }

    /** Consumes the word (case-insensitive) if it is next. */
    boolean word(String w) {
        blanks();
        int end = i + w.length();
        if (end <= s.length() && s.regionMatches(true, i, w, 0, w.length()) && (end == s.length() || !identifierChar(s.charAt(end)))) {
            i = end;
            return true;
        }
        return false;
    }

    /** Consumes the words if they all come next, else nothing. */
    void words(String... ws) {
        int mark = i;
        for (String w : ws) {
            if (!word(w)) {
                i = mark;
                return;
            }
        }
    }

    /** The next word in lower case without consuming it, or null when a name or symbol is next. */
    String peekWord() {
        blanks();
        int j = i;
        while (j < s.length() && identifierChar(s.charAt(j))) {
            j++;
        }
        return j == i ? null : s.substring(i, j).toLowerCase(Locale.ROOT);
    }

    /** Consumes the character if it is next. */
    boolean symbol(char c) {
        blanks();
        if (i < s.length() && s.charAt(i) == c) {
            i++;
            return true;
        }
        return false;
    }

    /** Consumes a possibly qualified name. */
    List<Part> name() {
        List<Part> parts = new ArrayList<>();
        do {
            blanks();
            if (i < s.length() && s.charAt(i) == '"') {
                StringBuilder b = new StringBuilder();
                i++;
                while (i < s.length()) {
                    char c = s.charAt(i++);
                    if (c == '"') {
                        if (i < s.length() && s.charAt(i) == '"') {
                            b.append('"');
                            i++;
                        } else {
                            break;
                        }
                    } else {
                        b.append(c);
                    }
                }
                parts.add(new Part(b.toString(), true));
            } else {
                int start = i;
                while (i < s.length() && identifierChar(s.charAt(i))) {
                    i++;
                }
                if (i > start) {
                    parts.add(new Part(s.substring(start, i), false));
                }
            }
        } while (i < s.length() && s.charAt(i) == '.' && ++i > 0);
        return parts;
    }

    /** Skips to after the next comma at the current parenthesis depth; false at the closing parenthesis or the end. */
    boolean skipToNextDefinition() {
        int depth = 0;
        boolean quoted = false;
        boolean literal = false;
        while (i < s.length()) {
            char c = s.charAt(i++);
            if (quoted) {
                quoted = c != '"';
            } else if (literal) {
                literal = c != '\'';
            } else if (c == '"') {
                quoted = true;
            } else if (c == '\'') {
                literal = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                if (depth-- == 0) {
                    return false;
                }
            } else if (c == ',' && depth == 0) {
                return true;
            }
        }
        return false;
    }

    private void blanks() {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
    }

    private static boolean identifierChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }
}
