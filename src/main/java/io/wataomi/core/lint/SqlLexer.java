package io.wataomi.core.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * PostgreSQL's lexical rules, as far as reading DDL needs them: words (folded to lower case, as the server folds
 * unquoted names), double-quoted names, string literals (plain, E'...' with escapes, and dollar-quoted), numbers,
 * parameters and symbols. Comments are skipped, so a word inside one never counts.
 */
final class SqlLexer {
    /** What a token is. */
    enum Kind { WORD, QUOTED, STRING, NUMBER, SYMBOL }

    /**
     * One token.
     *
     * @param kind  what it is
     * @param text  a word in lower case, a quoted name without its quotes, a symbol; literals as written
     * @param start its first character in the source
     * @param end   the character after it
     */
    record Token(Kind kind, String text, int start, int end) {
        boolean isWord(String word) {
            return kind == Kind.WORD && text.equals(word);
        }

        boolean isSymbol(String symbol) {
            return kind == Kind.SYMBOL && text.equals(symbol);
        }

        /** True for a token that can be a name: a word or a quoted name. */
        boolean isName() {
            return kind == Kind.WORD || kind == Kind.QUOTED;
        }
    }

    private final String s;
    private int i;
    private final List<Token> out = new ArrayList<>();

    private SqlLexer(String source) {
        this.s = source;
    }

    /** The tokens of a text of one or more statements. */
    static List<Token> tokens(String source) {
        SqlLexer lexer = new SqlLexer(source);
        lexer.run();
        return lexer.out;
    }

    private void run() {
        while (i < s.length()) {
            char c = s.charAt(i);
            int start = i;
            if (Character.isWhitespace(c)) {
                i++;
            } else if (s.startsWith("--", i)) {
                int eol = s.indexOf('\n', i);
                i = eol < 0 ? s.length() : eol + 1;
            } else if (s.startsWith("/*", i)) {
                blockComment();
            } else if (c == '"') {
                add(Kind.QUOTED, delimited('"', false), start);
            } else if (c == '\'') {
                add(Kind.STRING, delimited('\'', false), start);
            } else if ((c == 'e' || c == 'E') && i + 1 < s.length() && s.charAt(i + 1) == '\'') {
                i++;
                add(Kind.STRING, delimited('\'', true), start);
            } else if (c == '$' && dollarQuote()) {
                add(Kind.STRING, s.substring(start, i), start);
            } else if (c == '$' && i + 1 < s.length() && Character.isDigit(s.charAt(i + 1))) {
                i++;
                digits();
                add(Kind.SYMBOL, s.substring(start, i), start);
            } else if (Character.isDigit(c) || c == '.' && i + 1 < s.length() && Character.isDigit(s.charAt(i + 1))) {
                number();
                add(Kind.NUMBER, s.substring(start, i), start);
            } else if (wordStart(c)) {
                while (i < s.length() && wordPart(s.charAt(i))) {
                    i++;
                }
                add(Kind.WORD, s.substring(start, i).toLowerCase(Locale.ROOT), start);
            } else {
                i += s.startsWith("::", i) ? 2 : 1;
                add(Kind.SYMBOL, s.substring(start, i), start);
            }
        }
    }

    private void add(Kind kind, String text, int start) {
        out.add(new Token(kind, text, start, i));
    }

    private void blockComment() {
        int depth = 0;
        do {
            if (s.startsWith("/*", i)) {
                depth++;
                i += 2;
            } else if (s.startsWith("*/", i)) {
                depth--;
                i += 2;
            } else {
                i++;
            }
        } while (depth > 0 && i < s.length());
    }

    /** Reads a quoted token from its opening quote; a doubled quote stands for one. Returns the text between the quotes. */
    private String delimited(char quote, boolean backslashEscapes) {
        StringBuilder b = new StringBuilder();
        i++;
        while (i < s.length()) {
            char c = s.charAt(i++);
            if (backslashEscapes && c == '\\' && i < s.length()) {
                b.append(s.charAt(i++));
            } else if (c == quote && i < s.length() && s.charAt(i) == quote) {
                b.append(quote);
                i++;
            } else if (c == quote) {
                return b.toString();
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Consumes a dollar-quoted literal ($$...$$ or $tag$...$tag$) when one starts here. */
    private boolean dollarQuote() {
        int j = i + 1;
        while (j < s.length() && s.charAt(j) != '$' && wordPart(s.charAt(j)) && !(j == i + 1 && Character.isDigit(s.charAt(j)))) {
            j++;
        }
        if (j >= s.length() || s.charAt(j) != '$') {
            return false;
        }
        String tag = s.substring(i, j + 1);
        int close = s.indexOf(tag, j + 1);
        i = close < 0 ? s.length() : close + tag.length();
        return true;
    }

    private void number() {
        digits();
        if (i < s.length() && s.charAt(i) == '.') {
            i++;
            digits();
        }
        if (i + 1 < s.length() && (s.charAt(i) == 'e' || s.charAt(i) == 'E')
                && (Character.isDigit(s.charAt(i + 1)) || (s.charAt(i + 1) == '-' || s.charAt(i + 1) == '+'))) {
            i += 2;
            digits();
        }
    }

    private void digits() {
        while (i < s.length() && Character.isDigit(s.charAt(i))) {
            i++;
        }
    }

    private static boolean wordStart(char c) {
        return Character.isLetter(c) || c == '_';
    }

    private static boolean wordPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }
}
