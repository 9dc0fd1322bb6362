package io.wataomi.core.lint;

import io.wataomi.core.lint.Ddl.CreateIndex;
import io.wataomi.core.lint.Ddl.CreateTable;
import io.wataomi.core.lint.Ddl.DropIndex;
import io.wataomi.core.lint.Ddl.DropTable;
import io.wataomi.core.lint.Ddl.Fixed;
import io.wataomi.core.lint.Ddl.Setting;
import io.wataomi.core.lint.Ddl.Unknown;
import io.wataomi.core.lint.SqlLexer.Token;
import io.wataomi.core.model.QualifiedName;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads the actions of one SQL statement from its tokens: the forms of CREATE, ALTER and DROP that lock tables, the
 * data statements, SET, and the statements that touch no existing table. Anything else is {@link Unknown}, with the
 * reason, rather than a guess.
 */
final class SqlParser {
    /** Objects whose CREATE, ALTER or DROP locks no existing table. */
    private static final Set<String> OTHER_OBJECTS = Set.of("view", "sequence", "type", "function", "procedure", "extension",
            "schema", "domain", "collation", "aggregate", "operator", "role", "user", "statistics", "cast", "language", "server",
            "publication", "subscription", "text");
    private static final Set<String> TABLE_CONSTRAINTS = Set.of("constraint", "primary", "unique", "check", "foreign", "exclude", "like");

    private final String defaultSchema;

    SqlParser(String defaultSchema) {
        this.defaultSchema = defaultSchema;
    }

    /** The actions of every statement of a text, in order, one list per statement, with the statement's text. */
    List<Parsed> parseAll(String sql) {
        List<Parsed> out = new ArrayList<>();
        for (TokenCursor statement : TokenCursor.statements(sql)) {
            out.add(new Parsed(statement.text(), parse(statement)));
        }
        return out;
    }

    /** One statement's text and actions. */
    record Parsed(String sql, List<Ddl> actions) {
    }

    /** The actions of one statement. */
    List<Ddl> parse(TokenCursor c) {
        Token first = c.peek(0);
        if (first == null) {
            return List.of();
        }
        if (c.word("create")) {
            return create(c);
        }
        if (c.word("drop")) {
            return drop(c);
        }
        if (c.word("alter")) {
            return alter(c);
        }
        if (c.word("insert") && c.word("into")) {
            return List.of(new Fixed(table(c), "INSERT", Lock.ROW_EXCLUSIVE, Effect.NONE));
        }
        if (c.word("update")) {
            c.word("only");
            return List.of(changeRows(c, "UPDATE"));
        }
        if (c.word("delete") && c.word("from")) {
            c.word("only");
            return List.of(changeRows(c, "DELETE"));
        }
        if (c.word("truncate")) {
            c.word("table");
            return names(c, t -> new Fixed(t, "TRUNCATE", Lock.ACCESS_EXCLUSIVE, Effect.NONE));
        }
        if (c.word("comment") && c.word("on")) {
            return List.of(comment(c));
        }
        if (c.word("set") || c.word("reset")) {
            c.word("session");
            c.word("local");
            String name = c.name();
            boolean assigned = c.word("to") || c.symbol("=");
            return List.of(new Setting(name, assigned ? c.text(c.rest()) : null));
        }
        if (c.word("select")) {
            return List.of(new Fixed(null, "SELECT", Lock.ACCESS_SHARE, Effect.NONE));
        }
        if (c.word("analyze")) {
            return List.of(new Fixed(table(c), "ANALYZE", Lock.SHARE_UPDATE_EXCLUSIVE, Effect.NONE));
        }
        if (c.word("grant") || c.word("revoke")) {
            return List.of(new Fixed(null, first.text().toUpperCase(Locale.ROOT), Lock.NONE, Effect.NONE));
        }
        if (c.word("do")) {
            return unknown("a DO block: the statements inside it are not read");
        }
        return unknown("a statement the linter does not read (" + first.text() + ")");
    }

    private List<Ddl> create(TokenCursor c) {
        c.words("or", "replace");
        boolean unique = c.word("unique");
        if (c.word("index")) {
            return List.of(createIndex(c));
        }
        if (unique) {
            return unknown("CREATE UNIQUE without INDEX");
        }
        if (c.word("global") || c.word("local")) {
            c.word("temporary");
            c.word("temp");
        }
        boolean temporary = c.word("temporary") || c.word("temp");
        c.word("unlogged");
        if (c.word("table")) {
            return temporary ? List.of(new Fixed(null, "CREATE TEMPORARY TABLE", Lock.NONE, Effect.NONE)) : List.of(createTable(c));
        }
        if (c.word("trigger") || c.words("constraint", "trigger")) {
            while (!c.atEnd() && !c.word("on")) {
                c.next();
            }
            return List.of(new Fixed(table(c), "CREATE TRIGGER", Lock.SHARE_ROW_EXCLUSIVE, Effect.NONE));
        }
        if (c.words("materialized", "view")) {
            return List.of(new Fixed(null, "CREATE MATERIALIZED VIEW", Lock.ACCESS_SHARE, Effect.NONE));
        }
        return otherObject(c, "CREATE");
    }

