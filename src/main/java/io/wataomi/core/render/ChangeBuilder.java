package io.wataomi.core.render;

import io.wataomi.core.diff.Operation;
import io.wataomi.core.model.Column;
import io.wataomi.core.model.ForeignKey;
import io.wataomi.core.model.Index;
import io.wataomi.core.model.QualifiedName;
import io.wataomi.core.model.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns an operation into Liquibase's own changes (createTable, addColumn, ...) where Liquibase renders it exactly
 * on PostgreSQL, and into a {@code sql} change with the exact statement where it would not (generated columns,
 * expression indexes, check constraints, types Liquibase rewrites).
 */
public final class ChangeBuilder {
    /** Types that Liquibase's type translation passes to PostgreSQL unchanged. */
    private static final Pattern SAFE_TYPE = Pattern.compile(
            "(character varying|character|numeric|bit)(\\(\\d+(,\\d+)?\\))?"
                    + "|(timestamp|time)(\\(\\d\\))? with(out)? time zone"
                    + "|(smallint|integer|bigint|real|double precision|boolean|date|text|uuid|jsonb|json|bytea|oid|xml|inet|interval)"
                    + "|(smallint|integer|bigint|text|boolean|uuid|date)\\[\\]");
    private static final Pattern PLAIN_NAME = Pattern.compile("[a-z_][a-z0-9_]*");

    private ChangeBuilder() {
    }

    /** The changes that perform the operation. */
    public static List<ChangeNode> of(Operation op) {
        ChangeNode node = structured(op);
        if (node != null) {
            return List.of(node);
        }
        List<ChangeNode> out = new ArrayList<>();
        for (String sql : SqlText.of(op)) {
            out.add(ChangeNode.text("sql", sql));
        }
        return out;
    }

    private static ChangeNode structured(Operation op) {
        if (op instanceof Operation.CreateTable o) {
            return createTable(o.table());
        }
        if (op instanceof Operation.DropTable o) {
            return table("dropTable", o.table().name());
        }
        if (op instanceof Operation.RenameTable o) {
            return ChangeNode.of("renameTable").attr("schemaName", o.from().schema()).attr("oldTableName", o.from().name())
                    .attr("newTableName", o.to());
        }
        if (op instanceof Operation.AddColumn o && simple(o.column())) {
            return table("addColumn", o.table()).child(column(o.column(), false));
        }
        if (op instanceof Operation.DropColumn o) {
            return table("dropColumn", o.table()).attr("columnName", o.column().name());
        }
        if (op instanceof Operation.RenameColumn o) {
            return table("renameColumn", o.table()).attr("oldColumnName", o.from()).attr("newColumnName", o.to());
        }
        if (op instanceof Operation.AlterColumnType o && safe(o.to())) {
            return table("modifyDataType", o.table()).attr("columnName", o.column()).attr("newDataType", o.to());
        }
        if (op instanceof Operation.SetNotNull o) {
            return table("addNotNullConstraint", o.table()).attr("columnName", o.column());
        }
        if (op instanceof Operation.DropNotNull o) {
            return table("dropNotNullConstraint", o.table()).attr("columnName", o.column());
        }
        if (op instanceof Operation.AlterDefault o) {
            return o.to() == null ? table("dropDefaultValue", o.table()).attr("columnName", o.column())
                    : table("addDefaultValue", o.table()).attr("columnName", o.column()).attr("defaultValueComputed", o.to());
        }
        if (op instanceof Operation.SetTableComment o && o.to() != null) {
            return table("setTableRemarks", o.table()).attr("remarks", o.to());
        }
        if (op instanceof Operation.SetColumnComment o && o.to() != null) {
            return table("setColumnRemarks", o.table()).attr("columnName", o.column()).attr("remarks", o.to());
        }
        if (op instanceof Operation.AddPrimaryKey o) {
            return table("addPrimaryKey", o.table()).attr("constraintName", o.key().name()).attr("columnNames", String.join(", ", o.key().columns()));
        }
        if (op instanceof Operation.DropPrimaryKey o) {
            return table("dropPrimaryKey", o.table()).attr("constraintName", o.key().name());
        }
        if (op instanceof Operation.AddUnique o && !o.unique().nullsNotDistinct()) {
            return table("addUniqueConstraint", o.table()).attr("constraintName", o.unique().name())
                    .attr("columnNames", String.join(", ", o.unique().columns()));
        }
        if (op instanceof Operation.DropUnique o) {
            return table("dropUniqueConstraint", o.table()).attr("constraintName", o.unique().name());
        }
        if (op instanceof Operation.CreateIndex o && plainIndex(o.index())) {
            ChangeNode n = table("createIndex", o.table()).attr("indexName", o.index().name()).attr("unique", o.index().unique() ? true : null);
            o.index().columns().forEach(c -> n.child(ChangeNode.of("column").attr("name", c)));
            return n;
        }
        if (op instanceof Operation.DropIndex o) {
            return table("dropIndex", o.table()).attr("indexName", o.index().name());
        }
        if (op instanceof Operation.AddForeignKey o) {
            return foreignKey(o.table(), o.key());
        }
        if (op instanceof Operation.DropForeignKey o) {
            return ChangeNode.of("dropForeignKeyConstraint").attr("baseTableSchemaName", o.table().schema())
                    .attr("baseTableName", o.table().name()).attr("constraintName", o.key().name());
        }
        return null;
    }

    private static ChangeNode table(String change, QualifiedName t) {
        return ChangeNode.of(change).attr("schemaName", t.schema()).attr("tableName", t.name());
    }

    private static ChangeNode createTable(Table t) {
        boolean keyInOrder = t.primaryKey() == null || t.primaryKey().columns().equals(
                t.columns().stream().map(Column::name).filter(t.primaryKey().columns()::contains).toList());
        if (!keyInOrder || !t.columns().stream().allMatch(ChangeBuilder::simple)) {
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
        return c.generated() == null && safe(c.type()) && !c.name().contains(",");
    }

    static boolean safe(String type) {
        return SAFE_TYPE.matcher(type).matches();
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
