package io.wataomi.core.sync;

import io.wataomi.core.config.ConfigException;
import io.wataomi.core.config.PropertyNames;
import io.wataomi.core.config.Defaults;
import io.wataomi.core.config.LayeredSettings;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The tables and columns the sync writes, by key ({@code user.table}, {@code user.email}, ...; the
 * property is {@code wataomi.sync.<key>}). Defaults match the quickstart's entities. An optional column
 * set to {@value #NONE} is not written.
 *
 * @param schema               the schema of the three tables
 * @param names                key to table or column name, null for a column left out
 * @param defaultWorkspace     the default workspace's slug
 * @param defaultWorkspaceName the default workspace's name when the sync creates it
 * @param memberRole           the role of memberships the sync creates
 */
public record SyncTables(String schema, Map<String, String> names, String defaultWorkspace, String defaultWorkspaceName,
                         String memberRole) {
    /** The value that leaves an optional column out. */
    public static final String NONE = "none";
    private static final Set<String> REQUIRED = Set.of("user.table", "user.id", "user.casdoorId", "workspace.table",
            "workspace.id", "workspace.slug", "member.table", "member.workspaceId", "member.userId");

    /** Reads the names; the schema defaults to {@code wataomi.schema}. Unknown {@code wataomi.sync.*} keys are refused. */
    public static SyncTables from(LayeredSettings settings, String defaultSchema) {
        Set<String> known = Set.of(PropertyNames.SYNC_DEFAULT_WORKSPACE, PropertyNames.SYNC_DEFAULT_WORKSPACE_NAME,
                PropertyNames.SYNC_MEMBER_ROLE);
        for (String name : settings.names(PropertyNames.SYNC_PREFIX)) {
            String key = name.substring(PropertyNames.SYNC_PREFIX.length());
            if (!known.contains(name) && !PropertyNames.SYNC_TABLES.containsKey(key)) {
                throw new ConfigException("Unknown sync setting " + name + " (<syncTables> key '" + key + "'). The keys are: "
                        + String.join(", ", PropertyNames.SYNC_TABLES.keySet()) + ".");
            }
        }
        Map<String, String> names = new LinkedHashMap<>();
        PropertyNames.SYNC_TABLES.forEach((key, fallback) -> {
            if (!key.equals("schema")) {
                String value = settings.get(PropertyNames.SYNC_PREFIX + key, fallback);
                if (value.equalsIgnoreCase(NONE)) {
                    if (REQUIRED.contains(key)) {
                        throw new ConfigException(PropertyNames.SYNC_PREFIX + key + " cannot be '" + NONE + "': the sync needs "
                                + "that " + (key.endsWith(".table") ? "table" : "column") + ". Name it, or leave the setting out"
                                + " for the default '" + fallback + "'.");
                    }
                    value = null;
                }
                names.put(key, value);
            }
        });
        return new SyncTables(settings.get(PropertyNames.SYNC_PREFIX + "schema", defaultSchema), names,
                settings.get(PropertyNames.SYNC_DEFAULT_WORKSPACE, Defaults.SYNC_DEFAULT_WORKSPACE),
                settings.get(PropertyNames.SYNC_DEFAULT_WORKSPACE_NAME, Defaults.SYNC_DEFAULT_WORKSPACE_NAME),
                settings.get(PropertyNames.SYNC_MEMBER_ROLE, Defaults.SYNC_MEMBER_ROLE));
    }

    /** The defaults, in a schema. */
    public static SyncTables defaults(String schema) {
        return from(LayeredSettings.resolve(Map.of(), Map.of(), Map.of(), Map.of()), schema);
    }

    /** The table or column name of a key, or null when the column is left out. */
    public String name(String key) {
        if (!names.containsKey(key)) {
            throw new IllegalArgumentException("No sync key " + key);
        }
        return names.get(key);
    }

    /** The property that sets a key, for messages. */
    public static String property(String key) {
        return PropertyNames.SYNC_PREFIX + key;
    }
}
