package io.wataomi.core.render;

import io.wataomi.core.diff.Operation;
import io.wataomi.core.diff.OperationVisitor;
import io.wataomi.core.model.Column;
import io.wataomi.core.model.QualifiedName;
import io.wataomi.core.model.Sequence;
import io.wataomi.core.model.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static io.wataomi.core.model.Identifiers.quote;
import static io.wataomi.core.render.SqlText.alter;
import static io.wataomi.core.render.SqlText.columnDefinition;
import static io.wataomi.core.render.SqlText.literal;
import static io.wataomi.core.render.SqlText.literals;
import static io.wataomi.core.render.SqlText.names;

/** The PostgreSQL statements of each operation, without trailing semicolons (behind {@link SqlText#of}). */
final class SqlStatements implements OperationVisitor<List<String>> {
    static final SqlStatements INSTANCE = new SqlStatements();

    private SqlStatements() {
    }

    @Override
    public List<String> visit(Operation.CreateSchema op) {
        return List.of("CREATE SCHEMA " + quote(op.schema()));
    }

    @Override
    public List<String> visit(Operation.DropSchema op) {
        return List.of("DROP SCHEMA " + quote(op.schema()));
    }

    @Override
    public List<String> visit(Operation.CreateTable op) {
        return createTable(op.table());
    }

    @Override
    public List<String> visit(Operation.DropTable op) {
        return List.of("DROP TABLE " + op.table().name().quoted());
    }

    @Override
    public List<String> visit(Operation.RenameTable op) {
        return List.of("ALTER TABLE " + op.from().quoted() + " RENAME TO " + quote(op.to()));
    }

    @Override
    public List<String> visit(Operation.AddColumn op) {
        List<String> out = new ArrayList<>();
        out.add(alter(op.table()) + "ADD COLUMN " + columnDefinition(op.column()));
        if (op.column().comment() != null) {
            out.add(columnComment(op.table(), op.column().name(), op.column().comment()));
        }
        return out;
    }

    @Override
    public List<String> visit(Operation.DropColumn op) {
        return List.of(alter(op.table()) + "DROP COLUMN " + quote(op.column().name()));
    }

    @Override
    public List<String> visit(Operation.RenameColumn op) {
        return List.of(alter(op.table()) + "RENAME COLUMN " + quote(op.from()) + " TO " + quote(op.to()));
    }

    @Override
    public List<String> visit(Operation.AlterColumnType op) {
        return List.of(alterColumn(op.table(), op.column()) + " TYPE " + op.to() + " USING " + quote(op.column()) + "::" + op.to());
    }

    @Override
    public List<String> visit(Operation.SetNotNull op) {
        return List.of(alterColumn(op.table(), op.column()) + " SET NOT NULL");
    }

    @Override
    public List<String> visit(Operation.DropNotNull op) {
        return List.of(alterColumn(op.table(), op.column()) + " DROP NOT NULL");
    }

    @Override
    public List<String> visit(Operation.AlterDefault op) {
        return List.of(alterColumn(op.table(), op.column()) + (op.to() == null ? " DROP DEFAULT" : " SET DEFAULT " + op.to()));
    }

    @Override
    public List<String> visit(Operation.AlterIdentity op) {
        return List.of(alterColumn(op.table(), op.column()) + identity(op));
    }

    @Override
    public List<String> visit(Operation.SetTableComment op) {
        return List.of("COMMENT ON TABLE " + op.table().quoted() + " IS " + literal(op.to()));
    }

    @Override
    public List<String> visit(Operation.SetColumnComment op) {
        return List.of(columnComment(op.table(), op.column(), op.to()));
    }

    @Override
    public List<String> visit(Operation.AddPrimaryKey op) {
        return List.of(alter(op.table()) + "ADD CONSTRAINT " + quote(op.key().name()) + " PRIMARY KEY (" + names(op.key().columns()) + ")");
    }

    @Override
    public List<String> visit(Operation.DropPrimaryKey op) {
        return dropConstraint(op.table(), op.key().name());
    }

    @Override
    public List<String> visit(Operation.AddUnique op) {
        return List.of(alter(op.table()) + "ADD CONSTRAINT " + quote(op.unique().name()) + " UNIQUE"
                + (op.unique().nullsNotDistinct() ? " NULLS NOT DISTINCT" : "") + " (" + names(op.unique().columns()) + ")");
    }

    @Override
    public List<String> visit(Operation.DropUnique op) {
        return dropConstraint(op.table(), op.unique().name());
    }

