package io.wataomi.core.render;

import io.wataomi.core.diff.Operation;
import io.wataomi.core.diff.OperationVisitor;
import io.wataomi.core.model.Column;
import io.wataomi.core.model.ForeignKey;
import io.wataomi.core.model.Index;
import io.wataomi.core.model.QualifiedName;
import io.wataomi.core.model.Table;

import java.util.regex.Pattern;

/**
 * Liquibase's own change for an operation (createTable, addColumn, ...), or null where Liquibase would not render
 * it exactly on PostgreSQL; {@link ChangeBuilder} then falls back to the operation's SQL.
 */
final class LiquibaseChange implements OperationVisitor<ChangeNode> {
    static final LiquibaseChange INSTANCE = new LiquibaseChange();
    private static final Pattern PLAIN_NAME = Pattern.compile("[a-z_][a-z0-9_]*");

    private LiquibaseChange() {
    }

    @Override
    public ChangeNode visit(Operation.CreateSchema op) {
        return null;
    }

    @Override
    public ChangeNode visit(Operation.DropSchema op) {
        return null;
    }

    @Override
    public ChangeNode visit(Operation.CreateTable op) {
        return createTable(op.table());
    }

    @Override
    public ChangeNode visit(Operation.DropTable op) {
        return table("dropTable", op.table().name());
    }

    @Override
    public ChangeNode visit(Operation.RenameTable op) {
        return ChangeNode.of("renameTable").attr("schemaName", op.from().schema()).attr("oldTableName", op.from().name())
                .attr("newTableName", op.to());
    }

    @Override
    public ChangeNode visit(Operation.AddColumn op) {
        return simple(op.column()) ? table("addColumn", op.table()).child(column(op.column(), false)) : null;
    }

    @Override
    public ChangeNode visit(Operation.DropColumn op) {
        return table("dropColumn", op.table()).attr("columnName", op.column().name());
    }

    @Override
    public ChangeNode visit(Operation.RenameColumn op) {
        return table("renameColumn", op.table()).attr("oldColumnName", op.from()).attr("newColumnName", op.to());
    }

    @Override
    public ChangeNode visit(Operation.AlterColumnType op) {
        return ChangeBuilder.safe(op.to())
                ? table("modifyDataType", op.table()).attr("columnName", op.column()).attr("newDataType", op.to()) : null;
    }

    @Override
    public ChangeNode visit(Operation.SetNotNull op) {
        return table("addNotNullConstraint", op.table()).attr("columnName", op.column());
    }

    @Override
    public ChangeNode visit(Operation.DropNotNull op) {
        return table("dropNotNullConstraint", op.table()).attr("columnName", op.column());
    }

    @Override
    public ChangeNode visit(Operation.AlterDefault op) {
        return op.to() == null ? table("dropDefaultValue", op.table()).attr("columnName", op.column())
                : table("addDefaultValue", op.table()).attr("columnName", op.column()).attr("defaultValueComputed", op.to());
    }

    @Override
    public ChangeNode visit(Operation.AlterIdentity op) {
        return null;
    }

    /** Removing the comment (null) is written as SQL. */
    @Override
    public ChangeNode visit(Operation.SetTableComment op) {
        return op.to() == null ? null : table("setTableRemarks", op.table()).attr("remarks", op.to());
    }

    @Override
    public ChangeNode visit(Operation.SetColumnComment op) {
        return op.to() == null ? null
                : table("setColumnRemarks", op.table()).attr("columnName", op.column()).attr("remarks", op.to());
    }

    @Override
    public ChangeNode visit(Operation.AddPrimaryKey op) {
        return table("addPrimaryKey", op.table()).attr("constraintName", op.key().name())
                .attr("columnNames", String.join(", ", op.key().columns()));
    }

    @Override
    public ChangeNode visit(Operation.DropPrimaryKey op) {
        return table("dropPrimaryKey", op.table()).attr("constraintName", op.key().name());
    }

    /** A NULLS NOT DISTINCT constraint is written as SQL. */
    @Override
    public ChangeNode visit(Operation.AddUnique op) {
        return op.unique().nullsNotDistinct() ? null : table("addUniqueConstraint", op.table())
                .attr("constraintName", op.unique().name()).attr("columnNames", String.join(", ", op.unique().columns()));
    }

    @Override
    public ChangeNode visit(Operation.DropUnique op) {
        return table("dropUniqueConstraint", op.table()).attr("constraintName", op.unique().name());
    }

    @Override
    public ChangeNode visit(Operation.CreateIndex op) {
        if (!plainIndex(op.index())) {
            return null;
        }
        ChangeNode n = table("createIndex", op.table()).attr("indexName", op.index().name()).attr("unique", op.index().unique() ? true : null);
        op.index().columns().forEach(c -> n.child(ChangeNode.of("column").attr("name", c)));
        return n;
    }

