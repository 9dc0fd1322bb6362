package io.wataomi.core.lint;

import io.wataomi.core.lint.Ddl.AddCheck;
import io.wataomi.core.lint.Ddl.AddColumn;
import io.wataomi.core.lint.Ddl.AddForeignKey;
import io.wataomi.core.lint.Ddl.AddUnique;
import io.wataomi.core.lint.Ddl.AlterType;
import io.wataomi.core.lint.Ddl.DefaultValue;
import io.wataomi.core.lint.Ddl.DropColumn;
import io.wataomi.core.lint.Ddl.Fixed;
import io.wataomi.core.lint.Ddl.RenameColumn;
import io.wataomi.core.lint.Ddl.RenameTable;
import io.wataomi.core.lint.Ddl.SetNotNull;
import io.wataomi.core.lint.Ddl.Unknown;
import io.wataomi.core.lint.Ddl.ValidateConstraint;
import io.wataomi.core.lint.SqlLexer.Token;
import io.wataomi.core.model.QualifiedName;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Reads ALTER TABLE (after those two words): the table, then each of its comma-separated actions. */
final class AlterTableParser {
    /** The words that end a column's type and start its constraints. */
    private static final Set<String> COLUMN_STOPS = Set.of("constraint", "not", "null", "default", "check", "unique", "primary",
            "references", "generated", "collate", "deferrable", "initially", "using");
    private static final Set<String> SERIALS = Set.of("serial", "bigserial", "smallserial", "serial2", "serial4", "serial8");

    private final String defaultSchema;

    AlterTableParser(String defaultSchema) {
        this.defaultSchema = defaultSchema;
    }

    List<Ddl> parse(TokenCursor c) {
        c.words("if", "exists");
        c.word("only");
        QualifiedName table = c.qualifiedName(defaultSchema);
        c.symbol("*");
        if (table == null) {
            return List.of(new Unknown("ALTER TABLE without a table name"));
        }
        if (c.word("rename")) {
            return List.of(rename(table, c));
        }
        if (c.words("set", "schema")) {
            return List.of(new Fixed(table, "SET SCHEMA", Lock.ACCESS_EXCLUSIVE, Effect.NONE));
        }
        List<Ddl> out = new ArrayList<>();
        do {
            out.add(action(table, c));
        } while (c.nextItem());
        return out;
    }

    private Ddl rename(QualifiedName table, TokenCursor c) {
        if (c.word("to")) {
            String newName = c.name();
            return newName == null ? new Unknown("RENAME TO without a name") : new RenameTable(table, newName);
        }
        if (c.word("constraint")) {
            return new Fixed(table, "RENAME CONSTRAINT", Lock.ACCESS_EXCLUSIVE, Effect.NONE);
        }
        c.word("column");
        String column = c.name();
        String newName = c.word("to") ? c.name() : null;
        return column == null || newName == null ? new Unknown("ALTER TABLE ... RENAME without a column and its new name")
                : new RenameColumn(table, column, newName);
    }

    private Ddl action(QualifiedName table, TokenCursor c) {
        if (c.word("add")) {
            Token next = c.peek(0);
            boolean constraint = next != null && next.kind() == SqlLexer.Kind.WORD
                    && Set.of("constraint", "check", "foreign", "unique", "primary", "exclude").contains(next.text());
            if (constraint) {
                return constraint(table, c);
            }
            c.word("column");
            c.words("if", "not", "exists");
            return addColumn(table, c);
        }
        if (c.word("drop")) {
            if (c.word("constraint")) {
                return new Fixed(table, "DROP CONSTRAINT", Lock.ACCESS_EXCLUSIVE, Effect.NONE);
            }
            c.word("column");
            c.words("if", "exists");
            String column = c.name();
            return column == null ? new Unknown("DROP COLUMN without a column name") : new DropColumn(table, column);
        }
        if (c.word("alter")) {
            c.word("column");
            String column = c.name();
            return column == null ? new Unknown("ALTER COLUMN without a column name") : alterColumn(table, column, c);
        }
        if (c.words("validate", "constraint")) {
            return new ValidateConstraint(table, c.name());
        }
        return other(table, c);
    }

