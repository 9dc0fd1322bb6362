package io.wataomi.core.introspect;

/**
 * The bulk {@code pg_catalog} queries of {@link CatalogReader}. Each takes the schema names as its only
 * parameter ({@code n.nspname = ANY(?)}) and covers every table of those schemas at once.
 *
 * <p>Partitions ({@code relispartition}) are left out everywhere: their columns, keys and indexes are the
 * partitioned parent's, which is read, and an entity maps to the parent, so listing each partition would only
 * clutter the diff with tables no entity describes.
 */
final class CatalogSql {
    /**
     * A comment, joined rather than through obj_description()/col_description(): those are SQL functions run
     * once per row, which took half the time of the column query on 1,000 tables.
     */
    private static final String DESCRIPTION = " LEFT JOIN pg_description ds ON ds.objoid = %s"
            + " AND ds.classoid = 'pg_class'::regclass AND ds.objsubid = %s";

    /** Tables, partitioned tables, views and materialized views, with the tables' comments. */
    static final String RELATIONS = "SELECT c.oid, n.nspname, c.relname, c.relkind, ds.description"
            + " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
            + String.format(DESCRIPTION, "c.oid", "0")
            + " WHERE n.nspname = ANY(?) AND c.relkind IN ('r', 'p', 'v', 'm') AND NOT c.relispartition";

    private static final String TABLES = " JOIN pg_class c ON c.oid = %s JOIN pg_namespace n ON n.oid = c.relnamespace";
    private static final String IN_TABLES = " n.nspname = ANY(?) AND c.relkind IN ('r', 'p') AND NOT c.relispartition";

    /** Live columns of every table in position order; the default of a generated column is its expression. */
    static final String COLUMNS = "SELECT a.attrelid, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull,"
            + " pg_get_expr(d.adbin, d.adrelid), a.attidentity, a.attgenerated, ds.description"
            + " FROM pg_attribute a" + String.format(TABLES, "a.attrelid")
            + " LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum"
            + String.format(DESCRIPTION, "a.attrelid", "a.attnum")
            + " WHERE" + IN_TABLES + " AND a.attnum > 0 AND NOT a.attisdropped"
            + " ORDER BY a.attrelid, a.attnum";

    private static final String KEY_NAMES = "ARRAY(SELECT a.attname::text FROM unnest(k.%s) WITH ORDINALITY u(num, ord)"
            + " JOIN pg_attribute a ON a.attrelid = k.%s AND a.attnum = u.num ORDER BY u.ord)";

    /**
     * Primary keys, unique, foreign key and check constraints. NOT NULL constraints (contype 'n' from
     * PostgreSQL 18) are nullability, read with the columns. {@code conparentid = 0} drops the clones that a
     * foreign key to a partitioned table gets for each partition of its target.
     */
    static final String CONSTRAINTS = "SELECT k.conrelid, k.conname, k.contype,"
            // Only checks need their text, and pg_get_constraintdef is the costly part of the query.
            + " CASE WHEN k.contype = 'c' THEN pg_get_constraintdef(k.oid) END,"
            + " " + String.format(KEY_NAMES, "conkey", "conrelid") + ", fn.nspname, fc.relname,"
            + " " + String.format(KEY_NAMES, "confkey", "confrelid") + ","
            + " k.confdeltype, k.confupdtype, k.condeferrable, k.condeferred, coalesce(i.indnullsnotdistinct, false)"
            + " FROM pg_constraint k" + String.format(TABLES, "k.conrelid")
            + " LEFT JOIN pg_class fc ON fc.oid = k.confrelid LEFT JOIN pg_namespace fn ON fn.oid = fc.relnamespace"
            + " LEFT JOIN pg_index i ON i.indexrelid = k.conindid AND k.contype = 'u'"
            + " WHERE" + IN_TABLES + " AND k.contype IN ('p', 'u', 'f', 'c') AND k.conparentid = 0";

