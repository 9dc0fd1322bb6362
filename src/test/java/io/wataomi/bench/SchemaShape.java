package io.wataomi.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The generated schema of the benchmarks: N tables of 15 columns, with a primary key, a unique constraint,
 * a single-column and a two-column index, a unique two-column index on every fourth table, and a foreign key
 * from every table but the first to a random earlier one. The shapes come from a fixed seed, so the DDL
 * (and any matching entities generated from the same shapes) are the same on every run.
 *
 * @param tables the tables, in creation order
 */
public record SchemaShape(List<TableShape> tables) {
    /** The seed of every benchmark run. */
    public static final long SEED = 20261124L;
    /** Columns per table. */
    public static final int COLUMNS = 15;

    /** Column kinds, each with the SQL type it is created as. */
    public enum Kind {
        ID, CODE, REFERENCE, STRING, TEXT, INTEGER, BIGINT, DECIMAL, BOOLEAN, DATE, TIMESTAMP, UUID, DOUBLE;

        /** The kinds the twelve free columns are drawn from. */
        static final Kind[] FREE = {STRING, STRING, TEXT, INTEGER, BIGINT, DECIMAL, BOOLEAN, DATE, TIMESTAMP, UUID, DOUBLE};
    }

    /**
     * A column. {@code length} applies to STRING and CODE, {@code precision}/{@code scale} to DECIMAL.
     */
    public record ColumnShape(String name, Kind kind, int length, int precision, int scale, boolean nullable) {
        /** The column's SQL type. */
        public String sqlType() {
            return switch (kind) {
                case ID, REFERENCE, BIGINT -> "bigint";
                case CODE, STRING -> "varchar(" + length + ")";
                case TEXT -> "text";
                case INTEGER -> "integer";
                case DECIMAL -> "numeric(" + precision + "," + scale + ")";
                case BOOLEAN -> "boolean";
                case DATE -> "date";
                case TIMESTAMP -> "timestamp(6) with time zone";
                case UUID -> "uuid";
                case DOUBLE -> "double precision";
            };
        }
    }

    /** An index (not backing a constraint). */
    public record IndexShape(String name, List<String> columns, boolean unique) {
    }

    /**
     * A table: {@code id} (identity primary key), {@code code} (unique constraint), {@code parent_id} and twelve
     * free columns.
     *
     * @param parent the earlier table that {@code parent_id} references, or null for the first table
     */
    public record TableShape(String name, List<ColumnShape> columns, List<IndexShape> indexes, String parent) {
    }

    /** The shapes of {@code count} tables from {@link #SEED}. */
    public static SchemaShape generate(int count) {
        Random random = new Random(SEED);
        List<TableShape> tables = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            tables.add(table(random, i, i == 0 ? null : tables.get(random.nextInt(i)).name()));
        }
        return new SchemaShape(List.copyOf(tables));
    }

    private static TableShape table(Random random, int number, String parent) {
        String name = String.format(Locale.ROOT, "t%04d", number);
        List<ColumnShape> columns = new ArrayList<>(List.of(new ColumnShape("id", Kind.ID, 0, 0, 0, false),
                new ColumnShape("code", Kind.CODE, 32, 0, 0, false),
                new ColumnShape("parent_id", Kind.REFERENCE, 0, 0, 0, true)));
        for (int c = columns.size() + 1; c <= COLUMNS; c++) {
            Kind kind = Kind.FREE[random.nextInt(Kind.FREE.length)];
            String column = String.format(Locale.ROOT, "%s_%02d", kind.name().toLowerCase(Locale.ROOT), c);
            int length = new int[] {20, 50, 100, 255}[random.nextInt(4)];
            int precision = 10 + random.nextInt(9);
            columns.add(new ColumnShape(column, kind, length, precision, random.nextInt(5), random.nextInt(3) > 0));
        }
        List<IndexShape> indexes = new ArrayList<>(List.of(
                new IndexShape(name + "_parent_id_idx", List.of("parent_id"), false),
                new IndexShape(name + "_pair_idx", List.of(columns.get(3).name(), columns.get(4).name()), false)));
        if (number % 4 == 0) {
            indexes.add(new IndexShape(name + "_unique_idx", List.of(columns.get(5).name(), columns.get(6).name()), true));
        }
        return new TableShape(name, List.copyOf(columns), List.copyOf(indexes), parent);
    }

    /** The DDL of the schema: tables with their keys and indexes, then the foreign keys (as Hibernate orders them). */
    public List<String> ddl(String schema) {
        List<String> statements = new ArrayList<>();
        for (TableShape t : tables) {
            statements.add(createTable(schema, t));
            for (IndexShape index : t.indexes()) {
                statements.add("CREATE " + (index.unique() ? "UNIQUE " : "") + "INDEX " + index.name() + " ON " + schema + "."
                        + t.name() + " (" + String.join(", ", index.columns()) + ")");
            }
        }
        for (TableShape t : tables) {
            if (t.parent() != null) {
                statements.add("ALTER TABLE " + schema + "." + t.name() + " ADD CONSTRAINT " + t.name() + "_parent_fk"
                        + " FOREIGN KEY (parent_id) REFERENCES " + schema + "." + t.parent() + " (id)");
            }
        }
        return statements;
    }

    private static String createTable(String schema, TableShape t) {
        StringBuilder sql = new StringBuilder("CREATE TABLE ").append(schema).append('.').append(t.name()).append(" (");
        for (ColumnShape c : t.columns()) {
            sql.append(c.name()).append(' ').append(c.sqlType())
                    .append(c.kind() == Kind.ID ? " GENERATED BY DEFAULT AS IDENTITY" : "")
                    .append(c.nullable() ? "" : " NOT NULL").append(", ");
        }
        return sql.append("CONSTRAINT ").append(t.name()).append("_pkey PRIMARY KEY (id), CONSTRAINT ")
                .append(t.name()).append("_code_key UNIQUE (code))").toString();
    }
}
