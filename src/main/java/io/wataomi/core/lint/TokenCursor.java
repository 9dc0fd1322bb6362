package io.wataomi.core.lint;

import io.wataomi.core.lint.SqlLexer.Kind;
import io.wataomi.core.lint.SqlLexer.Token;
import io.wataomi.core.model.QualifiedName;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** A cursor over the tokens of one statement: what the parser reads words, names and parenthesised groups with. */
final class TokenCursor {
    private final String source;
    private final List<Token> tokens;
    private int i;

    TokenCursor(String source, List<Token> tokens) {
        this.source = source;
        this.tokens = tokens;
    }

    /** A cursor over all of a text, e.g. one name. */
    static TokenCursor of(String text) {
        return new TokenCursor(text, SqlLexer.tokens(text));
    }

    /** The statements of a text, split at semicolons outside literals, quoted names and comments; empty ones dropped. */
    static List<TokenCursor> statements(String text) {
        List<TokenCursor> out = new ArrayList<>();
        List<Token> current = new ArrayList<>();
        for (Token t : SqlLexer.tokens(text)) {
            if (t.isSymbol(";")) {
                if (!current.isEmpty()) {
                    out.add(new TokenCursor(text, current));
                }
                current = new ArrayList<>();
            } else {
                current.add(t);
            }
        }
        if (!current.isEmpty()) {
            out.add(new TokenCursor(text, current));
        }
        return out;
    }

    /** The statement's text as written, from its first token to its last. */
    String text() {
        return tokens.isEmpty() ? "" : source.substring(tokens.get(0).start(), tokens.get(tokens.size() - 1).end());
    }

    /** The source text of a run of this statement's tokens. */
    String text(List<Token> run) {
        return run.isEmpty() ? "" : source.substring(run.get(0).start(), run.get(run.size() - 1).end());
    }

    boolean atEnd() {
        return i >= tokens.size();
    }

    /** The token {@code ahead} places on, or null past the end. */
    Token peek(int ahead) {
        return i + ahead < tokens.size() ? tokens.get(i + ahead) : null;
    }

    Token next() {
        return atEnd() ? null : tokens.get(i++);
    }

    /** True when the next token is this word; consumes nothing. */
    boolean at(String word) {
        Token t = peek(0);
        return t != null && t.isWord(word);
    }

    /** Consumes the word if it is next. */
    boolean word(String word) {
        if (at(word)) {
            i++;
            return true;
        }
        return false;
    }

    /** Consumes the words if they all come next, else nothing. */
    boolean words(String... words) {
        for (int k = 0; k < words.length; k++) {
            Token t = peek(k);
            if (t == null || !t.isWord(words[k])) {
                return false;
            }
        }
        i += words.length;
        return true;
    }

    /** Consumes the symbol if it is next. */
    boolean symbol(String symbol) {
        Token t = peek(0);
        if (t != null && t.isSymbol(symbol)) {
            i++;
            return true;
        }
        return false;
    }

    /** One name, as PostgreSQL reads it (quoted as written, unquoted in lower case), or null when none is next. */
    String name() {
        Token t = peek(0);
        if (t == null || !t.isName()) {
            return null;
        }
        i++;
        return t.text();
    }

    /** A name that may be schema-qualified; an unqualified one is in the default schema. Null when none is next. */
    QualifiedName qualifiedName(String defaultSchema) {
        return qualify(nameParts(), defaultSchema);
    }

    /** The parts of a dotted name ({@code schema.table.column}), empty when no name is next. */
    List<String> nameParts() {
        List<String> parts = new ArrayList<>();
        String part = name();
        while (part != null) {
            parts.add(part);
            if (!(atSymbol(".") && peek(1) != null && peek(1).isName())) {
                break;
            }
            i++;
            part = name();
        }
        return parts;
    }

    /** The object a dotted name's last two parts denote; null for no parts. */
    static QualifiedName qualify(List<String> parts, String defaultSchema) {
        if (parts.isEmpty()) {
            return null;
        }
        return new QualifiedName(parts.size() > 1 ? parts.get(parts.size() - 2) : defaultSchema, parts.get(parts.size() - 1));
    }

    /** True when the next token is this symbol; consumes nothing. */
    boolean atSymbol(String symbol) {
        Token t = peek(0);
        return t != null && t.isSymbol(symbol);
    }

    /** The tokens of a parenthesised group, without its parentheses, when one starts here; else null and nothing consumed. */
    List<Token> group() {
        if (!atSymbol("(")) {
            return null;
        }
        int depth = 0;
        int start = i;
        while (i < tokens.size()) {
            Token t = tokens.get(i++);
            if (t.isSymbol("(")) {
                depth++;
            } else if (t.isSymbol(")") && --depth == 0) {
                return tokens.subList(start + 1, i - 1);
            }
        }
        return tokens.subList(start + 1, i);
    }

    /**
     * The tokens up to (not including) the next comma outside parentheses, the end, or a word of {@code stops} outside
     * parentheses; the stop is not consumed.
     */
    List<Token> until(Set<String> stops) {
        int start = i;
        int depth = 0;
        while (i < tokens.size()) {
            Token t = tokens.get(i);
            if (depth == 0 && (t.isSymbol(",") || t.kind() == Kind.WORD && stops.contains(t.text()) && i > start)) {
                break;
            }
            if (t.isSymbol("(")) {
                depth++;
            } else if (t.isSymbol(")")) {
                depth--;
            }
            i++;
        }
        return tokens.subList(start, i);
    }

    /** Skips to after the next comma outside parentheses; false at the end. */
    boolean nextItem() {
        until(Set.of());
        return symbol(",");
    }

    /** A cursor over some of this statement's tokens, e.g. a parenthesised group. */
    TokenCursor over(List<Token> run) {
        return new TokenCursor(source, run);
    }

    /** The words and names of the rest of the statement, e.g. to see whether it names a table and a column. */
    List<Token> rest() {
        List<Token> r = tokens.subList(i, tokens.size());
        i = tokens.size();
        return r;
    }
}
