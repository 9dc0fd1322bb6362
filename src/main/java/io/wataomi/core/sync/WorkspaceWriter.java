package io.wataomi.core.sync;

import io.wataomi.core.casdoor.CasdoorApplication;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Workspaces: one per application of the organization, keyed by slug (the application name), and the
 * default workspace. A workspace is written only when it is new or its name changed; the default one is
 * created if missing and otherwise left as it is (only marked default if it was not).
 */
final class WorkspaceWriter {
    /** What the workspaces step changed. */
    record Counts(int created, int updated, int unchanged) {
    }

    private final Connection c;
    private final TableLayout t;

    WorkspaceWriter(Connection c, TableLayout t) {
        this.c = c;
        this.t = t;
    }

    /** Writes the applications' workspaces, then ensures the default one. */
    Counts write(List<CasdoorApplication> applications) throws SQLException {
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        for (CasdoorApplication app : applications) {
            String slug = ColumnValues.workspace(t, "workspace.slug", app.name(), app);
            String name = t.has("workspace.name") ? ColumnValues.workspace(t, "workspace.name", app.shownName(), app) : null;
            switch (upsert(slug, name, false)) {
                case 1 -> created++;
                case 2 -> updated++;
                default -> unchanged++;
            }
        }
        int d = upsert(t.tables().defaultWorkspace(), t.tables().defaultWorkspaceName(), true);
        return new Counts(created + (d == 1 ? 1 : 0), updated + (d == 2 ? 1 : 0), unchanged + (d == 0 ? 1 : 0));
    }

    /** 1 created, 2 updated, 0 unchanged. The default workspace keeps its name; others follow Casdoor's. */
    private int upsert(String slug, String name, boolean isDefault) throws SQLException {
        String ws = t.qualified("workspace");
        String select = "SELECT " + (t.has("workspace.name") ? t.quoted("workspace.name") : "NULL") + ", "
                + (t.has("workspace.isDefault") ? t.quoted("workspace.isDefault") : "false")
                + " FROM " + ws + " WHERE " + t.quoted("workspace.slug") + " = ?";
        try (PreparedStatement ps = c.prepareStatement(select)) {
            ps.setString(1, slug);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    boolean rename = !isDefault && t.has("workspace.name") && !Objects.equals(rs.getString(1), name);
                    boolean mark = isDefault && t.has("workspace.isDefault") && !rs.getBoolean(2);
                    if (!rename && !mark) {
                        return 0;
                    }
                    String set = rename ? t.quoted("workspace.name") + " = ?" : t.quoted("workspace.isDefault") + " = true";
                    try (PreparedStatement up = c.prepareStatement("UPDATE " + ws + " SET " + set + " WHERE "
                            + t.quoted("workspace.slug") + " = ?")) {
                        int p = 1;
                        if (rename) {
                            up.setString(p++, name);
                        }
                        up.setString(p, slug);
                        up.executeUpdate();
                    }
                    return 2;
                }
            }
        }
        insert(slug, name, isDefault);
        return 1;
    }

    private void insert(String slug, String name, boolean isDefault) throws SQLException {
        List<String> cols = new ArrayList<>(List.of(t.quoted("workspace.slug")));
        List<String> values = new ArrayList<>(List.of("?"));
        if (t.has("workspace.name")) {
            cols.add(t.quoted("workspace.name"));
            values.add("?");
        }
        if (t.has("workspace.isDefault")) {
            cols.add(t.quoted("workspace.isDefault"));
            values.add(isDefault ? "true" : "false");
        }
        if (t.has("workspace.createdAt")) {
            cols.add(t.quoted("workspace.createdAt"));
            values.add("now()");
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + t.qualified("workspace") + " (" + String.join(", ", cols)
                + ") VALUES (" + String.join(", ", values) + ")")) {
            ps.setString(1, slug);
            if (t.has("workspace.name")) {
                ps.setString(2, name);
            }
            ps.executeUpdate();
        }
    }
}
