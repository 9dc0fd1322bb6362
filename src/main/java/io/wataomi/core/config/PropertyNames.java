package io.wataomi.core.config;

import java.util.Map;

/** Every user-facing property name, in one place. They are the contract with users: never rename one. */
public final class PropertyNames {
    public static final String PREFIX = "wataomi.";
    public static final String URL = "wataomi.url";
    public static final String USERNAME = "wataomi.username";
    public static final String PASSWORD = "wataomi.password";
    public static final String SCHEMA = "wataomi.schema";
    public static final String SERVER_ID = "wataomi.serverId";
    public static final String CHANGELOG_DIRECTORY = "wataomi.changelogDirectory";
    public static final String EMBEDDED_DIRECTORY = "wataomi.embeddedDirectory";
    /** The port wataomi:db-start serves the embedded database on. */
    public static final String PORT = "wataomi.port";
    /** Whether a missing URL means the embedded database; false makes it an error (deploy jobs). */
    public static final String EMBEDDED = "wataomi.embedded";
    public static final String FILE_TEMPLATE = "wataomi.fileTemplate";
    public static final String CONTEXTS = "wataomi.contexts";
    public static final String LABELS = "wataomi.labels";
    public static final String LOCK_TIMEOUT = "wataomi.lockTimeout";
    /** The command-line jar only: an application jar or classes folder whose db/changelog holds the revisions. */
    public static final String CLASSPATH = "wataomi.classpath";
    /** How long a revision's statement may wait for a table lock (server-side lock_timeout); not the migration lock's wait. */
    public static final String DDL_LOCK_TIMEOUT = "wataomi.ddlLockTimeout";
    public static final String DDL_LOCK_RETRIES = "wataomi.ddlLockRetries";
    public static final String STATEMENT_TIMEOUT = "wataomi.statementTimeout";
    /** How often a long-running changeSet of upgrade or downgrade says it is still running; 0: never. */
    public static final String HEARTBEAT = "wataomi.heartbeat";
    public static final String MESSAGE = "wataomi.message";
    public static final String TARGET = "wataomi.target";
    public static final String SQL = "wataomi.sql";
    public static final String SQL_FILE = "wataomi.sqlFile";
    public static final String AUTOGENERATE = "wataomi.autogenerate";
    public static final String VERBOSE = "wataomi.verbose";
    public static final String RANGE = "wataomi.range";
    public static final String REVISIONS = "wataomi.revisions";
    public static final String SKIP = "wataomi.skip";
    public static final String PACKAGES = "wataomi.packages";
    public static final String NAMING_STRATEGY = "wataomi.namingStrategy";
    public static final String FORMAT = "wataomi.format";
    public static final String RENAMES = "wataomi.renames";
    /** Whether create renders the forms that do not block reads and writes on tables that exist already. */
    public static final String SAFE_DDL = "wataomi.safeDdl";
    public static final String DIFF_AGAINST = "wataomi.diffAgainst";
    public static final String DEV_URL = "wataomi.devUrl";
    public static final String PERSISTENCE_UNIT = "wataomi.persistenceUnit";
    public static final String PROFILES = "wataomi.profiles";
    /** The lint rules' severities: {@code rule=error|warning|off}, comma-separated. */
    public static final String LINT_SEVERITY = "wataomi.lint.severity";
    /** Prefix of one Hibernate setting that wins over the application's: {@code wataomi.hibernateProperties.hibernate.x}. */
    public static final String HIBERNATE_PREFIX = "wataomi.hibernateProperties.";

    public static final String CASDOOR_ENDPOINT = "wataomi.casdoor.endpoint";
    public static final String CASDOOR_CLIENT_ID = "wataomi.casdoor.clientId";
    public static final String CASDOOR_CLIENT_SECRET = "wataomi.casdoor.clientSecret";
    public static final String CASDOOR_APP_NAME = "wataomi.casdoor.appName";
    public static final String CASDOOR_ORG_NAME = "wataomi.casdoor.orgName";
    public static final String CASDOOR_CERTIFICATE = "wataomi.casdoor.certificate";
    public static final String CASDOOR_SERVER_ID = "wataomi.casdoor.serverId";
    public static final String CASDOOR_CONNECT_TIMEOUT = "wataomi.casdoor.connectTimeout";
    public static final String CASDOOR_READ_TIMEOUT = "wataomi.casdoor.readTimeout";
    public static final String CASDOOR_RETRIES = "wataomi.casdoor.retries";
    public static final String CASDOOR_PAGE_SIZE = "wataomi.casdoor.pageSize";

