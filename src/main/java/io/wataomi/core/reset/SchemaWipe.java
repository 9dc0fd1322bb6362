package io.wataomi.core.reset;

import io.wataomi.core.shared.Output;
import io.wataomi.core.shared.DatabaseFailure;
import io.wataomi.core.config.ConfigException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Drops every object in some schemas, in one transaction: views, materialized views, foreign tables,
 * tables, sequences, functions, procedures, aggregates, types, domains, collations and text search
 * configurations and dictionaries (with CASCADE, so indexes, triggers, policies, operators and casts
 * go with them). The schemas themselves stay, so their owner, grants, default privileges and comments
 * are kept; objects that belong to an extension are left to it.
 */
public final class SchemaWipe {
    /** DROP command per object kind, in the order they are dropped. */
    private static final Map<String, String> DROP = new LinkedHashMap<>();
    static {
        DROP.put("v", "VIEW");
        DROP.put("m", "MATERIALIZED VIEW");
        DROP.put("f", "FOREIGN TABLE");
        DROP.put("r", "TABLE");
        DROP.put("p", "TABLE");
        DROP.put("S", "SEQUENCE");
        DROP.put("fn", "FUNCTION");
        DROP.put("pr", "PROCEDURE");
        DROP.put("ag", "AGGREGATE");
        DROP.put("d", "DOMAIN");
        DROP.put("t", "TYPE");
        DROP.put("co", "COLLATION");
        DROP.put("tc", "TEXT SEARCH CONFIGURATION");
        DROP.put("td", "TEXT SEARCH DICTIONARY");
    }

    /** Extension members are left to their extension; internal parts (a range type's
     * constructors) go with their owner; a partitioned table depends internally on itself, which does not count. */
    private static final String NOT_EXTENSION = " AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = o.cls"
            + " AND d.objid = o.oid AND (d.deptype = 'e' OR (d.deptype = 'i' AND d.refobjid <> d.objid)))";
    private static final String OBJECTS = "SELECT o.kind, o.name FROM ("
            + "SELECT 'pg_class'::regclass AS cls, c.oid, c.relkind::text AS kind, format('%I.%I', n.nspname, c.relname) AS name, n.nspname FROM pg_class c"
            + " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind IN ('v', 'm', 'f', 'r', 'p', 'S')"
            + " UNION ALL SELECT 'pg_proc'::regclass, p.oid, CASE p.prokind WHEN 'p' THEN 'pr' WHEN 'a' THEN 'ag' ELSE 'fn' END,"
            + " format('%I.%I(%s)', n.nspname, p.proname, pg_get_function_identity_arguments(p.oid)), n.nspname FROM pg_proc p"
            + " JOIN pg_namespace n ON n.oid = p.pronamespace"
            + " UNION ALL SELECT 'pg_type'::regclass, t.oid, CASE t.typtype WHEN 'd' THEN 'd' ELSE 't' END, format('%I.%I', n.nspname, t.typname),"
            + " n.nspname FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace"
            + " WHERE t.typtype IN ('e', 'd', 'r') OR (t.typtype = 'c' AND (SELECT relkind FROM pg_class WHERE oid = t.typrelid) = 'c')"
            + " UNION ALL SELECT 'pg_collation'::regclass, c.oid, 'co', format('%I.%I', n.nspname, c.collname), n.nspname FROM pg_collation c"
            + " JOIN pg_namespace n ON n.oid = c.collnamespace"
            + " UNION ALL SELECT 'pg_ts_config'::regclass, c.oid, 'tc', format('%I.%I', n.nspname, c.cfgname), n.nspname FROM pg_ts_config c"
            + " JOIN pg_namespace n ON n.oid = c.cfgnamespace"
            + " UNION ALL SELECT 'pg_ts_dict'::regclass, c.oid, 'td', format('%I.%I', n.nspname, c.dictname), n.nspname FROM pg_ts_dict c"
            + " JOIN pg_namespace n ON n.oid = c.dictnamespace"
            + ") o WHERE o.nspname = ANY (?)" + NOT_EXTENSION + " ORDER BY o.name";

