package io.wataomi.core.diff;

import io.wataomi.core.model.CheckConstraint;
import io.wataomi.core.model.Column;
import io.wataomi.core.model.EnumType;
import io.wataomi.core.model.ForeignKey;
import io.wataomi.core.model.Index;
import io.wataomi.core.model.PrimaryKey;
import io.wataomi.core.model.QualifiedName;
import io.wataomi.core.model.Sequence;
import io.wataomi.core.model.Table;
import io.wataomi.core.model.UniqueConstraint;

/**
 * One schema change. Every operation carries what its inverse needs, so {@link #reverse()} is exact and a
 * revision's rollback is the reversed list of reversed operations, never a second diff.
 */
public sealed interface Operation {
    /** The operation that undoes this one. */
    Operation reverse();

    /** True when applying it can lose data (dropped tables or columns, narrowed types, NOT NULL over NULLs). */
    default boolean destructive() {
        return false;
    }

    /** One line for people, e.g. {@code add column public.user.bio}. */
    String describe();

    /** Calls the visitor's method for this kind of operation. */
    <R> R accept(OperationVisitor<R> visitor);

    /** Creates a schema the entities use and the database lacks. */
    record CreateSchema(String schema) implements Operation {
        public Operation reverse() {
            return new DropSchema(schema);
        }

        public String describe() {
            return "create schema " + schema;
        }

