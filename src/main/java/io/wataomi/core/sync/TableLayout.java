package io.wataomi.core.sync;

import io.wataomi.core.config.ConfigException;
import io.wataomi.core.model.Identifiers;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The sync's three tables as the database has them, read from pg_catalog before anything is written:
 * a missing schema, table or column, a non-boolean flag column, or a NOT NULL column that the sync would
 * leave empty is an error that names it and the setting to change.
 */
final class TableLayout {
    /** A column: its base type (no length), its length limit (or 0), whether NOT NULL, whether it fills itself. */
    record Column(String name, String type, int maxLength, boolean notNull, boolean filled) {
    }

    private final SyncTables tables;
    private final Map<String, Map<String, Column>> columns;
    private final Set<String> uniqueColumns;

    private TableLayout(SyncTables tables, Map<String, Map<String, Column>> columns, Set<String> uniqueColumns) {
        this.tables = tables;
        this.columns = columns;
        this.uniqueColumns = uniqueColumns;
    }

    /** Reads and checks the tables. */
    static TableLayout read(Connection c, SyncTables tables) throws SQLException {
        List<String> names = List.of(tables.name("user.table"), tables.name("workspace.table"), tables.name("member.table"));
        Map<String, Map<String, Column>> columns = new HashMap<>();
        Set<String> unique = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT c.relname, a.attname, format_type(a.atttypid, NULL),"
                + " CASE WHEN a.atttypid IN ('varchar'::regtype, 'bpchar'::regtype) AND a.atttypmod > 4 THEN a.atttypmod - 4 ELSE 0 END,"
                + " a.attnotnull, a.atthasdef OR a.attidentity <> '' OR a.attgenerated <> '',"
                + " EXISTS (SELECT 1 FROM pg_index i WHERE i.indrelid = c.oid AND i.indisunique AND i.indnkeyatts = 1"
                + " AND i.indkey[0] = a.attnum AND i.indpred IS NULL)"
                + " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                + " JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped"
                + " WHERE n.nspname = ? AND c.relname = ANY (?) AND c.relkind IN ('r', 'p')")) {
            ps.setString(1, tables.schema());
            ps.setArray(2, c.createArrayOf("text", names.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    columns.computeIfAbsent(rs.getString(1), t -> new HashMap<>()).put(rs.getString(2),
                            new Column(rs.getString(2), rs.getString(3), rs.getInt(4), rs.getBoolean(5), rs.getBoolean(6)));
                    if (rs.getBoolean(7)) {
                        unique.add(rs.getString(1) + "." + rs.getString(2));
                    }
                }
            }
        }
        TableLayout target = new TableLayout(tables, columns, unique);
        target.check(c);
        return target;
    }

    private void check(Connection c) throws SQLException {
        if (columns.isEmpty()) {
            throw new ConfigException("None of the sync's tables (" + tables.name("user.table") + ", " + tables.name("workspace.table")
                    + ", " + tables.name("member.table") + ") exists in schema " + Identifiers.quote(tables.schema())
                    + (schemaExists(c) ? "" : ", which does not exist") + ". Run mvn wataomi:upgrade first, or point"
                    + " wataomi.sync.schema and the wataomi.sync.*.table settings at your tables.");
        }
        for (String entity : List.of("user", "workspace", "member")) {
            String table = tables.name(entity + ".table");
            if (!columns.containsKey(table)) {
                throw new ConfigException("Table " + qualified(entity) + " does not exist, so the sync cannot write "
                        + entity + "s. Set " + SyncTables.property(entity + ".table") + " (in <syncTables> as "
                        + entity + ".table, or with -D) to the table that holds them.");
            }
            for (Map.Entry<String, String> e : tables.names().entrySet()) {
                if (e.getKey().startsWith(entity + ".") && !e.getKey().endsWith(".table") && e.getValue() != null) {
                    column(e.getKey());
                }
            }
        }
        requireBoolean("user.active");
        requireBoolean("workspace.isDefault");
    }

    /** The column of a key; an error naming the setting when the table lacks it. */
    Column column(String key) {
        String entity = key.substring(0, key.indexOf('.'));
        Column col = columns.get(tables.name(entity + ".table")).get(tables.name(key));
        if (col == null) {
            throw new ConfigException("Table " + qualified(entity) + " has no column " + Identifiers.quote(tables.name(key))
                    + ", which " + SyncTables.property(key) + " names. Set " + SyncTables.property(key) + " (in <syncTables> as "
                    + key + ", or with -D) to the right column" + (optional(key) ? ", or to none to leave it out." : "."));
        }
        return col;
    }

    /** True when the key's column is mapped (not {@code none}). */
    boolean has(String key) {
        return tables.name(key) != null;
    }

    /** Fails when a NOT NULL column without a default is not among the columns an insert fills. */
    void requireFilled(String entity, Set<String> filledKeys) {
        Set<String> filled = new HashSet<>();
        filledKeys.forEach(k -> filled.add(tables.name(k)));
        for (Column col : columns.get(tables.name(entity + ".table")).values()) {
            if (col.notNull() && !col.filled() && !filled.contains(col.name())) {
                throw new ConfigException("Table " + qualified(entity) + " has column " + Identifiers.quote(col.name())
                        + " NOT NULL without a default, and the sync does not fill it, so it cannot insert " + entity + "s."
                        + " Give the column a default (or make it an identity) in a revision, or map it with a wataomi.sync."
                        + entity + ".* setting.");
            }
        }
    }

    /** True when the key's column has a single-column unique index. */
    boolean unique(String key) {
        String entity = key.substring(0, key.indexOf('.'));
        return uniqueColumns.contains(tables.name(entity + ".table") + "." + tables.name(key));
    }

    /** The schema-qualified, quoted table of an entity. */
    String qualified(String entity) {
        return Identifiers.quote(tables.schema()) + "." + Identifiers.quote(tables.name(entity + ".table"));
    }

    /** The quoted column of a key. */
    String quoted(String key) {
        return Identifiers.quote(tables.name(key));
    }

    SyncTables tables() {
        return tables;
    }

    private void requireBoolean(String key) {
        if (has(key) && !column(key).type().equals("boolean")) {
            throw new ConfigException("Column " + quoted(key) + " of " + qualified(key.substring(0, key.indexOf('.'))) + " is "
                    + column(key).type() + ", but the sync writes true/false there. Set " + SyncTables.property(key)
                    + " to a boolean column, or to none.");
        }
    }

    private static boolean optional(String key) {
        return !Set.of("user.id", "user.casdoorId", "workspace.id", "workspace.slug", "member.workspaceId", "member.userId")
                .contains(key);
    }

    private boolean schemaExists(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM pg_namespace WHERE nspname = ?")) {
            ps.setString(1, tables.schema());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }
}