    /**
     * Indexes that back no primary key, unique or exclusion constraint (those are the constraints). A key is
     * the column's name, or for an expression key the expression as {@code pg_get_indexdef(oid, n, false)}
     * prints it; INCLUDE columns are not keys and show in the definition only.
     */
    static final String INDEXES = "SELECT i.indrelid, ic.relname, i.indisunique, am.amname,"
            + " pg_get_expr(i.indpred, i.indrelid), pg_get_indexdef(i.indexrelid),"
            + " ARRAY(SELECT CASE WHEN i.indkey[s - 1] = 0 THEN pg_get_indexdef(i.indexrelid, s, false)"
            + " ELSE (SELECT a.attname::text FROM pg_attribute a WHERE a.attrelid = i.indrelid AND a.attnum = i.indkey[s - 1]) END"
            + " FROM generate_series(1, i.indnkeyatts) s ORDER BY s),"
            + " EXISTS (SELECT 1 FROM generate_series(0, i.indnkeyatts - 1) s WHERE i.indkey[s] = 0)"
            + " FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid JOIN pg_am am ON am.oid = ic.relam"
            + String.format(TABLES, "i.indrelid")
            + " WHERE" + IN_TABLES + " AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid"
            + " AND k.conrelid = i.indrelid AND k.contype IN ('p', 'u', 'x'))";

    /**
     * Sequences other than identity columns' own (those depend on their column with deptype 'i'), with the
     * column that owns them ({@code OWNED BY}: deptype 'a'); a sequence and its owner share a schema.
     */
    static final String SEQUENCES = "SELECT n.nspname, c.relname, format_type(s.seqtypid, NULL), s.seqstart, s.seqincrement,"
            + " s.seqmin, s.seqmax, s.seqcache, s.seqcycle, oc.relname, oa.attname"
            + " FROM pg_sequence s" + String.format(TABLES, "s.seqrelid")
            + " LEFT JOIN pg_depend d ON d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.objsubid = 0"
            + " AND d.refclassid = 'pg_class'::regclass AND d.deptype = 'a'"
            + " LEFT JOIN pg_class oc ON oc.oid = d.refobjid"
            + " LEFT JOIN pg_attribute oa ON oa.attrelid = d.refobjid AND oa.attnum = d.refobjsubid"
            + " WHERE n.nspname = ANY(?) AND NOT EXISTS (SELECT 1 FROM pg_depend di WHERE di.classid = 'pg_class'::regclass"
            + " AND di.objid = c.oid AND di.deptype = 'i')";

    /** Enum types with their labels in sort order (an enum may have none). */
    static final String ENUMS = "SELECT n.nspname, t.typname,"
            + " coalesce(array_agg(e.enumlabel::text ORDER BY e.enumsortorder) FILTER (WHERE e.enumlabel IS NOT NULL), '{}')"
            + " FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace LEFT JOIN pg_enum e ON e.enumtypid = t.oid"
            + " WHERE n.nspname = ANY(?) AND t.typtype = 'e' GROUP BY n.nspname, t.typname";

    /**
     * Pins the session's search_path to pg_catalog alone and returns the previous value (the subquery is
     * evaluated first). format_type and pg_get_expr leave out the schema of whatever the search_path makes
     * visible, so without the pin the same schema would read differently over two connections with different
     * search paths (a {@code currentSchema} URL option, a Liquibase default schema); with it every object
     * outside pg_catalog is schema-qualified, the same on both sides of a diff.
     */
    static final String PIN_SEARCH_PATH = "SELECT s.old, set_config('search_path', 'pg_catalog', false)"
            + " FROM (SELECT current_setting('search_path') AS old OFFSET 0) s";

    /** Puts the caller's search_path back. */
    static final String RESTORE_SEARCH_PATH = "SELECT set_config('search_path', ?, false)";

    private CatalogSql() {
    }
}