        public <R> R accept(OperationVisitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /** Drops an empty schema (only ever as the rollback of its creation). */
    record DropSchema(String schema) implements Operation {
        public Operation reverse() {
            return new CreateSchema(schema);
        }

        public String describe() {
            return "drop schema " + schema;
        }

        public <R> R accept(OperationVisitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /** A table with its columns and primary key; its other constraints and indexes are separate operations. */
    record CreateTable(Table table) implements Operation {
        public Operation reverse() {
            return new DropTable(table);
        }

        public String describe() {
            return "create table " + table.name();
        }

        public <R> R accept(OperationVisitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /** Drops a table; its indexes and constraints are dropped by operations before it, so the reverse restores them. */
    record DropTable(Table table) implements Operation {
        public Operation reverse() {
            return new CreateTable(table);
        }

        public boolean destructive() {
            return true;
        }

        public String describe() {
            return "drop table " + table.name();
        }

        public <R> R accept(OperationVisitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /** Renames a table within its schema, keeping its rows. */
    record RenameTable(QualifiedName from, String to) implements Operation {
        public Operation reverse() {
            return new RenameTable(new QualifiedName(from.schema(), to), from.name());
        }

        public String describe() {
            return "rename table " + from + " to " + to;
        }

        public <R> R accept(OperationVisitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /** Adds a column. */
    record AddColumn(QualifiedName table, Column column) implements Operation {
        public Operation reverse() {
            return new DropColumn(table, column);
        }

        public String describe() {
            return "add column " + table + "." + column.name() + " " + column.type();
        }

        public <R> R accept(OperationVisitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /** Drops a column. */
    record DropColumn(QualifiedName table, Column column) implements Operation {
        public Operation reverse() {
            return new AddColumn(table, column);
        }

        public boolean destructive() {
            return true;
        }

        public String describe() {
            return "drop column " + table + "." + column.name();
        }

        public <R> R accept(OperationVisitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /** Renames a column, keeping its values. */
    record RenameColumn(QualifiedName table, String from, String to) implements Operation {
        public Operation reverse() {
            return new RenameColumn(table, to, from);
        }

        public String describe() {
            return "rename column " + table + "." + from + " to " + to;
        }

        public <R> R accept(OperationVisitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /** Changes a column's type (length, precision and scale included). */
    record AlterColumnType(QualifiedName table, String column, String from, String to) implements Operation {
        public Operation reverse() {
            return new AlterColumnType(table, column, to, from);
        }

        public boolean destructive() {
            return !Types.widens(from, to);
        }

        /** True when PostgreSQL rewrites the whole table for it, holding an ACCESS EXCLUSIVE lock throughout. */
        public boolean rewritesTable() {
            return Types.rewrites(from, to);
        }

        public String describe() {
            return "alter column " + table + "." + column + " type " + from + " -> " + to;
        }

        public <R> R accept(OperationVisitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /** SET NOT NULL; {@code nullsPresent} records that the live column holds NULLs, so the change fails or needs a backfill. */
    record SetNotNull(QualifiedName table, String column, boolean nullsPresent) implements Operation {
        public Operation reverse() {
            return new DropNotNull(table, column, nullsPresent);
        }

        public boolean destructive() {
            return nullsPresent;
        }

        public String describe() {
            return "set not null " + table + "." + column + (nullsPresent ? " (the column holds NULLs)" : "");
        }

        public <R> R accept(OperationVisitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /**
     * DROP NOT NULL. {@code nullsPresentWhenSet} is the {@code nullsPresent} of the SET NOT NULL this undoes, kept
     * only so that reversing twice gives that operation back; it changes neither the statement nor the description.
     */
    record DropNotNull(QualifiedName table, String column, boolean nullsPresentWhenSet) implements Operation {
        /** The DROP NOT NULL the diff finds: a column that becomes nullable. */
        public DropNotNull(QualifiedName table, String column) {
            this(table, column, false);
        }

        public Operation reverse() {
            return new SetNotNull(table, column, nullsPresentWhenSet);
        }

        public String describe() {
            return "drop not null " + table + "." + column;
        }

        public <R> R accept(OperationVisitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /** Changes a column's server default; null means no default. */
    record AlterDefault(QualifiedName table, String column, String from, String to) implements Operation {
        public Operation reverse() {
            return new AlterDefault(table, column, to, from);
        }

        public String describe() {
            return "alter column " + table + "." + column + " default " + from + " -> " + to;
        }

        public <R> R accept(OperationVisitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /** Makes a column an identity column, changes its kind, or makes it a plain column again (null). */
    record AlterIdentity(QualifiedName table, String column, Column.Identity from, Column.Identity to) implements Operation {
        public Operation reverse() {
            return new AlterIdentity(table, column, to, from);
        }

        public String describe() {
            return "alter column " + table + "." + column + " identity " + from + " -> " + to;
        }

        public <R> R accept(OperationVisitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /** Sets a table's comment; null removes it. */
    record SetTableComment(QualifiedName table, String from, String to) implements Operation {
        public Operation reverse() {
            return new SetTableComment(table, to, from);
        }

        public String describe() {
            return "comment on table " + table;
        }

        public <R> R accept(OperationVisitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /** Sets a column's comment; null removes it. */
    record SetColumnComment(QualifiedName table, String column, String from, String to) implements Operation {
        public Operation reverse() {
            return new SetColumnComment(table, column, to, from);
        }

        public String describe() {
            return "comment on column " + table + "." + column;
        }

        public <R> R accept(OperationVisitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /** Adds a primary key. */
    record AddPrimaryKey(QualifiedName table, PrimaryKey key) implements Operation {
        public Operation reverse() {
            return new DropPrimaryKey(table, key);
        }

        public String describe() {
            return "add primary key " + key.name() + " on " + table + " " + key.columns();
        }

        public <R> R accept(OperationVisitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /** Drops a primary key. */
    record DropPrimaryKey(QualifiedName table, PrimaryKey key) implements Operation {
        public Operation reverse() {
            return new AddPrimaryKey(table, key);
        }

        public String describe() {
            return "drop primary key " + key.name() + " on " + table;
        }

        public <R> R accept(OperationVisitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /** Adds a unique constraint. */
    record AddUnique(QualifiedName table, UniqueConstraint unique) implements Operation {
        public Operation reverse() {
            return new DropUnique(table, unique);
        }

        public String describe() {
            return "add unique constraint " + unique.name() + " on " + table + " " + unique.columns();
        }

        public <R> R accept(OperationVisitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /** Drops a unique constraint. */
    record DropUnique(QualifiedName table, UniqueConstraint unique) implements Operation {
        public Operation reverse() {
            return new AddUnique(table, unique);
        }

        public String describe() {
            return "drop unique constraint " + unique.name() + " on " + table;
        }

        public <R> R accept(OperationVisitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /** Creates an index. */
    record CreateIndex(QualifiedName table, Index index) implements Operation {
        public Operation reverse() {
            return new DropIndex(table, index);
        }

        public String describe() {
            return "create " + (index.unique() ? "unique " : "") + "index " + index.name() + " on " + table + " " + index.columns();
        }

        public <R> R accept(OperationVisitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /** Drops an index. */
    record DropIndex(QualifiedName table, Index index) implements Operation {
        public Operation reverse() {
            return new CreateIndex(table, index);
        }

        public String describe() {
            return "drop index " + index.name() + " on " + table;
        }

        public <R> R accept(OperationVisitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /** Adds a foreign key. */
    record AddForeignKey(QualifiedName table, ForeignKey key) implements Operation {
        public Operation reverse() {
            return new DropForeignKey(table, key);
        }

        public String describe() {
            return "add foreign key " + key.name() + " on " + table + " " + key.columns() + " -> " + key.target();
        }

        public <R> R accept(OperationVisitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /** Drops a foreign key. */
    record DropForeignKey(QualifiedName table, ForeignKey key) implements Operation {
        public Operation reverse() {
            return new AddForeignKey(table, key);
        }

        public String describe() {
            return "drop foreign key " + key.name() + " on " + table;
        }

        public <R> R accept(OperationVisitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /** Adds a check constraint. */
    record AddCheck(QualifiedName table, CheckConstraint check) implements Operation {
        public Operation reverse() {
            return new DropCheck(table, check);
        }

        public String describe() {
            return "add check constraint " + check.name() + " on " + table;
        }

        public <R> R accept(OperationVisitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /** Drops a check constraint. */
    record DropCheck(QualifiedName table, CheckConstraint check) implements Operation {
        public Operation reverse() {
            return new AddCheck(table, check);
        }

        public String describe() {
            return "drop check constraint " + check.name() + " on " + table;
        }

        public <R> R accept(OperationVisitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /** Renames a constraint (primary key, unique, foreign key or check) whose definition is unchanged. */
    record RenameConstraint(QualifiedName table, String from, String to) implements Operation {
        public Operation reverse() {
            return new RenameConstraint(table, to, from);
        }

        public String describe() {
            return "rename constraint " + from + " on " + table + " to " + to;
        }

        public <R> R accept(OperationVisitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /** Renames an index whose definition is unchanged. */
    record RenameIndex(QualifiedName table, String from, String to) implements Operation {
        public Operation reverse() {
            return new RenameIndex(table, to, from);
        }

        public String describe() {
            return "rename index " + from + " on " + table + " to " + to;
        }

        public <R> R accept(OperationVisitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /** Creates a sequence. */
    record CreateSequence(Sequence sequence) implements Operation {
        public Operation reverse() {
            return new DropSequence(sequence);
        }

        public String describe() {
            return "create sequence " + sequence.name();
        }

        public <R> R accept(OperationVisitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /** Drops a sequence. */
    record DropSequence(Sequence sequence) implements Operation {
        public Operation reverse() {
            return new CreateSequence(sequence);
        }

        public boolean destructive() {
            return true;
        }

        public String describe() {
            return "drop sequence " + sequence.name();
        }

        public <R> R accept(OperationVisitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /** Changes a sequence's options (increment, bounds, cache, cycle, type). */
    record AlterSequence(Sequence from, Sequence to) implements Operation {
        public Operation reverse() {
            return new AlterSequence(to, from);
        }

        public String describe() {
            return "alter sequence " + to.name();
        }

        public <R> R accept(OperationVisitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /** Creates an enum type. */
    record CreateEnum(EnumType type) implements Operation {
        public Operation reverse() {
            return new DropEnum(type);
        }

        public String describe() {
            return "create type " + type.name() + " as enum " + type.labels();
        }

        public <R> R accept(OperationVisitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /** Drops an enum type. */
    record DropEnum(EnumType type) implements Operation {
        public Operation reverse() {
            return new CreateEnum(type);
        }

        public String describe() {
            return "drop type " + type.name();
        }

        public <R> R accept(OperationVisitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /** Changes an enum's labels; columns of the type are converted through text, so a removed label in use fails. */
    record AlterEnum(EnumType from, EnumType to, java.util.List<ColumnRef> columns) implements Operation {
        public Operation reverse() {
            return new AlterEnum(to, from, columns);
        }

        public boolean destructive() {
            return !to.labels().containsAll(from.labels());
        }

        public String describe() {
            return "alter type " + to.name() + " labels " + from.labels() + " -> " + to.labels();
        }

        public <R> R accept(OperationVisitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /** A column of a table, for operations that touch columns of other tables. */
    record ColumnRef(QualifiedName table, String column) {
    }
}