    private SchemaWipe() {
    }

    /** Drops everything in the schemas and commits; returns the number of objects dropped by name. */
    public static int drop(Connection c, List<String> schemas, Output output) {
        refuseSystemSchemas(schemas);
        try {
            Map<String, List<String>> objects = objects(c, schemas);
            int count = 0;
            try (Statement st = c.createStatement()) {
                for (Map.Entry<String, String> kind : DROP.entrySet()) {
                    List<String> names = objects.getOrDefault(kind.getKey(), List.of());
                    if (!names.isEmpty()) {
                        st.execute("DROP " + kind.getValue() + " IF EXISTS " + String.join(", ", names) + " CASCADE");
                        report(st.getWarnings(), output);
                        st.clearWarnings();
                        count += names.size();
                    }
                }
            }
            Map<String, List<String>> left = objects(c, schemas);
            if (!left.isEmpty()) {
                c.rollback();
                throw new DatabaseFailure("Reset could not drop everything in " + String.join(", ", schemas) + " (left: "
                        + left.values().stream().flatMap(List::stream).limit(5).toList() + "); it was rolled back, nothing changed.");
            }
            c.commit();
            output.info("Dropped " + count + " object" + (count == 1 ? "" : "s") + " in schema" + (schemas.size() == 1 ? " " : "s ")
                    + String.join(", ", schemas) + ".");
            return count;
        } catch (SQLException e) {
            try {
                c.rollback();
            } catch (SQLException ignored) {
                // the connection is closed next
            }
            throw new DatabaseFailure("Reset could not drop the objects of " + String.join(", ", schemas) + ": " + e.getMessage()
                    + ". It was rolled back; nothing changed.", e);
        }
    }

    private static void refuseSystemSchemas(List<String> schemas) {
        for (String s : schemas) {
            String lower = s.toLowerCase(Locale.ROOT);
            if (lower.startsWith("pg_") || lower.equals("information_schema")) {
                throw new ConfigException("wataomi.reset.schemas names the system schema " + s + ", which reset never touches."
                        + " List only your application's schemas.");
            }
        }
    }

    /**
     * Refuses a list of schemas that names one the database does not have: a typo there would otherwise leave the
     * schema that was meant untouched while the reset reports success.
     */
    public static void requireExisting(Connection c, List<String> schemas, String database) throws SQLException {
        refuseSystemSchemas(schemas);
        List<String> existing = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT nspname FROM pg_namespace WHERE nspname NOT LIKE"
                + " 'pg\\_%' AND nspname <> 'information_schema' ORDER BY 1")) {
            while (rs.next()) {
                existing.add(rs.getString(1));
            }
        }
        List<String> missing = new ArrayList<>();
        for (String s : schemas) {
            if (!existing.contains(s)) {
                String near = existing.stream().filter(e -> e.equalsIgnoreCase(s)).findFirst().orElse(null);
                missing.add(s + (near == null ? "" : " (did you mean " + near + "?)"));
            }
        }
        if (!missing.isEmpty()) {
            throw new ConfigException("wataomi.reset.schemas names " + (missing.size() == 1 ? "a schema" : "schemas") + " that database '"
                    + database + "' does not have: " + String.join(", ", missing) + ". Nothing was dropped. The schemas it has: "
                    + String.join(", ", existing) + ".");
        }
    }

    private static Map<String, List<String>> objects(Connection c, List<String> schemas) throws SQLException {
        Map<String, List<String>> out = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement(OBJECTS)) {
            ps.setArray(1, c.createArrayOf("text", schemas.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
                }
            }
        }
        return out;
    }

    private static void report(SQLWarning w, Output output) {
        for (; w != null; w = w.getNextWarning()) {
            output.debug("  " + w.getMessage());
        }
    }
}
