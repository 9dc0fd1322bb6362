package io.wataomi.core.autogen;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hibernate's DDL split so that it can be applied on several connections at once: statements that must come
 * first (sequences, types, wherever they are in the script), each table's own statements (create, indexes, unique and check constraints,
 * comments) as one group, and the foreign keys last. Null when a statement does not fit: apply it in order.
 */
record DdlGroups(List<String> prelude, List<List<String>> tables, List<String> foreignKeys) {
    private static final Pattern CREATE_TABLE = Pattern.compile("create table (\\S+) \\(.*", Pattern.DOTALL);
    private static final Pattern CREATE_INDEX = Pattern.compile("create (?:unique )?index \\S+ on (\\S+) .*", Pattern.DOTALL);
    private static final Pattern CONSTRAINT = Pattern.compile("alter table (?:if exists )?(\\S+) add constraint \\S+ (?:unique|check) .*",
            Pattern.DOTALL);
    private static final Pattern COMMENT_TABLE = Pattern.compile("comment on table (\\S+) is .*", Pattern.DOTALL);

    static DdlGroups of(List<String> statements) {
        List<String> prelude = new ArrayList<>();
        Map<String, List<String>> tables = new LinkedHashMap<>();
        List<String> foreignKeys = new ArrayList<>();
        for (String sql : statements) {
            String lower = sql.strip().toLowerCase(Locale.ROOT);
            String table = table(lower);
            if (table != null) {
                tables.computeIfAbsent(table, t -> new ArrayList<>()).add(sql);
            } else if (lower.startsWith("alter table") && lower.contains(" foreign key ")) {
                foreignKeys.add(sql);
            } else if (lower.startsWith("create sequence") || lower.startsWith("create type")) {
                // Depend on no table; Hibernate writes them schema by schema, between the tables of another schema.
                prelude.add(sql);
            } else {
                return null;
            }
        }
        return new DdlGroups(prelude, new ArrayList<>(tables.values()), foreignKeys);
    }

    private static String table(String lower) {
        for (Pattern p : List.of(CREATE_TABLE, CREATE_INDEX, CONSTRAINT, COMMENT_TABLE)) {
            Matcher m = p.matcher(lower);
            if (m.matches()) {
                return m.group(1);
            }
        }
        if (lower.startsWith("comment on column ")) {
            String target = lower.substring("comment on column ".length(), lower.indexOf(" is "));
            return target.contains("\"") ? null : target.substring(0, target.lastIndexOf('.'));
        }
        return null;
    }

    /** The table groups dealt round-robin into n lists. */
    List<List<String>> split(int n) {
        List<List<String>> parts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            parts.add(new ArrayList<>());
        }
        for (int i = 0; i < tables.size(); i++) {
            parts.get(i % n).addAll(tables.get(i));
        }
        return parts;
    }
}
