package io.wataomi.core.introspect;

import io.wataomi.core.shared.DatabaseFailure;
import io.wataomi.core.model.Catalog;
import io.wataomi.core.model.EnumType;
import io.wataomi.core.model.QualifiedName;
import io.wataomi.core.model.Sequence;
import io.wataomi.core.model.Table;
import io.wataomi.core.model.View;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the tables, sequences, enum types and views of some PostgreSQL schemas into a {@link Catalog}, in
 * canonical PostgreSQL text ({@code format_type}, {@code pg_get_expr}, {@code pg_get_constraintdef},
 * {@code pg_get_indexdef}) with every object outside pg_catalog schema-qualified.
 *
 * <p>One read runs {@value #QUERIES} statements whatever the number of tables or schemas: six bulk queries,
 * plus one to pin the search_path and one to restore it. With autocommit off they run in the caller's
 * transaction, which the caller ends. An instance is not thread-safe.
 */
public final class CatalogReader {
    /** Statements one {@link #read} runs. */
    public static final int QUERIES = 8;

    private int statementsRun;

    /** Reads every table (partitions aside), sequence (identity columns' aside), enum type and view of the schemas. */
    public Catalog read(Connection connection, List<String> schemas) {
        Statements sql = new Statements(connection);
        try {
            String searchPath = pinSearchPath(sql);
            Catalog catalog;
            try {
                catalog = readPinned(sql, schemas);
            } catch (SQLException | RuntimeException e) {
                restoreQuietly(sql, searchPath, e);
                throw e;
            }
            sql.eachRow(CatalogSql.RESTORE_SEARCH_PATH, rs -> { }, searchPath);
            return catalog;
        } catch (SQLException e) {
            throw new DatabaseFailure("Cannot read the catalog of schema(s) " + String.join(", ", schemas) + ": "
                    + e.getMessage(), e);
        } finally {
            statementsRun = sql.count();
        }
    }

    /** How many statements the last {@link #read} ran (always {@value #QUERIES} when it succeeded). */
    public int statementsRun() {
        return statementsRun;
    }

    private static Catalog readPinned(Statements sql, List<String> schemas) throws SQLException {
        Map<Long, TableDraft> tables = new HashMap<>();
        List<View> views = new ArrayList<>();
        sql.eachRow(CatalogSql.RELATIONS, schemas, rs -> {
            QualifiedName name = new QualifiedName(rs.getString(2), rs.getString(3));
            switch (rs.getString(4)) {
                case "v" -> views.add(new View(name, false));
                case "m" -> views.add(new View(name, true));
                default -> tables.put(rs.getLong(1), new TableDraft(name, rs.getString(5)));
            }
        });
        sql.eachRow(CatalogSql.COLUMNS, schemas, rs -> draft(tables, rs.getLong(1)).add(CatalogRows.column(rs)));
        sql.eachRow(CatalogSql.CONSTRAINTS, schemas, rs -> CatalogRows.constraint(rs, draft(tables, rs.getLong(1))));
        sql.eachRow(CatalogSql.INDEXES, schemas, rs -> draft(tables, rs.getLong(1)).add(CatalogRows.index(rs)));
        List<Sequence> sequences = new ArrayList<>();
        sql.eachRow(CatalogSql.SEQUENCES, schemas, rs -> sequences.add(CatalogRows.sequence(rs)));
        List<EnumType> enums = new ArrayList<>();
        sql.eachRow(CatalogSql.ENUMS, schemas, rs -> enums.add(CatalogRows.enumType(rs)));
        List<Table> built = tables.values().stream().map(TableDraft::build).toList();
        return Catalog.of(schemas, built, sequences, enums, views);
    }

    /** The table a row belongs to; a table created between the queries has no draft and is a failed read. */
    private static TableDraft draft(Map<Long, TableDraft> tables, long oid) throws SQLException {
        TableDraft draft = tables.get(oid);
        if (draft == null) {
            throw new SQLException("table oid " + oid + " appeared while the catalog was read; read again");
        }
        return draft;
    }

    private static String pinSearchPath(Statements sql) throws SQLException {
        String[] previous = new String[1];
        sql.eachRow(CatalogSql.PIN_SEARCH_PATH, rs -> previous[0] = rs.getString(1));
        return previous[0];
    }

    /** After a failure; in an aborted transaction this fails too, and the caller's rollback restores the path. */
    private static void restoreQuietly(Statements sql, String searchPath, Exception failure) {
        try {
            sql.eachRow(CatalogSql.RESTORE_SEARCH_PATH, rs -> { }, searchPath);
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }
}
