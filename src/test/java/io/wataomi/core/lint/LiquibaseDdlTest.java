package io.wataomi.core.lint;

import io.wataomi.core.lint.Ddl.AddColumn;
import io.wataomi.core.lint.Ddl.AddForeignKey;
import io.wataomi.core.lint.Ddl.DropIndex;
import io.wataomi.core.model.QualifiedName;
import liquibase.change.AddColumnConfig;
import liquibase.change.Change;
import liquibase.change.ColumnConfig;
import liquibase.change.ConstraintsConfig;
import liquibase.change.core.AddColumnChange;
import liquibase.change.core.AddDefaultValueChange;
import liquibase.change.core.AddForeignKeyConstraintChange;
import liquibase.change.core.AddNotNullConstraintChange;
import liquibase.change.core.AddPrimaryKeyChange;
import liquibase.change.core.AddUniqueConstraintChange;
import liquibase.change.core.CreateIndexChange;
import liquibase.change.core.CreateTableChange;
import liquibase.change.core.DropColumnChange;
import liquibase.change.core.DropDefaultValueChange;
import liquibase.change.core.DropForeignKeyConstraintChange;
import liquibase.change.core.DropIndexChange;
import liquibase.change.core.DropNotNullConstraintChange;
import liquibase.change.core.DropTableChange;
import liquibase.change.core.InsertDataChange;
import liquibase.change.core.ModifyDataTypeChange;
import liquibase.change.core.RenameColumnChange;
import liquibase.change.core.RenameTableChange;
import liquibase.change.core.SetColumnRemarksChange;
import liquibase.database.core.PostgresDatabase;
import liquibase.sql.Sql;
import liquibase.sqlgenerator.SqlGeneratorFactory;
import liquibase.statement.DatabaseFunction;
import liquibase.statement.SqlStatement;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The statement objects of Liquibase's changes read from their fields say the same as the SQL Liquibase generates from
 * them, read as text: both readings of every kind agree, names folded as the server folds them.
 */
class LiquibaseDdlTest {
    private final PostgresDatabase database = database();
    private final LiquibaseDdl typed = new LiquibaseDdl("public");
    private final SqlParser parser = new SqlParser("public");

    private static PostgresDatabase database() {
        PostgresDatabase db = new PostgresDatabase();
        db.setDefaultSchemaName("public");
        return db;
    }

    @Test
    void fieldsAndGeneratedSqlAgreeForEveryKindReadFromFields() {
        List<String> notRead = new ArrayList<>();
        for (Change change : changes()) {
            int compared = 0;
            for (SqlStatement statement : change.generateStatements(database)) {
                Sql[] sql = SqlGeneratorFactory.getInstance().generateSql(statement, database);
                List<Ddl> fromFields = typed.read(statement);
                if (fromFields == null || sql.length != 1 && sql.length != fromFields.size()) {
                    continue;
                }
                for (int k = 0; k < sql.length; k++) {
                    List<Ddl> fromText = parser.parseAll(sql[k].toSql()).get(0).actions();
                    List<Ddl> expected = sql.length == 1 ? fromFields : List.of(fromFields.get(k));
                    assertEquals(fromText, withoutIndexTables(expected), change.getDescription() + ": " + sql[k].toSql());
                }
                compared++;
            }
            if (compared == 0) {
                notRead.add(change.getDescription());
            }
        }
        assertEquals(List.of(), notRead, "changes none of whose statements were read from their fields");
    }

    /** SQL text does not name a dropped index's table; the field does. */
    private static List<Ddl> withoutIndexTables(List<Ddl> actions) {
        return actions.stream().map(a -> a instanceof DropIndex d ? d.on(null) : a).toList();
    }

    @Test
    void readsWhatTheRulesNeedFromTheFields() {
        AddForeignKeyConstraintChange fk = foreignKey(false);
        assertEquals(List.of(new AddForeignKey(new QualifiedName("public", "note"), new QualifiedName("public", "owner"), true)),
                typed.read(fk.generateStatements(database)[0]));
        AddColumn uid = (AddColumn) typed.read(addColumns().generateStatements(database)[0]).get(1);
        assertEquals(List.of("gen_random_uuid"), uid.defaultValue().functions());
        AddColumn identity = (AddColumn) typed.read(addColumns().generateStatements(database)[0]).get(2);
        assertTrue(identity.perRowValue());
        DropIndexChange drop = new DropIndexChange();
        drop.setIndexName("ix_title");
        drop.setTableName("NOTE");
        assertEquals(new QualifiedName("public", "note"), ((DropIndex) typed.read(drop.generateStatements(database)[0]).get(0)).table());
    }

    @Test
    void kindsNotReadFromFieldsAreLeftToTheirText() {
        AddNotNullConstraintChange backfill = new AddNotNullConstraintChange();
        backfill.setTableName("note");
        backfill.setColumnName("n");
        backfill.setColumnDataType("int");
        backfill.setDefaultNullValue("0");
        SqlStatement update = backfill.generateStatements(database)[0];
        assertEquals(null, typed.read(update), "an UPDATE is read from its text, which says whether it has a WHERE");
        assertFalse(parser.parseAll(SqlGeneratorFactory.getInstance().generateSql(update, database)[0].toSql()).isEmpty());
    }

