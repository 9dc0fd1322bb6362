package io.wataomi.core.render;

import io.wataomi.core.diff.Operation;
import io.wataomi.core.model.Column;
import io.wataomi.core.model.ForeignKey;
import io.wataomi.core.model.QualifiedName;
import io.wataomi.core.model.Sequence;
import io.wataomi.core.model.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static io.wataomi.core.model.Identifiers.quote;

/** PostgreSQL statements for each operation: the formatted-SQL format, and the fallback where Liquibase has no change. */
public final class SqlText {
    private SqlText() {
    }

    /** The statements that perform the operation, without trailing semicolons. */
    public static List<String> of(Operation op) {
        if (op instanceof Operation.CreateSchema o) {
            return List.of("CREATE SCHEMA " + quote(o.schema()));
        }
        if (op instanceof Operation.DropSchema o) {
            return List.of("DROP SCHEMA " + quote(o.schema()));
        }
        if (op instanceof Operation.CreateTable o) {
            return createTable(o.table());
        }
        if (op instanceof Operation.DropTable o) {
            return List.of("DROP TABLE " + o.table().name().quoted());
        }
        if (op instanceof Operation.RenameTable o) {
            return List.of("ALTER TABLE " + o.from().quoted() + " RENAME TO " + quote(o.to()));
        }
        if (op instanceof Operation.AddColumn o) {
            return addColumn(o.table(), o.column());
        }
        if (op instanceof Operation.DropColumn o) {
            return List.of(alter(o.table()) + "DROP COLUMN " + quote(o.column().name()));
        }
        if (op instanceof Operation.RenameColumn o) {
            return List.of(alter(o.table()) + "RENAME COLUMN " + quote(o.from()) + " TO " + quote(o.to()));
        }
        if (op instanceof Operation.AlterColumnType o) {
            return List.of(alter(o.table()) + "ALTER COLUMN " + quote(o.column()) + " TYPE " + o.to()
                        + " USING " + quote(o.column()) + "::" + o.to());
        }
        if (op instanceof Operation.SetNotNull o) {
            return List.of(alter(o.table()) + "ALTER COLUMN " + quote(o.column()) + " SET NOT NULL");
        }
        if (op instanceof Operation.DropNotNull o) {
            return List.of(alter(o.table()) + "ALTER COLUMN " + quote(o.column()) + " DROP NOT NULL");
        }
        if (op instanceof Operation.AlterDefault o) {
            return List.of(alter(o.table()) + "ALTER COLUMN " + quote(o.column())
                        + (o.to() == null ? " DROP DEFAULT" : " SET DEFAULT " + o.to()));
        }
        if (op instanceof Operation.AlterIdentity o) {
            return List.of(alter(o.table()) + "ALTER COLUMN " + quote(o.column()) + identity(o));
        }
        if (op instanceof Operation.SetTableComment o) {
            return List.of("COMMENT ON TABLE " + o.table().quoted() + " IS " + literal(o.to()));
        }
        if (op instanceof Operation.SetColumnComment o) {
            return List.of("COMMENT ON COLUMN " + o.table().quoted() + "." + quote(o.column())
                        + " IS " + literal(o.to()));
        }
        if (op instanceof Operation.AddPrimaryKey o) {
            return List.of(alter(o.table()) + "ADD CONSTRAINT " + quote(o.key().name())
                        + " PRIMARY KEY (" + names(o.key().columns()) + ")");
        }
        if (op instanceof Operation.DropPrimaryKey o) {
            return List.of(dropConstraint(o.table(), o.key().name()));
        }
        if (op instanceof Operation.AddUnique o) {
            return List.of(alter(o.table()) + "ADD CONSTRAINT " + quote(o.unique().name()) + " UNIQUE"
                        + (o.unique().nullsNotDistinct() ? " NULLS NOT DISTINCT" : "") + " (" + names(o.unique().columns()) + ")");
        }
        if (op instanceof Operation.DropUnique o) {
            return List.of(dropConstraint(o.table(), o.unique().name()));
        }
        if (op instanceof Operation.CreateIndex o) {
            return List.of(o.index().definition());
        }
        if (op instanceof Operation.DropIndex o) {
            return List.of("DROP INDEX " + new QualifiedName(o.table().schema(), o.index().name()).quoted());
        }
        if (op instanceof Operation.AddForeignKey o) {
            return List.of(alter(o.table()) + "ADD CONSTRAINT " + quote(o.key().name()) + " " + foreignKey(o.key()));
        }
        if (op instanceof Operation.DropForeignKey o) {
            return List.of(dropConstraint(o.table(), o.key().name()));
        }
        if (op instanceof Operation.AddCheck o) {
            return List.of(alter(o.table()) + "ADD CONSTRAINT " + quote(o.check().name()) + " " + o.check().expression());
        }
        if (op instanceof Operation.DropCheck o) {
            return List.of(dropConstraint(o.table(), o.check().name()));
        }
        if (op instanceof Operation.RenameConstraint o) {
            return List.of(alter(o.table()) + "RENAME CONSTRAINT " + quote(o.from()) + " TO " + quote(o.to()));
        }
        if (op instanceof Operation.RenameIndex o) {
            return List.of("ALTER INDEX " + new QualifiedName(o.table().schema(), o.from()).quoted()
                        + " RENAME TO " + quote(o.to()));
        }
        if (op instanceof Operation.CreateSequence o) {
            return List.of("CREATE SEQUENCE " + o.sequence().name().quoted() + sequenceOptions(o.sequence()));
        }
        if (op instanceof Operation.DropSequence o) {
            return List.of("DROP SEQUENCE " + o.sequence().name().quoted());
        }
        if (op instanceof Operation.AlterSequence o) {
            return alterSequence(o.from(), o.to());
        }
        if (op instanceof Operation.CreateEnum o) {
            return List.of("CREATE TYPE " + o.type().name().quoted() + " AS ENUM (" + literals(o.type().labels()) + ")");
        }
        if (op instanceof Operation.DropEnum o) {
            return List.of("DROP TYPE " + o.type().name().quoted());
        }
        if (op instanceof Operation.AlterEnum o) {
            return EnumSql.alter(o);
        }
        throw new IllegalArgumentException("Unknown operation " + op);
    }

