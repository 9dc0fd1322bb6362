package io.wataomi.core.sync;

import java.util.ArrayList;
import java.util.List;

/**
 * The SQL of {@link UserWriter}: one statement of data-modifying CTEs over arrays. {@code matched} pairs
 * each incoming user with its row (or none); changed rows are updated, missing ones inserted, and every
 * user without a default-workspace membership gets one. Parameters, in order: the Casdoor ids, one text
 * array per mapped text column, the active flags (when mapped), the member role (when mapped), the
 * default workspace's slug. Identifiers are quoted; values are only ever bound.
 */
final class UserStatement {
    /** A value column: its quoted name in the table and its alias in {@code incoming}. */
    private record Col(String column, String alias) {
    }

    private UserStatement() {
    }

    static String sql(TableLayout t, List<String> textKeys) {
        boolean active = t.has("user.active");
        String user = t.qualified("user");
        String id = t.quoted("user.id");
        String key = t.quoted("user.casdoorId");
        List<String> casts = new ArrayList<>(List.of("x.k::" + t.column("user.casdoorId").type() + " AS k"));
        List<String> arrays = new ArrayList<>(List.of("?::text[]"));
        List<String> aliases = new ArrayList<>(List.of("k"));
        List<Col> cols = new ArrayList<>();
        for (int n = 0; n < textKeys.size(); n++) {
            String alias = "v" + n;
            cols.add(new Col(t.quoted(textKeys.get(n)), alias));
            casts.add("x." + alias + "::" + t.column(textKeys.get(n)).type() + " AS " + alias);
            arrays.add("?::text[]");
            aliases.add(alias);
        }
        if (active) {
            cols.add(new Col(t.quoted("user.active"), "a"));
            casts.add("x.a");
            arrays.add("?::boolean[]");
            aliases.add("a");
        }
        String changed = cols.isEmpty() ? "false" : "u." + id + " IS NOT NULL AND ROW("
                + String.join(", ", cols.stream().map(c -> "u." + c.column()).toList()) + ") IS DISTINCT FROM ROW("
                + String.join(", ", cols.stream().map(c -> "i." + c.alias()).toList()) + ")";
        StringBuilder sql = new StringBuilder();
        sql.append("WITH incoming AS (SELECT ").append(String.join(", ", casts)).append(" FROM unnest(")
                .append(String.join(", ", arrays)).append(") AS x(").append(String.join(", ", aliases)).append(")),\n");
        sql.append("matched AS (SELECT i.*, u.").append(id).append(" AS id, ").append(changed).append(" AS changed, ")
                .append(active ? "u." + t.quoted("user.active") : "true").append(" AS was_active FROM incoming i LEFT JOIN ")
                .append(user).append(" u ON u.").append(key).append(" = i.k),\n");
        sql.append("updated AS (").append(update(t, user, id, cols, active)).append("),\n");
        List<String> insertCols = new ArrayList<>(List.of(key));
        List<String> insertValues = new ArrayList<>(List.of("m.k"));
        cols.forEach(c -> {
            insertCols.add(c.column());
            insertValues.add("m." + c.alias());
        });
        for (String stamp : List.of("user.createdAt", "user.updatedAt")) {
            if (t.has(stamp)) {
                insertCols.add(t.quoted(stamp));
                insertValues.add("now()");
            }
        }
        sql.append("inserted AS (INSERT INTO ").append(user).append(" (").append(String.join(", ", insertCols)).append(") SELECT ")
                .append(String.join(", ", insertValues)).append(" FROM matched m WHERE m.id IS NULL RETURNING ").append(id)
                .append(" AS id, ").append(active ? t.quoted("user.active") : "true").append(" AS active),\n");
        sql.append("joined AS (").append(membership(t)).append(")\n");
        sql.append("SELECT (SELECT count(*) FROM inserted), (SELECT count(*) FROM inserted WHERE NOT active),"
                + " (SELECT count(*) FROM updated), (SELECT count(*) FROM updated WHERE deactivated), (SELECT count(*) FROM joined)");
        return sql.toString();
    }

    private static String update(TableLayout t, String user, String id, List<Col> cols, boolean active) {
        if (cols.isEmpty()) {
            return "SELECT false AS deactivated WHERE false";
        }
        List<String> sets = new ArrayList<>();
        cols.forEach(c -> sets.add(c.column() + " = m." + c.alias()));
        if (t.has("user.updatedAt")) {
            sets.add(t.quoted("user.updatedAt") + " = now()");
        }
        return "UPDATE " + user + " u SET " + String.join(", ", sets) + " FROM matched m WHERE u." + id + " = m.id AND m.changed"
                + " RETURNING " + (active ? "m.was_active AND NOT u." + t.quoted("user.active") : "false") + " AS deactivated";
    }

    private static String membership(TableLayout t) {
        String member = t.qualified("member");
        List<String> cols = new ArrayList<>(List.of(t.quoted("member.workspaceId"), t.quoted("member.userId")));
        List<String> values = new ArrayList<>(List.of("w.id", "x.id"));
        if (t.has("member.role")) {
            cols.add(t.quoted("member.role"));
            values.add("?");
        }
        if (t.has("member.createdAt")) {
            cols.add(t.quoted("member.createdAt"));
            values.add("now()");
        }
        return "INSERT INTO " + member + " (" + String.join(", ", cols) + ") SELECT " + String.join(", ", values)
                + " FROM (SELECT id FROM matched WHERE id IS NOT NULL UNION ALL SELECT id FROM inserted) x CROSS JOIN (SELECT "
                + t.quoted("workspace.id") + " AS id FROM " + t.qualified("workspace") + " WHERE " + t.quoted("workspace.slug")
                + " = ?) w WHERE NOT EXISTS (SELECT 1 FROM " + member + " m WHERE m." + t.quoted("member.workspaceId")
                + " = w.id AND m." + t.quoted("member.userId") + " = x.id) RETURNING 1";
    }
}
