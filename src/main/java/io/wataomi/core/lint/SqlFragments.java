package io.wataomi.core.lint;

import io.wataomi.core.lint.SqlLexer.Kind;
import io.wataomi.core.lint.SqlLexer.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Readings of token runs inside a statement: a type name, the functions an expression calls, a NOT NULL check. */
final class SqlFragments {
    /**
     * Words followed by a parenthesis that are SQL syntax, not functions of pg_proc; their arguments are read all the
     * same. The special values without parentheses (current_timestamp ...) are stable whatever follows.
     */
    private static final Set<String> SYNTAX = Set.of("cast", "coalesce", "nullif", "greatest", "least", "array", "row", "exists",
            "in", "any", "all", "some", "values", "interval", "current_timestamp", "current_time", "localtime", "localtimestamp",
            "current_date", "current_user", "session_user", "current_role", "current_catalog", "current_schema", "user");

    private SqlFragments() {
    }

    /**
     * A type as SQL text in one spelling, whatever the spacing and case it was written in: words in lower case, quoted
     * names quoted, no blanks around parentheses, commas and dots ({@code character varying(255)}, {@code numeric(10,2)}).
     */
    static String typeText(List<Token> run) {
        StringBuilder b = new StringBuilder();
        Token previous = null;
        for (Token t : run) {
            boolean tight = previous == null || t.isSymbol("(") || t.isSymbol(")") || t.isSymbol(",") || t.isSymbol("[")
                    || t.isSymbol("]") || t.isSymbol(".") || previous.isSymbol("(") || previous.isSymbol("[")
                    || previous.isSymbol(".") || previous.isSymbol(",");
            if (!tight) {
                b.append(' ');
            }
            b.append(t.kind() == Kind.QUOTED ? '"' + t.text().replace("\"", "\"\"") + '"' : t.text());
            previous = t;
        }
        return b.toString();
    }

    /** The names of the functions an expression calls, without schema; SQL syntax and type names of casts left out. */
    static List<String> functions(List<Token> expression) {
        List<String> out = new ArrayList<>();
        for (int k = 0; k + 1 < expression.size(); k++) {
            Token t = expression.get(k);
            Token before = k > 0 ? expression.get(k - 1) : null;
            boolean castType = before != null && (before.isSymbol("::") || before.isWord("as"));
            if (t.isName() && expression.get(k + 1).isSymbol("(") && !castType && !(t.kind() == Kind.WORD && SYNTAX.contains(t.text()))
                    && !out.contains(t.text())) {
                out.add(t.text());
            }
        }
        return out;
    }

    /** The run without parentheses that enclose all of it, e.g. {@code ((a IS NOT NULL))} read as {@code a IS NOT NULL}. */
    static List<Token> unwrapped(List<Token> run) {
        List<Token> r = run;
        while (r.size() >= 2 && r.get(0).isSymbol("(") && closes(r)) {
            r = r.subList(1, r.size() - 1);
        }
        return r;
    }

    /** True when the parenthesis opening the run is closed by its last token. */
    private static boolean closes(List<Token> run) {
        int depth = 0;
        for (int k = 0; k < run.size(); k++) {
            if (run.get(k).isSymbol("(")) {
                depth++;
            } else if (run.get(k).isSymbol(")") && --depth == 0) {
                return k == run.size() - 1;
            }
        }
        return false;
    }

    /** The column of a check that is exactly {@code column IS NOT NULL}, else null. */
    static String notNullColumn(List<Token> check) {
        List<Token> r = unwrapped(check);
        if (r.size() == 4 && r.get(0).isName() && r.get(1).isWord("is") && r.get(2).isWord("not") && r.get(3).isWord("null")) {
            return r.get(0).text();
        }
        return null;
    }

    /** True when the words come one after the other somewhere in the run, outside parentheses. */
    static boolean hasWords(List<Token> run, String... words) {
        int depth = 0;
        for (int k = 0; k < run.size(); k++) {
            Token t = run.get(k);
            depth += t.isSymbol("(") ? 1 : t.isSymbol(")") ? -1 : 0;
            if (depth == 0 && k + words.length <= run.size() && matches(run, k, words)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(List<Token> run, int at, String... words) {
        for (int w = 0; w < words.length; w++) {
            if (!run.get(at + w).isWord(words[w])) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when a USING expression only casts the column to the new type ({@code col}, {@code col::type},
     * {@code (col::type)}, as Liquibase writes it): PostgreSQL then decides on a rewrite as it would without USING.
     */
    static boolean plainCast(List<Token> using, String column, String type) {
        List<Token> r = unwrapped(using);
        if (r.isEmpty() || !r.get(0).isName() || !r.get(0).text().equals(column)) {
            return false;
        }
        return r.size() == 1 || r.get(1).isSymbol("::") && typeText(r.subList(2, r.size())).equals(type);
    }
}
