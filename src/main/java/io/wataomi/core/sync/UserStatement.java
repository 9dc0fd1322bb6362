package io.wataomi.core.sync;

import java.util.ArrayList;
import java.util.List;

/**
 * The SQL of {@link UserWriter}: one statement of data-modifying CTEs over arrays. Parameters, in order:
 * the Casdoor ids, one text array per mapped text column, the active flags (when mapped), the member
 * role (when mapped), the default workspace's slug. Identifiers are quoted; values are only ever bound.
 */
final class UserStatement {
    private UserStatement() {
    }

    static String sql(Target t, List<String> textKeys) {
        boolean active = t.has("user.active");
        List<String> targetCols = new ArrayList<>(List.of(t.quoted("user.casdoorId")));
        List<String> incomingCols = new ArrayList<>(List.of("i.c0"));
        List<String> casts = new ArrayList<>(List.of("x.k::" + t.column("user.casdoorId").type() + " AS c0"));
        List<String> arrays = new ArrayList<>(List.of("?::text[]"));
        List<String> aliases = new ArrayList<>(List.of("k"));
        for (int k = 0; k < textKeys.size(); k++) {
            targetCols.add(t.quoted(textKeys.get(k)));
            incomingCols.add("i.c" + (k + 1));
            casts.add("x.t" + (k + 1) + "::" + t.column(textKeys.get(k)).type() + " AS c" + (k + 1));
            arrays.add("?::text[]");
            aliases.add("t" + (k + 1));
        }
        if (active) {
            targetCols.add(t.quoted("user.active"));
            incomingCols.add("i.a");
            casts.add("x.a AS a");
            arrays.add("?::boolean[]");
            aliases.add("a");
        }
        String user = t.qualified("user");
        String id = t.quoted("user.id");
        List<String> compared = new ArrayList<>();
        List<String> incomingCompared = incomingCols.subList(1, incomingCols.size());
        for (int k = 1; k < targetCols.size(); k++) {
            compared.add("u." + targetCols.get(k));
        }
        StringBuilder sql = new StringBuilder("WITH incoming AS (SELECT ").append(String.join(", ", casts))
                .append(" FROM unnest(").append(String.join(", ", arrays)).append(") AS x(").append(String.join(", ", aliases))
                .append(")),\n");
        sql.append("existing AS (SELECT u.").append(id).append(" AS id, i.c0, ")
                .append(compared.isEmpty() ? "false" : "ROW(" + String.join(", ", compared) + ") IS DISTINCT FROM ROW("
                        + String.join(", ", incomingCompared) + ")")
                .append(" AS changed, ").append(active ? "u." + t.quoted("user.active") : "true")
                .append(" AS was_active FROM ").append(user).append(" u JOIN incoming i ON u.")
                .append(t.quoted("user.casdoorId")).append(" = i.c0),\n");
        sql.append("updated AS (");
        if (compared.isEmpty()) {
            sql.append("SELECT false AS deactivated WHERE false");
        } else {
            List<String> sets = new ArrayList<>();
            for (int k = 1; k < targetCols.size(); k++) {
                sets.add(targetCols.get(k) + " = " + incomingCols.get(k));
            }
            if (t.has("user.updatedAt")) {
                sets.add(t.quoted("user.updatedAt") + " = now()");
            }
            sql.append("UPDATE ").append(user).append(" u SET ").append(String.join(", ", sets))
                    .append(" FROM existing e JOIN incoming i ON i.c0 = e.c0 WHERE u.").append(id).append(" = e.id AND e.changed")
                    .append(" RETURNING ").append(active ? "e.was_active AND NOT u." + t.quoted("user.active") : "false")
                    .append(" AS deactivated");
        }
        sql.append("),\n");
        List<String> insertCols = new ArrayList<>(targetCols);
        List<String> insertValues = new ArrayList<>(incomingCols);
        for (String key : List.of("user.createdAt", "user.updatedAt")) {
            if (t.has(key)) {
                insertCols.add(t.quoted(key));
                insertValues.add("now()");
            }
        }
        sql.append("inserted AS (INSERT INTO ").append(user).append(" (").append(String.join(", ", insertCols))
                .append(") SELECT ").append(String.join(", ", insertValues))
                .append(" FROM incoming i WHERE NOT EXISTS (SELECT 1 FROM existing e WHERE e.c0 = i.c0) RETURNING ")
                .append(id).append(" AS id, ").append(active ? t.quoted("user.active") : "true").append(" AS active),\n");
        sql.append("joined AS (").append(membership(t)).append(")\n");
        sql.append("SELECT (SELECT count(*) FROM inserted), (SELECT count(*) FROM inserted WHERE NOT active),"
                + " (SELECT count(*) FROM updated), (SELECT count(*) FROM updated WHERE deactivated), (SELECT count(*) FROM joined)");
        return sql.toString();
    }

    private static String membership(Target t) {
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
                + " FROM (SELECT id FROM existing UNION ALL SELECT id FROM inserted) x CROSS JOIN (SELECT "
                + t.quoted("workspace.id") + " AS id FROM " + t.qualified("workspace") + " WHERE " + t.quoted("workspace.slug")
                + " = ?) w WHERE NOT EXISTS (SELECT 1 FROM " + member + " m WHERE m." + t.quoted("member.workspaceId")
                + " = w.id AND m." + t.quoted("member.userId") + " = x.id) RETURNING 1";
    }
}