    private List<Change> changes() {
        List<Change> out = new ArrayList<>();
        CreateTableChange table = new CreateTableChange();
        table.setTableName("Tag");
        ColumnConfig id = new ColumnConfig();
        id.setName("id");
        id.setType("bigint");
        id.setAutoIncrement(true);
        id.setConstraints(new ConstraintsConfig().setPrimaryKey(true));
        table.addColumn(id);
        ColumnConfig name = new ColumnConfig();
        name.setName("NAME");
        name.setType("varchar(50)");
        table.addColumn(name);
        out.add(table);
        out.add(addColumns());
        CreateIndexChange index = new CreateIndexChange();
        index.setTableName("note");
        index.setIndexName("ix_title");
        index.addColumn(new AddColumnConfig(new liquibase.structure.core.Column("title")));
        out.add(index);
        DropIndexChange dropIndex = new DropIndexChange();
        dropIndex.setIndexName("ix_title");
        dropIndex.setTableName("note");
        out.add(dropIndex);
        out.add(foreignKey(true));
        out.add(foreignKey(false));
        AddUniqueConstraintChange unique = new AddUniqueConstraintChange();
        unique.setTableName("note");
        unique.setColumnNames("title");
        unique.setConstraintName("uq_title");
        out.add(unique);
        AddPrimaryKeyChange pk = new AddPrimaryKeyChange();
        pk.setTableName("note");
        pk.setColumnNames("id");
        out.add(pk);
        ModifyDataTypeChange type = new ModifyDataTypeChange();
        type.setTableName("note");
        type.setColumnName("n");
        type.setNewDataType("java.sql.Types.VARCHAR(300)");
        out.add(type);
        AddNotNullConstraintChange notNull = new AddNotNullConstraintChange();
        notNull.setTableName("note");
        notNull.setColumnName("n");
        notNull.setColumnDataType("int");
        out.add(notNull);
        DropNotNullConstraintChange nullable = new DropNotNullConstraintChange();
        nullable.setTableName("note");
        nullable.setColumnName("n");
        nullable.setColumnDataType("int");
        out.add(nullable);
        DropColumnChange dropColumn = new DropColumnChange();
        dropColumn.setTableName("note");
        dropColumn.setColumnName("Old");
        out.add(dropColumn);
        RenameColumnChange renameColumn = new RenameColumnChange();
        renameColumn.setTableName("note");
        renameColumn.setOldColumnName("title");
        renameColumn.setNewColumnName("user");
        out.add(renameColumn);
        RenameTableChange renameTable = new RenameTableChange();
        renameTable.setOldTableName("note");
        renameTable.setNewTableName("memo");
        out.add(renameTable);
        DropTableChange dropTable = new DropTableChange();
        dropTable.setTableName("memo");
        out.add(dropTable);
        AddDefaultValueChange setDefault = new AddDefaultValueChange();
        setDefault.setTableName("note");
        setDefault.setColumnName("n");
        setDefault.setDefaultValueComputed(new DatabaseFunction("now()"));
        out.add(setDefault);
        DropDefaultValueChange dropDefault = new DropDefaultValueChange();
        dropDefault.setTableName("note");
        dropDefault.setColumnName("n");
        out.add(dropDefault);
        DropForeignKeyConstraintChange dropFk = new DropForeignKeyConstraintChange();
        dropFk.setBaseTableName("note");
        dropFk.setConstraintName("fk_owner");
        out.add(dropFk);
        SetColumnRemarksChange remarks = new SetColumnRemarksChange();
        remarks.setTableName("note");
        remarks.setColumnName("n");
        remarks.setRemarks("a number");
        out.add(remarks);
        InsertDataChange insert = new InsertDataChange();
        insert.setTableName("note");
        ColumnConfig value = new ColumnConfig();
        value.setName("title");
        value.setValue("x");
        insert.addColumn(value);
        out.add(insert);
        return out;
    }

    private static AddColumnChange addColumns() {
        AddColumnChange add = new AddColumnChange();
        add.setTableName("note");
        add.addColumn(column("bio", "varchar(255)", c -> {
            c.setDefaultValue("x");
            c.setConstraints(new ConstraintsConfig().setNullable(false));
        }));
        add.addColumn(column("uid", "uuid", c -> c.setDefaultValueComputed(new DatabaseFunction("gen_random_uuid()"))));
        add.addColumn(column("n", "bigint", c -> c.setAutoIncrement(true)));
        return add;
    }

    private static AddColumnConfig column(String name, String type, java.util.function.Consumer<AddColumnConfig> more) {
        AddColumnConfig c = new AddColumnConfig();
        c.setName(name);
        c.setType(type);
        more.accept(c);
        return c;
    }

    private static AddForeignKeyConstraintChange foreignKey(boolean validate) {
        AddForeignKeyConstraintChange fk = new AddForeignKeyConstraintChange();
        fk.setBaseTableName("note");
        fk.setBaseColumnNames("owner_id");
        fk.setReferencedTableName("owner");
        fk.setReferencedColumnNames("id");
        fk.setConstraintName("fk_owner_" + validate);
        fk.setValidate(validate);
        assertNotNull(fk);
        return fk;
    }
}