    @Override
    public List<String> visit(Operation.CreateIndex op) {
        return List.of(op.index().definition());
    }

    @Override
    public List<String> visit(Operation.DropIndex op) {
        return List.of("DROP INDEX " + new QualifiedName(op.table().schema(), op.index().name()).quoted());
    }

    @Override
    public List<String> visit(Operation.AddForeignKey op) {
        return List.of(alter(op.table()) + "ADD CONSTRAINT " + quote(op.key().name()) + " " + SqlText.foreignKey(op.key()));
    }

    @Override
    public List<String> visit(Operation.DropForeignKey op) {
        return dropConstraint(op.table(), op.key().name());
    }

    @Override
    public List<String> visit(Operation.AddCheck op) {
        return List.of(alter(op.table()) + "ADD CONSTRAINT " + quote(op.check().name()) + " " + op.check().expression());
    }

    @Override
    public List<String> visit(Operation.DropCheck op) {
        return dropConstraint(op.table(), op.check().name());
    }

    @Override
    public List<String> visit(Operation.RenameConstraint op) {
        return List.of(alter(op.table()) + "RENAME CONSTRAINT " + quote(op.from()) + " TO " + quote(op.to()));
    }

    @Override
    public List<String> visit(Operation.RenameIndex op) {
        return List.of("ALTER INDEX " + new QualifiedName(op.table().schema(), op.from()).quoted() + " RENAME TO " + quote(op.to()));
    }

    @Override
    public List<String> visit(Operation.CreateSequence op) {
        return List.of("CREATE SEQUENCE " + op.sequence().name().quoted() + sequenceOptions(op.sequence()));
    }

    @Override
    public List<String> visit(Operation.DropSequence op) {
        return List.of("DROP SEQUENCE " + op.sequence().name().quoted());
    }

    @Override
    public List<String> visit(Operation.AlterSequence op) {
        List<String> out = new ArrayList<>();
        Sequence to = op.to();
        if (!op.from().withOwner(null).equals(to.withOwner(null))) {
            out.add("ALTER SEQUENCE " + to.name().quoted() + sequenceOptions(to));
        }
        if (!Objects.equals(op.from().ownedBy(), to.ownedBy())) {
            out.add("ALTER SEQUENCE " + to.name().quoted() + " OWNED BY " + owner(to));
        }
        return out;
    }

    @Override
    public List<String> visit(Operation.CreateEnum op) {
        return List.of("CREATE TYPE " + op.type().name().quoted() + " AS ENUM (" + literals(op.type().labels()) + ")");
    }

    @Override
    public List<String> visit(Operation.DropEnum op) {
        return List.of("DROP TYPE " + op.type().name().quoted());
    }

    @Override
    public List<String> visit(Operation.AlterEnum op) {
        return EnumSql.alter(op);
    }

    private static String alterColumn(QualifiedName table, String column) {
        return alter(table) + "ALTER COLUMN " + quote(column);
    }

    private static List<String> dropConstraint(QualifiedName table, String name) {
        return List.of(alter(table) + "DROP CONSTRAINT " + quote(name));
    }

    private static String columnComment(QualifiedName table, String column, String comment) {
        return "COMMENT ON COLUMN " + table.quoted() + "." + quote(column) + " IS " + literal(comment);
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
        t.columns().stream().filter(c -> c.comment() != null).forEach(c -> out.add(columnComment(t.name(), c.name(), c.comment())));
        return out;
    }

    private static String identity(Operation.AlterIdentity o) {
        if (o.to() == null) {
            return " DROP IDENTITY";
        }
        String kind = o.to() == Column.Identity.ALWAYS ? "ALWAYS" : "BY DEFAULT";
        return o.from() == null ? " ADD GENERATED " + kind + " AS IDENTITY" : " SET GENERATED " + kind;
    }

    private static String sequenceOptions(Sequence s) {
        return " AS " + s.dataType() + " INCREMENT BY " + s.increment() + " MINVALUE " + s.minValue() + " MAXVALUE " + s.maxValue()
                + " START WITH " + s.start() + " CACHE " + s.cache() + (s.cycle() ? " CYCLE" : " NO CYCLE");
    }

    /** The OWNED BY target: the owning column schema-qualified, or NONE. */
    private static String owner(Sequence s) {
        if (s.ownedBy() == null) {
            return "NONE";
        }
        int dot = s.ownedBy().lastIndexOf('.');
        return new QualifiedName(s.name().schema(), s.ownedBy().substring(0, dot)).quoted() + "." + quote(s.ownedBy().substring(dot + 1));
    }
}