    static String alter(QualifiedName table) {
        return "ALTER TABLE " + table.quoted() + " ";
    }

    private static String dropConstraint(QualifiedName table, String name) {
        return alter(table) + "DROP CONSTRAINT " + quote(name);
    }

    private static List<String> createTable(Table t) {
        List<String> parts = new ArrayList<>();
        t.columns().forEach(c -> parts.add(columnDefinition(c)));
        if (t.primaryKey() != null) {
            parts.add("CONSTRAINT " + quote(t.primaryKey().name()) + " PRIMARY KEY (" + names(t.primaryKey().columns()) + ")");
        }
        List<String> out = new ArrayList<>();
        out.add("CREATE TABLE " + t.name().quoted() + " (\n    " + String.join(",\n    ", parts) + "\n)");
        if (t.comment() != null) {
            out.add("COMMENT ON TABLE " + t.name().quoted() + " IS " + literal(t.comment()));
        }
        t.columns().stream().filter(c -> c.comment() != null).forEach(c ->
                out.add("COMMENT ON COLUMN " + t.name().quoted() + "." + quote(c.name()) + " IS " + literal(c.comment())));
        return out;
    }

    private static List<String> addColumn(QualifiedName table, Column c) {
        List<String> out = new ArrayList<>();
        out.add(alter(table) + "ADD COLUMN " + columnDefinition(c));
        if (c.comment() != null) {
            out.add("COMMENT ON COLUMN " + table.quoted() + "." + quote(c.name()) + " IS " + literal(c.comment()));
        }
        return out;
    }

    /** A column as in CREATE TABLE: name, type, default or identity or generation, NOT NULL. */
    static String columnDefinition(Column c) {
        StringBuilder sb = new StringBuilder(quote(c.name())).append(' ').append(c.type());
        if (c.generated() != null) {
            sb.append(" GENERATED ALWAYS AS (").append(c.generated()).append(") STORED");
        } else if (c.identity() != null) {
            sb.append(c.identity() == Column.Identity.ALWAYS ? " GENERATED ALWAYS AS IDENTITY" : " GENERATED BY DEFAULT AS IDENTITY");
        } else if (c.defaultValue() != null) {
            sb.append(" DEFAULT ").append(c.defaultValue());
        }
        if (!c.nullable()) {
            sb.append(" NOT NULL");
        }
        return sb.toString();
    }

    private static String identity(Operation.AlterIdentity o) {
        if (o.to() == null) {
            return " DROP IDENTITY";
        }
        String kind = o.to() == Column.Identity.ALWAYS ? "ALWAYS" : "BY DEFAULT";
        return o.from() == null ? " ADD GENERATED " + kind + " AS IDENTITY" : " SET GENERATED " + kind;
    }

    static String foreignKey(ForeignKey fk) {
        StringBuilder sb = new StringBuilder("FOREIGN KEY (").append(names(fk.columns())).append(") REFERENCES ")
                .append(fk.target().quoted()).append(" (").append(names(fk.targetColumns())).append(')');
        if (!"NO ACTION".equals(fk.onUpdate())) {
            sb.append(" ON UPDATE ").append(fk.onUpdate());
        }
        if (!"NO ACTION".equals(fk.onDelete())) {
            sb.append(" ON DELETE ").append(fk.onDelete());
        }
        if (fk.deferrable()) {
            sb.append(" DEFERRABLE").append(fk.initiallyDeferred() ? " INITIALLY DEFERRED" : "");
        }
        return sb.toString();
    }

    private static String sequenceOptions(Sequence s) {
        return " AS " + s.dataType() + " INCREMENT BY " + s.increment() + " MINVALUE " + s.minValue() + " MAXVALUE " + s.maxValue()
                + " START WITH " + s.start() + " CACHE " + s.cache() + (s.cycle() ? " CYCLE" : " NO CYCLE");
    }

    private static List<String> alterSequence(Sequence from, Sequence to) {
        List<String> out = new ArrayList<>();
        if (!from.withOwner(null).equals(to.withOwner(null))) {
            out.add("ALTER SEQUENCE " + to.name().quoted() + sequenceOptions(to));
        }
        if (!java.util.Objects.equals(from.ownedBy(), to.ownedBy())) {
            out.add("ALTER SEQUENCE " + to.name().quoted() + " OWNED BY " + owner(to));
        }
        return out;
    }

    private static String owner(Sequence s) {
        if (s.ownedBy() == null) {
            return "NONE";
        }
        int dot = s.ownedBy().lastIndexOf('.');
        return new QualifiedName(s.name().schema(), s.ownedBy().substring(0, dot)).quoted() + "." + quote(s.ownedBy().substring(dot + 1));
    }

    /** A SQL string literal, or NULL. */
    static String literal(String s) {
        return s == null ? "NULL" : "'" + s.replace("'", "''") + "'";
    }

    static String literals(List<String> values) {
        return values.stream().map(SqlText::literal).collect(Collectors.joining(", "));
    }

    static String names(List<String> columns) {
        return columns.stream().map(io.wataomi.core.model.Identifiers::quote).collect(Collectors.joining(", "));
    }
}