    private CreateIndex createIndex(TokenCursor c) {
        boolean concurrently = c.word("concurrently");
        c.words("if", "not", "exists");
        QualifiedName index = c.at("on") ? null : c.qualifiedName(defaultSchema);
        if (!c.word("on")) {
            return new CreateIndex(null, index, concurrently);
        }
        c.word("only");
        QualifiedName table = table(c);
        return new CreateIndex(table, index == null || table == null ? index : new QualifiedName(table.schema(), index.name()),
                concurrently);
    }

    private CreateTable createTable(TokenCursor c) {
        c.words("if", "not", "exists");
        QualifiedName table = table(c);
        List<String> columns = new ArrayList<>();
        List<Token> definitions = c.group();
        if (definitions != null) {
            TokenCursor d = c.over(definitions);
            do {
                Token t = d.peek(0);
                if (t != null && t.isName() && !(t.kind() == SqlLexer.Kind.WORD && TABLE_CONSTRAINTS.contains(t.text()))) {
                    columns.add(t.text());
                }
            } while (d.nextItem());
        }
        return new CreateTable(table, columns);
    }

    private List<Ddl> drop(TokenCursor c) {
        if (c.word("index")) {
            boolean concurrently = c.word("concurrently");
            c.words("if", "exists");
            return names(c, index -> new DropIndex(index, null, concurrently));
        }
        if (c.word("table")) {
            c.words("if", "exists");
            return names(c, DropTable::new);
        }
        if (c.word("trigger")) {
            c.words("if", "exists");
            c.name();
            return c.word("on") ? List.of(new Fixed(table(c), "DROP TRIGGER", Lock.ACCESS_EXCLUSIVE, Effect.NONE))
                    : unknown("DROP TRIGGER without ON");
        }
        c.word("materialized");
        return otherObject(c, "DROP");
    }

    private List<Ddl> alter(TokenCursor c) {
        if (c.word("table")) {
            return new AlterTableParser(defaultSchema).parse(c);
        }
        if (c.word("index")) {
            c.words("if", "exists");
            c.qualifiedName(defaultSchema);
            return c.words("rename", "to") ? List.of(new Fixed(null, "ALTER INDEX RENAME", Lock.SHARE_UPDATE_EXCLUSIVE, Effect.NONE))
                    : unknown("an ALTER INDEX other than RENAME");
        }
        return otherObject(c, "ALTER");
    }

    private List<Ddl> otherObject(TokenCursor c, String verb) {
        Token kind = c.peek(0);
        if (kind != null && kind.kind() == SqlLexer.Kind.WORD && OTHER_OBJECTS.contains(kind.text())) {
            return List.of(new Fixed(null, verb + " " + kind.text().toUpperCase(Locale.ROOT), Lock.NONE, Effect.NONE));
        }
        return unknown(verb + " " + (kind == null ? "" : kind.text()) + ": a form the linter does not read");
    }

    /** UPDATE or DELETE: every row without WHERE; with one, how many rows it reaches is not known here. */
    private Fixed changeRows(TokenCursor c, String verb) {
        QualifiedName table = table(c);
        return new Fixed(table, verb, Lock.ROW_EXCLUSIVE, SqlFragments.hasWords(c.rest(), "where") ? Effect.UNKNOWN : Effect.SCAN);
    }

    private Ddl comment(TokenCursor c) {
        if (c.word("table")) {
            return new Fixed(table(c), "COMMENT ON TABLE", Lock.SHARE_UPDATE_EXCLUSIVE, Effect.NONE);
        }
        if (c.word("column")) {
            List<String> parts = c.nameParts();
            QualifiedName table = TokenCursor.qualify(parts.subList(0, Math.max(0, parts.size() - 1)), defaultSchema);
            return new Fixed(table, "COMMENT ON COLUMN", Lock.SHARE_UPDATE_EXCLUSIVE, Effect.NONE);
        }
        return new Fixed(null, "COMMENT ON", Lock.NONE, Effect.NONE);
    }

    private QualifiedName table(TokenCursor c) {
        return c.qualifiedName(defaultSchema);
    }

    private List<Ddl> names(TokenCursor c, Function<QualifiedName, Ddl> action) {
        List<Ddl> out = new ArrayList<>();
        do {
            QualifiedName name = table(c);
            if (name != null) {
                out.add(action.apply(name));
            }
        } while (c.symbol(","));
        return out;
    }

    private static List<Ddl> unknown(String reason) {
        return List.of(new Unknown(reason));
    }
}
