package io.wataomi.core.lint;

import io.wataomi.core.lint.Ddl.AddColumn;
import io.wataomi.core.lint.Ddl.AddForeignKey;
import io.wataomi.core.lint.Ddl.AddUnique;
import io.wataomi.core.lint.Ddl.AlterType;
import io.wataomi.core.lint.Ddl.CreateIndex;
import io.wataomi.core.lint.Ddl.CreateTable;
import io.wataomi.core.lint.Ddl.DefaultValue;
import io.wataomi.core.lint.Ddl.DropColumn;
import io.wataomi.core.lint.Ddl.DropIndex;
import io.wataomi.core.lint.Ddl.DropTable;
import io.wataomi.core.lint.Ddl.Fixed;
import io.wataomi.core.lint.Ddl.RenameColumn;
import io.wataomi.core.lint.Ddl.RenameTable;
import io.wataomi.core.lint.Ddl.SetNotNull;
import io.wataomi.core.model.QualifiedName;
import liquibase.database.core.PostgresDatabase;
import liquibase.datatype.DataTypeFactory;
import liquibase.statement.DatabaseFunction;
import liquibase.statement.ForeignKeyConstraint;
import liquibase.statement.SequenceNextValueFunction;
import liquibase.statement.SqlStatement;
import liquibase.statement.core.AddColumnStatement;
import liquibase.statement.core.AddDefaultValueStatement;
import liquibase.statement.core.AddForeignKeyConstraintStatement;
import liquibase.statement.core.AddPrimaryKeyStatement;
import liquibase.statement.core.AddUniqueConstraintStatement;
import liquibase.statement.core.CreateIndexStatement;
import liquibase.statement.core.CreateTableStatement;
import liquibase.statement.core.DropColumnStatement;
import liquibase.statement.core.DropDefaultValueStatement;
import liquibase.statement.core.DropForeignKeyConstraintStatement;
import liquibase.statement.core.DropIndexStatement;
import liquibase.statement.core.DropPrimaryKeyStatement;
import liquibase.statement.core.DropTableStatement;
import liquibase.statement.core.DropUniqueConstraintStatement;
import liquibase.statement.core.InsertStatement;
import liquibase.statement.core.ModifyDataTypeStatement;
import liquibase.statement.core.RenameColumnStatement;
import liquibase.statement.core.RenameTableStatement;
import liquibase.statement.core.SetColumnRemarksStatement;
import liquibase.statement.core.SetNullableStatement;
import liquibase.statement.core.SetTableRemarksStatement;
import liquibase.structure.DatabaseObject;
import liquibase.structure.core.Column;
import liquibase.structure.core.Index;
import liquibase.structure.core.Table;

import java.util.List;

/**
 * Reads the actions of a statement object that a Liquibase change generated (createIndex, addColumn,
 * addForeignKeyConstraint, modifyDataType ...) from its fields rather than from its SQL. Names are quoted as
 * Liquibase quotes them for PostgreSQL and then read as the server reads them, so {@code NOTE} is table {@code note}
 * and {@code Note} is {@code "Note"}. Statement kinds not read here are read from their SQL text.
 */
final class LiquibaseDdl {
    /** What SQL text calls the same actions, so that both readings of a statement agree. */
    private static final String COLUMN_CATALOG_ONLY = "ALTER COLUMN (catalog only)";
    private final PostgresDatabase database = new PostgresDatabase();
    private final String defaultSchema;

    LiquibaseDdl(String defaultSchema) {
        this.defaultSchema = defaultSchema;
        database.setDefaultSchemaName(defaultSchema);
    }

    /** The actions of a statement object, or null when its SQL text is to be read instead. */
    List<Ddl> read(SqlStatement statement) {
        if (statement instanceof CreateTableStatement s) {
            return List.of(new CreateTable(table(s.getCatalogName(), s.getSchemaName(), s.getTableName()),
                    s.getColumns().stream().map(this::column).toList()));
        }
        if (statement instanceof AddColumnStatement s) {
            List<AddColumnStatement> columns = s.isMultiple() ? s.getColumns() : List.of(s);
            return columns.stream().<Ddl>map(this::addColumn).toList();
        }
        if (statement instanceof CreateIndexStatement s) {
            QualifiedName table = table(s.getTableCatalogName(), s.getTableSchemaName(), s.getTableName());
            return List.of(new CreateIndex(table, s.getIndexName() == null ? null
                    : new QualifiedName(table.schema(), name(s.getIndexName(), Index.class)), false));
        }
        if (statement instanceof DropIndexStatement s) {
            QualifiedName table = s.getTableName() == null ? null : table(s.getTableCatalogName(), s.getTableSchemaName(), s.getTableName());
            String schema = s.getTableSchemaName() == null ? defaultSchema : name(s.getTableSchemaName(), Index.class);
            return List.of(new DropIndex(new QualifiedName(schema, name(s.getIndexName(), Index.class)), table, false));
        }
        if (statement instanceof AddForeignKeyConstraintStatement s) {
            return List.of(new AddForeignKey(table(s.getBaseTableCatalogName(), s.getBaseTableSchemaName(), s.getBaseTableName()),
                    table(s.getReferencedTableCatalogName(), s.getReferencedTableSchemaName(), s.getReferencedTableName()),
                    !s.shouldValidate()));
        }
        if (statement instanceof AddUniqueConstraintStatement s) {
            return List.of(new AddUnique(table(s.getCatalogName(), s.getSchemaName(), s.getTableName()), false, false));
        }
        if (statement instanceof AddPrimaryKeyStatement s) {
            return List.of(new AddUnique(table(s.getCatalogName(), s.getSchemaName(), s.getTableName()), false, true));
        }
        if (statement instanceof ModifyDataTypeStatement s) {
            return List.of(new AlterType(table(s.getCatalogName(), s.getSchemaName(), s.getTableName()), column(s.getColumnName()),
                    type(s.getNewDataType()), true));
        }
        if (statement instanceof SetNullableStatement s) {
            QualifiedName table = table(s.getCatalogName(), s.getSchemaName(), s.getTableName());
            return List.of(s.isNullable() ? catalogOnly(table, COLUMN_CATALOG_ONLY) : new SetNotNull(table, column(s.getColumnName())));
        }
        if (statement instanceof DropColumnStatement s) {
            List<DropColumnStatement> columns = s.isMultiple() ? s.getColumns() : List.of(s);
            return columns.stream().<Ddl>map(d -> new DropColumn(table(d.getCatalogName(), d.getSchemaName(), d.getTableName()),
                    column(d.getColumnName()))).toList();
        }
        if (statement instanceof RenameColumnStatement s) {
            return List.of(new RenameColumn(table(s.getCatalogName(), s.getSchemaName(), s.getTableName()),
                    column(s.getOldColumnName()), column(s.getNewColumnName())));
        }
        if (statement instanceof RenameTableStatement s) {
            return List.of(new RenameTable(table(s.getCatalogName(), s.getSchemaName(), s.getOldTableName()),
                    name(s.getNewTableName(), Table.class)));
        }
        if (statement instanceof DropTableStatement s) {
            return List.of(new DropTable(table(s.getCatalogName(), s.getSchemaName(), s.getTableName())));
        }
        return fixed(statement);
    }

