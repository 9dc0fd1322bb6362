package io.wataomi.core.lint;

import io.wataomi.core.model.QualifiedName;

import java.util.List;

/**
 * What one action of a statement does, as far as its lock and its work on the rows go: what the classifier reads
 * from a Liquibase statement object or from SQL text, and what the rules judge. A statement has one action or more
 * (an ALTER TABLE with several clauses).
 */
sealed interface Ddl {
    /** The table the action works on, or null when it touches none. */
    QualifiedName table();

    /**
     * A column's default expression.
     *
     * @param expression the expression as written
     * @param functions  the functions it calls (by name, without schema), whose volatility decides whether every row needs
     *                   its own value
     */
    record DefaultValue(String expression, List<String> functions) {
        public DefaultValue {
            functions = List.copyOf(functions);
        }
    }

    /** CREATE TABLE, with its column names. */
    record CreateTable(QualifiedName table, List<String> columns) implements Ddl {
        public CreateTable {
            columns = List.copyOf(columns);
        }
    }

    /** DROP TABLE. */
    record DropTable(QualifiedName table) implements Ddl {
    }

    /** ALTER TABLE ... RENAME TO. */
    record RenameTable(QualifiedName table, String newName) implements Ddl {
    }

    /** CREATE INDEX; {@code index} null when the statement lets PostgreSQL name it. */
    record CreateIndex(QualifiedName table, QualifiedName index, boolean concurrently) implements Ddl {
    }

    /** DROP INDEX; {@code table} null until the index is looked up. */
    record DropIndex(QualifiedName index, QualifiedName table, boolean concurrently) implements Ddl {
        /** The same drop, of an index found on that table. */
        DropIndex on(QualifiedName owner) {
            return new DropIndex(index, owner, concurrently);
        }
    }

    /**
     * ALTER TABLE ... ADD COLUMN.
     *
     * @param perRowValue a value computed for each row: an identity, a serial or a stored generated column
     * @param indexed     an inline UNIQUE or PRIMARY KEY, which builds an index
     * @param checked     an inline CHECK or REFERENCES, which is validated against every row
     */
    record AddColumn(QualifiedName table, String column, String type, boolean notNull, DefaultValue defaultValue,
                     boolean perRowValue, boolean indexed, boolean checked) implements Ddl {
    }

    /** ALTER TABLE ... DROP COLUMN. */
    record DropColumn(QualifiedName table, String column) implements Ddl {
    }

    /** ALTER TABLE ... RENAME COLUMN. */
    record RenameColumn(QualifiedName table, String column, String newName) implements Ddl {
    }

    /**
     * ALTER TABLE ... ALTER COLUMN ... TYPE.
     *
     * @param type      the new type as written
     * @param plainCast true without USING, or with a USING that only casts the column to the new type
     */
    record AlterType(QualifiedName table, String column, String type, boolean plainCast) implements Ddl {
    }

    /** ALTER TABLE ... ALTER COLUMN ... SET NOT NULL. */
    record SetNotNull(QualifiedName table, String column) implements Ddl {
    }

    /** ALTER TABLE ... ADD FOREIGN KEY. */
    record AddForeignKey(QualifiedName table, QualifiedName referenced, boolean notValid) implements Ddl {
    }

    /** ALTER TABLE ... ADD CHECK; {@code notNullColumn} is the column of a CHECK (column IS NOT NULL), else null. */
    record AddCheck(QualifiedName table, String name, String notNullColumn, boolean notValid) implements Ddl {
    }

    /** ALTER TABLE ... ADD UNIQUE or PRIMARY KEY, building its index or adopting one (USING INDEX). */
    record AddUnique(QualifiedName table, boolean usingIndex, boolean primaryKey) implements Ddl {
    }

    /** ALTER TABLE ... VALIDATE CONSTRAINT. */
    record ValidateConstraint(QualifiedName table, String name) implements Ddl {
    }

    /** An action whose lock and work are the same on any table, which no rule judges (SET DEFAULT, INSERT, COMMENT ON ...). */
    record Fixed(QualifiedName table, String what, Lock lock, Effect effect) implements Ddl {
    }

    /** SET (or SET LOCAL) of a setting. */
    record Setting(String name, String value) implements Ddl {
        @Override
        public QualifiedName table() {
            return null;
        }
    }

    /** What the classifier cannot read; it says why instead of guessing. */
    record Unknown(String reason) implements Ddl {
        @Override
        public QualifiedName table() {
            return null;
        }
    }
}