    @Override
    public ChangeNode visit(Operation.DropIndex op) {
        return table("dropIndex", op.table()).attr("indexName", op.index().name());
    }

    @Override
    public ChangeNode visit(Operation.AddForeignKey op) {
        return foreignKey(op.table(), op.key());
    }

    @Override
    public ChangeNode visit(Operation.DropForeignKey op) {
        return ChangeNode.of("dropForeignKeyConstraint").attr("baseTableSchemaName", op.table().schema())
                .attr("baseTableName", op.table().name()).attr("constraintName", op.key().name());
    }

    @Override
    public ChangeNode visit(Operation.AddCheck op) {
        return null;
    }

    @Override
    public ChangeNode visit(Operation.DropCheck op) {
        return null;
    }

    @Override
    public ChangeNode visit(Operation.RenameConstraint op) {
        return null;
    }

    @Override
    public ChangeNode visit(Operation.RenameIndex op) {
        return null;
    }

    @Override
    public ChangeNode visit(Operation.CreateSequence op) {
        return null;
    }

    @Override
    public ChangeNode visit(Operation.DropSequence op) {
        return null;
    }

    @Override
    public ChangeNode visit(Operation.AlterSequence op) {
        return null;
    }

    @Override
    public ChangeNode visit(Operation.CreateEnum op) {
        return null;
    }

    @Override
    public ChangeNode visit(Operation.DropEnum op) {
        return null;
    }

    @Override
    public ChangeNode visit(Operation.AlterEnum op) {
        return null;
    }

    private static ChangeNode table(String change, QualifiedName t) {
        return ChangeNode.of(change).attr("schemaName", t.schema()).attr("tableName", t.name());
    }

    private static ChangeNode createTable(Table t) {
        boolean keyInOrder = t.primaryKey() == null || t.primaryKey().columns().equals(
                t.columns().stream().map(Column::name).filter(t.primaryKey().columns()::contains).toList());
        if (!keyInOrder || !t.columns().stream().allMatch(LiquibaseChange::simple)) {
            return null;
        }
        ChangeNode n = table("createTable", t.name()).attr("remarks", t.comment());
        for (Column c : t.columns()) {
            ChangeNode col = column(c, t.primaryKey() != null && t.primaryKey().columns().contains(c.name()));
            if (t.primaryKey() != null && t.primaryKey().columns().contains(c.name())) {
                col.children().get(0).attr("primaryKey", true).attr("primaryKeyName", t.primaryKey().name());
            }
            n.child(col);
        }
        return n;
    }

    private static ChangeNode column(Column c, boolean forceConstraints) {
        ChangeNode n = ChangeNode.of("column").attr("name", c.name()).attr("type", c.type());
        if (c.identity() != null) {
            n.attr("autoIncrement", true).attr("generationType", c.identity() == Column.Identity.ALWAYS ? "ALWAYS" : "BY DEFAULT");
        } else {
            n.attr("defaultValueComputed", c.defaultValue());
        }
        n.attr("remarks", c.comment());
        if (!c.nullable() || forceConstraints) {
            n.child(ChangeNode.of("constraints").attr("nullable", c.nullable() ? null : false));
        }
        return n;
    }

    private static ChangeNode foreignKey(QualifiedName t, ForeignKey fk) {
        return ChangeNode.of("addForeignKeyConstraint").attr("constraintName", fk.name())
                .attr("baseTableSchemaName", t.schema()).attr("baseTableName", t.name())
                .attr("baseColumnNames", String.join(", ", fk.columns()))
                .attr("referencedTableSchemaName", fk.target().schema()).attr("referencedTableName", fk.target().name())
                .attr("referencedColumnNames", String.join(", ", fk.targetColumns()))
                .attr("onDelete", "NO ACTION".equals(fk.onDelete()) ? null : fk.onDelete())
                .attr("onUpdate", "NO ACTION".equals(fk.onUpdate()) ? null : fk.onUpdate())
                .attr("deferrable", fk.deferrable() ? true : null).attr("initiallyDeferred", fk.initiallyDeferred() ? true : null);
    }

    /** A column Liquibase can add as is: a safe type, no generation expression, no sequence-bound identity options. */
    private static boolean simple(Column c) {
        return c.generated() == null && ChangeBuilder.safe(c.type()) && !c.name().contains(",");
    }

    /** An index Liquibase's createIndex writes exactly: btree over plain column names, nothing else. */
    private static boolean plainIndex(Index i) {
        if (!i.plain() || i.columns().stream().anyMatch(c -> !PLAIN_NAME.matcher(c).matches())) {
            return false;
        }
        String def = i.definition();
        int using = def.indexOf(" USING ");
        return using >= 0 && def.substring(using).equals(" USING btree (" + String.join(", ", i.columns()) + ")");
    }
}