    /** The statement objects whose lock is the same on any table. */
    private List<Ddl> fixed(SqlStatement statement) {
        if (statement instanceof AddDefaultValueStatement s) {
            return List.of(catalogOnly(table(s.getCatalogName(), s.getSchemaName(), s.getTableName()), COLUMN_CATALOG_ONLY));
        }
        if (statement instanceof DropDefaultValueStatement s) {
            return List.of(catalogOnly(table(s.getCatalogName(), s.getSchemaName(), s.getTableName()), COLUMN_CATALOG_ONLY));
        }
        if (statement instanceof DropForeignKeyConstraintStatement s) {
            return List.of(catalogOnly(table(s.getBaseTableCatalogName(), s.getBaseTableSchemaName(), s.getBaseTableName()),
                    "DROP CONSTRAINT"));
        }
        if (statement instanceof DropUniqueConstraintStatement s) {
            return List.of(catalogOnly(table(s.getCatalogName(), s.getSchemaName(), s.getTableName()), "DROP CONSTRAINT"));
        }
        if (statement instanceof DropPrimaryKeyStatement s) {
            return List.of(catalogOnly(table(s.getCatalogName(), s.getSchemaName(), s.getTableName()), "DROP CONSTRAINT"));
        }
        if (statement instanceof SetTableRemarksStatement s) {
            return List.of(new Fixed(table(s.getCatalogName(), s.getSchemaName(), s.getTableName()), "COMMENT ON TABLE",
                    Lock.SHARE_UPDATE_EXCLUSIVE, Effect.NONE));
        }
        if (statement instanceof SetColumnRemarksStatement s) {
            return List.of(new Fixed(table(s.getCatalogName(), s.getSchemaName(), s.getTableName()), "COMMENT ON COLUMN",
                    Lock.SHARE_UPDATE_EXCLUSIVE, Effect.NONE));
        }
        if (statement instanceof InsertStatement s) {
            return List.of(new Fixed(table(s.getCatalogName(), s.getSchemaName(), s.getTableName()), "INSERT", Lock.ROW_EXCLUSIVE,
                    Effect.NONE));
        }
        return null;
    }

    private AddColumn addColumn(AddColumnStatement s) {
        boolean references = s.getConstraints().stream().anyMatch(ForeignKeyConstraint.class::isInstance);
        return new AddColumn(table(s.getCatalogName(), s.getSchemaName(), s.getTableName()), column(s.getColumnName()),
                type(s.getColumnType()), !s.isNullable(), defaultValue(s.getDefaultValue()), s.isAutoIncrement(),
                s.isUnique() || s.isPrimaryKey(), references);
    }

    /** A default as the SQL Liquibase writes for it, with the functions it calls (a sequence's next value calls nextval). */
    private DefaultValue defaultValue(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof DatabaseFunction f) {
            String sql = database.generateDatabaseFunctionValue(f);
            return new DefaultValue(sql, value instanceof SequenceNextValueFunction ? List.of("nextval")
                    : SqlFragments.functions(SqlLexer.tokens(sql)));
        }
        return new DefaultValue(DataTypeFactory.getInstance().fromObject(value, database).objectToSql(value, database), List.of());
    }

    private static Fixed catalogOnly(QualifiedName table, String what) {
        return new Fixed(table, what, Lock.ACCESS_EXCLUSIVE, Effect.NONE);
    }

    /** A Liquibase type name (bigint, java.sql.Types.VARCHAR(255)) as the PostgreSQL type it becomes, in one spelling. */
    private String type(String liquibaseType) {
        String sql = DataTypeFactory.getInstance().fromDescription(liquibaseType, database).toDatabaseDataType(database).toSql();
        return SqlFragments.typeText(SqlLexer.tokens(sql));
    }

    private QualifiedName table(String catalog, String schema, String table) {
        return TokenCursor.of(database.escapeTableName(catalog, schema, table)).qualifiedName(defaultSchema);
    }

    private String column(String column) {
        return name(column, Column.class);
    }

    /** A name as the server reads it once Liquibase has quoted it (or not). */
    private String name(String name, Class<? extends DatabaseObject> type) {
        return TokenCursor.of(database.escapeObjectName(name, type)).name();
    }
}
