package io.wataomi.core.config;

/**
 * The one default of every option that has one. The Maven goals show them in their descriptors
 * ({@code @Parameter(defaultValue = Defaults.X)}) and the core falls back to the same constant, so the two never differ.
 */
public final class Defaults {
    public static final String SCHEMA = "public";
    public static final String EMBEDDED = "true";
    public static final String LOCK_TIMEOUT_SECONDS = "300";
    /** Relative to the project's base directory. */
    public static final String CHANGELOG_DIRECTORY = "src/main/resources/db/changelog";
    /** Relative to the project's base directory. */
    public static final String EMBEDDED_DIRECTORY = "target/wataomi/postgres";
    /** Outside every system's range of ports handed out at random, and beside PostgreSQL's own 5432. */
    public static final String PORT = "15432";
    /** As in the seed: {@code 20251129_1030-3f2a9c1b7d4e_add_user_bio_field}. */
    public static final String FILE_TEMPLATE = "{year}{month}{day}_{hour}{minute}-{rev}_{slug}";
    public static final String SKIP = "false";
    public static final String DDL_LOCK_TIMEOUT = "5s";
    public static final String DDL_LOCK_RETRIES = "5";
    public static final String HEARTBEAT = "5s";
    public static final String UPGRADE_TARGET = "head";
    public static final String SQL = "false";
    public static final String VERBOSE = "false";
    public static final String AUTOGENERATE = "true";
    public static final String RESET_ALLOW_REMOTE = "false";
    public static final String RESET_SYNC = "true";
    public static final String FORMAT = "xml";
    public static final String DIFF_AGAINST = "database";
    public static final String SAFE_DDL = "true";
    public static final String NAMING_STRATEGY = "auto";
    public static final String CASDOOR_CONNECT_TIMEOUT_SECONDS = "10";
    public static final String CASDOOR_READ_TIMEOUT_SECONDS = "60";
    public static final String CASDOOR_RETRIES = "3";
    public static final String CASDOOR_PAGE_SIZE = "1000";
    public static final String SYNC_DEFAULT_WORKSPACE = "default";
    public static final String SYNC_DEFAULT_WORKSPACE_NAME = "Default";
    public static final String SYNC_MEMBER_ROLE = "member";

    private Defaults() {
    }
}
