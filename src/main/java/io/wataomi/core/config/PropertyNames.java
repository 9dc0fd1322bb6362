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
    public static final String FILE_TEMPLATE = "wataomi.fileTemplate";
    public static final String CONTEXTS = "wataomi.contexts";
    public static final String LABELS = "wataomi.labels";
    public static final String LOCK_TIMEOUT = "wataomi.lockTimeout";
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

    /** Environment (and .env) variable names and the property each one sets. */
    public static final Map<String, String> ENVIRONMENT = Map.of(
            "DATABASE_URL", URL,
            "DATABASE_USER", USERNAME,
            "DATABASE_PASSWORD", PASSWORD,
            "CASDOOR_ENDPOINT", "wataomi.casdoor.endpoint",
            "CASDOOR_CLIENT_ID", "wataomi.casdoor.clientId",
            "CASDOOR_CLIENT_SECRET", "wataomi.casdoor.clientSecret",
            "CASDOOR_APP_NAME", "wataomi.casdoor.appName",
            "CASDOOR_ORG_NAME", "wataomi.casdoor.orgName",
            "CASDOOR_CERTIFICATE", "wataomi.casdoor.certificate");

    /** Properties whose values are secrets. */
    public static boolean isSecret(String property) {
        return property.equals(PASSWORD) || property.equals("wataomi.casdoor.clientSecret")
                || property.equals("wataomi.casdoor.certificate");
    }

    /** The per-goal skip property, e.g. {@code wataomi.upgrade.skip}. */
    public static String skipFor(String goal) {
        return PREFIX + goal + ".skip";
    }

    private PropertyNames() {
    }
}