    /** Prefix of the sync's target names: {@code wataomi.sync.user.table} and the other keys of {@link #SYNC_TABLES}. */
    public static final String SYNC_PREFIX = "wataomi.sync.";
    public static final String SYNC_DEFAULT_WORKSPACE = "wataomi.sync.defaultWorkspace";
    public static final String SYNC_DEFAULT_WORKSPACE_NAME = "wataomi.sync.defaultWorkspaceName";
    public static final String SYNC_MEMBER_ROLE = "wataomi.sync.memberRole";

    /**
     * The sync's tables and columns: key (the property is {@code wataomi.sync.<key>}) and default, which
     * matches the quickstart's User, Workspace and WorkspaceMember entities.
     */
    public static final Map<String, String> SYNC_TABLES = syncTables();

    public static final String RESET_CONFIRM = "wataomi.reset.confirm";
    public static final String RESET_ALLOW_REMOTE = "wataomi.reset.allowRemote";
    public static final String RESET_SCHEMAS = "wataomi.reset.schemas";
    public static final String RESET_SYNC = "wataomi.reset.sync";

    /** Environment (and .env) variable names and the property each one sets. */
    public static final Map<String, String> ENVIRONMENT = Map.of(
            "DATABASE_URL", URL,
            "DATABASE_USER", USERNAME,
            "DATABASE_PASSWORD", PASSWORD,
            "CASDOOR_ENDPOINT", CASDOOR_ENDPOINT,
            "CASDOOR_CLIENT_ID", CASDOOR_CLIENT_ID,
            "CASDOOR_CLIENT_SECRET", CASDOOR_CLIENT_SECRET,
            "CASDOOR_APP_NAME", CASDOOR_APP_NAME,
            "CASDOOR_ORG_NAME", CASDOOR_ORG_NAME,
            "CASDOOR_CERTIFICATE", CASDOOR_CERTIFICATE);

    /** The variables whose double-quoted value may span lines in .env; every other one of {@link #ENVIRONMENT} is one line. */
    public static final java.util.Set<String> MULTI_LINE_VARIABLES = java.util.Set.of("CASDOOR_CERTIFICATE");

    /** The environment variable that sets a property, or null when none does. */
    public static String variableFor(String property) {
        return ENVIRONMENT.entrySet().stream().filter(e -> e.getValue().equals(property)).map(Map.Entry::getKey).findFirst().orElse(null);
    }

    /** Properties whose values are connection URLs, which may carry a password. */
    public static boolean isUrl(String property) {
        return property.equals(URL) || property.equals(DEV_URL);
    }

    /** Properties whose values are secrets. */
    public static boolean isSecret(String property) {
        return property.equals(PASSWORD) || property.equals(CASDOOR_CLIENT_SECRET) || property.equals(CASDOOR_CERTIFICATE);
    }

    private static Map<String, String> syncTables() {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        m.put("schema", "");
        m.put("user.table", "user");
        m.put("user.id", "id");
        m.put("user.casdoorId", "casdoor_id");
        m.put("user.email", "email");
        m.put("user.name", "name");
        m.put("user.avatar", "avatar");
        m.put("user.active", "is_active");
        m.put("user.createdAt", "created_at");
        m.put("user.updatedAt", "updated_at");
        m.put("workspace.table", "workspace");
        m.put("workspace.id", "id");
        m.put("workspace.slug", "slug");
        m.put("workspace.name", "name");
        m.put("workspace.isDefault", "is_default");
        m.put("workspace.createdAt", "created_at");
        m.put("member.table", "workspace_member");
        m.put("member.workspaceId", "workspace_id");
        m.put("member.userId", "user_id");
        m.put("member.role", "role");
        m.put("member.createdAt", "created_at");
        return java.util.Collections.unmodifiableMap(m);
    }

    /** The per-goal skip property, e.g. {@code wataomi.upgrade.skip}. */
    public static String skipFor(String goal) {
        return PREFIX + goal + ".skip";
    }

    private PropertyNames() {
    }
}