    /** The table-wide actions with one known lock: PostgreSQL's manual, ALTER TABLE. */
    private static Ddl other(QualifiedName table, TokenCursor c) {
        if (c.words("set", "logged") || c.words("set", "unlogged") || c.words("set", "tablespace") || c.words("set", "access", "method")) {
            return new Fixed(table, "ALTER TABLE SET (rewriting form)", Lock.ACCESS_EXCLUSIVE, Effect.REWRITE);
        }
        if (c.word("set") && c.group() != null || c.word("reset") || c.words("cluster", "on")) {
            return new Fixed(table, "ALTER TABLE storage setting", Lock.SHARE_UPDATE_EXCLUSIVE, Effect.NONE);
        }
        if (c.word("enable") || c.word("disable")) {
            return c.word("trigger") || c.word("replica") || c.word("always")
                    ? new Fixed(table, "ENABLE/DISABLE TRIGGER", Lock.SHARE_ROW_EXCLUSIVE, Effect.NONE)
                    : new Fixed(table, "ENABLE/DISABLE (catalog only)", Lock.ACCESS_EXCLUSIVE, Effect.NONE);
        }
        if (c.words("owner", "to") || c.word("inherit") || c.words("no", "inherit")) {
            return new Fixed(table, "ALTER TABLE (catalog only)", Lock.ACCESS_EXCLUSIVE, Effect.NONE);
        }
        if (c.words("attach", "partition")) {
            return new Fixed(table, "ATTACH PARTITION", Lock.SHARE_UPDATE_EXCLUSIVE, Effect.SCAN);
        }
        Token t = c.peek(0);
        return new Unknown("ALTER TABLE ... " + (t == null ? "" : t.text()) + ": a form the linter does not read");
    }

    private Ddl constraint(QualifiedName table, TokenCursor c) {
        String name = c.word("constraint") ? c.name() : null;
        if (c.word("check")) {
            List<Token> check = c.group();
            List<Token> tail = c.until(Set.of());
            return new AddCheck(table, name, check == null ? null : SqlFragments.notNullColumn(check),
                    SqlFragments.hasWords(tail, "not", "valid"));
        }
        if (c.words("foreign", "key")) {
            c.group();
            if (!c.word("references")) {
                return new Unknown("FOREIGN KEY without REFERENCES");
            }
            QualifiedName referenced = c.qualifiedName(defaultSchema);
            return new AddForeignKey(table, referenced, SqlFragments.hasWords(c.until(Set.of()), "not", "valid"));
        }
        boolean primaryKey = c.words("primary", "key");
        if (primaryKey || c.word("unique")) {
            return new AddUnique(table, c.words("using", "index"), primaryKey);
        }
        if (c.word("exclude")) {
            return new Fixed(table, "ADD EXCLUDE", Lock.ACCESS_EXCLUSIVE, Effect.SCAN);
        }
        return new Unknown("ADD CONSTRAINT of a kind the linter does not read");
    }

    private Ddl addColumn(QualifiedName table, TokenCursor c) {
        String column = c.name();
        if (column == null) {
            return new Unknown("ADD COLUMN without a column name");
        }
        String type = SqlFragments.typeText(c.until(COLUMN_STOPS));
        boolean notNull = false;
        DefaultValue defaultValue = null;
        boolean perRow = SERIALS.contains(type);
        boolean indexed = false;
        boolean checked = false;
        while (!c.atEnd() && !c.atSymbol(",")) {
            if (c.words("not", "null")) {
                notNull = true;
            } else if (c.word("default")) {
                List<Token> expression = c.until(COLUMN_STOPS);
                defaultValue = new DefaultValue(c.text(expression), SqlFragments.functions(expression));
            } else if (c.word("generated")) {
                perRow = true;
                skipGenerated(c);
            } else if (c.word("unique") || c.words("primary", "key")) {
                indexed = true;
            } else if (c.word("check") || c.word("references")) {
                checked = true;
            } else {
                c.next();
            }
        }
        return new AddColumn(table, column, type, notNull, defaultValue, perRow, indexed, checked);
    }

    /** Skips the rest of GENERATED {ALWAYS | BY DEFAULT} AS {IDENTITY [(options)] | (expression) STORED}. */
    private static void skipGenerated(TokenCursor c) {
        if (!c.word("always")) {
            c.words("by", "default");
        }
        c.word("as");
        c.word("identity");
        c.group();
        c.word("stored");
    }

    private Ddl alterColumn(QualifiedName table, String column, TokenCursor c) {
        if (c.words("set", "data", "type") || c.word("type")) {
            String type = SqlFragments.typeText(c.until(Set.of("collate", "using")));
            if (c.word("collate")) {
                c.name();
            }
            boolean plain = !c.word("using") || SqlFragments.plainCast(c.until(Set.of()), column, type);
            return new AlterType(table, column, type, plain);
        }
        if (c.words("set", "not", "null")) {
            return new SetNotNull(table, column);
        }
        if (c.words("drop", "not", "null") || c.words("set", "default") || c.words("drop", "default") || c.words("drop", "identity")
                || c.words("add", "generated") || c.words("set", "storage") || c.words("set", "compression")) {
            return new Fixed(table, "ALTER COLUMN (catalog only)", Lock.ACCESS_EXCLUSIVE, Effect.NONE);
        }
        if (c.words("set", "statistics") || c.words("set") && c.group() != null || c.word("reset")) {
            return new Fixed(table, "ALTER COLUMN statistics or options", Lock.SHARE_UPDATE_EXCLUSIVE, Effect.NONE);
        }
        return new Unknown("ALTER COLUMN ... a form the linter does not read");
    }
}
