package io.wataomi.maven;

import io.wataomi.core.config.ConfigException;
import io.wataomi.core.config.Defaults;
import io.wataomi.core.config.PropertyNames;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;
import org.codehaus.plexus.configuration.PlexusConfiguration;

import java.util.Map;

/**
 * The parameters of the goals that read Casdoor (sync, reset): the server, the organization, and the
 * tables the sync writes. Each is also a {@code wataomi.casdoor.*} or {@code wataomi.sync.*} property, and
 * the server settings also come from {@code CASDOOR_*} variables in {@code .env} or the environment.
 */
public abstract class AbstractCasdoorMojo extends AbstractWataomiMojo {
    /** Casdoor's base URL, e.g. {@code http://localhost:8000}. Also {@code CASDOOR_ENDPOINT} and {@code -Dwataomi.casdoor.endpoint}. */
    @Parameter(property = PropertyNames.CASDOOR_ENDPOINT)
    private String casdoorEndpoint;

    /** The client id of the Casdoor application the sync signs in as. Also {@code CASDOOR_CLIENT_ID} and {@code -Dwataomi.casdoor.clientId}. */
    @Parameter(property = PropertyNames.CASDOOR_CLIENT_ID)
    private String casdoorClientId;

    /**
     * The application's client secret; never printed, at any log level. Prefer {@code CASDOOR_CLIENT_SECRET} in {@code .env}
     * or the environment, or a settings.xml server ({@code casdoorServerId}), over the pom. Also {@code -Dwataomi.casdoor.clientSecret}.
     */
    @Parameter(property = PropertyNames.CASDOOR_CLIENT_SECRET)
    private PlexusConfiguration casdoorClientSecret;

    /** The Casdoor application's name (informational). Also {@code CASDOOR_APP_NAME} and {@code -Dwataomi.casdoor.appName}. */
    @Parameter(property = PropertyNames.CASDOOR_APP_NAME)
    private String casdoorAppName;

    /** The organization whose users and applications are synced. Also {@code CASDOOR_ORG_NAME} and {@code -Dwataomi.casdoor.orgName}. */
    @Parameter(property = PropertyNames.CASDOOR_ORG_NAME)
    private String casdoorOrgName;

    /** The JWT certificate; not needed by the sync, accepted and never printed. Also {@code CASDOOR_CERTIFICATE} and {@code -Dwataomi.casdoor.certificate}. */
    @Parameter(property = PropertyNames.CASDOOR_CERTIFICATE)
    private PlexusConfiguration casdoorCertificate;

    /**
     * The id of a settings.xml server whose username is the client id and whose (decrypted) password is the client
     * secret. Also {@code -Dwataomi.casdoor.serverId}.
     */
    @Parameter(property = PropertyNames.CASDOOR_SERVER_ID)
    private String casdoorServerId;

    /** Seconds to wait for a connection to Casdoor. Also {@code -Dwataomi.casdoor.connectTimeout}. */
    @Parameter(property = PropertyNames.CASDOOR_CONNECT_TIMEOUT, defaultValue = Defaults.CASDOOR_CONNECT_TIMEOUT_SECONDS)
    private Integer casdoorConnectTimeout;

    /** Seconds to wait for one whole answer from Casdoor. Also {@code -Dwataomi.casdoor.readTimeout}. */
    @Parameter(property = PropertyNames.CASDOOR_READ_TIMEOUT, defaultValue = Defaults.CASDOOR_READ_TIMEOUT_SECONDS)
    private Integer casdoorReadTimeout;

    /**
     * Extra attempts after a connection error, a timeout or an HTTP 5xx from Casdoor, with a doubling delay from half a
     * second. Also {@code -Dwataomi.casdoor.retries}.
     */
    @Parameter(property = PropertyNames.CASDOOR_RETRIES, defaultValue = Defaults.CASDOOR_RETRIES)
    private Integer casdoorRetries;

    /** Users per request to Casdoor. Also {@code -Dwataomi.casdoor.pageSize}. */
    @Parameter(property = PropertyNames.CASDOOR_PAGE_SIZE, defaultValue = Defaults.CASDOOR_PAGE_SIZE)
    private Integer casdoorPageSize;

    /**
     * The tables and columns the sync writes, when they differ from the defaults (the quickstart's entities). Keys:
     * schema (default: the schema parameter); user.table (user), user.id (id), user.casdoorId (casdoor_id),
     * user.email (email), user.name (name), user.avatar (avatar), user.active (is_active), user.createdAt (created_at),
     * user.updatedAt (updated_at); workspace.table (workspace), workspace.id (id), workspace.slug (slug),
     * workspace.name (name), workspace.isDefault (is_default), workspace.createdAt (created_at);
     * member.table (workspace_member), member.workspaceId (workspace_id), member.userId (user_id), member.role (role),
     * member.createdAt (created_at). Write each key as an element of that name holding the table or column name;
     * set an optional column to none to leave it out. Each key is also the property wataomi.sync. followed by the
     * key, e.g. {@code -Dwataomi.sync.user.table=app_user}.
     */
    @Parameter
    private Map<String, String> syncTables;

    /** The slug of the workspace every synced user joins; created if missing. Also {@code -Dwataomi.sync.defaultWorkspace}. */
    @Parameter(property = PropertyNames.SYNC_DEFAULT_WORKSPACE, defaultValue = Defaults.SYNC_DEFAULT_WORKSPACE)
    private String defaultWorkspace;

    /** The name given to the default workspace when the sync creates it. Also {@code -Dwataomi.sync.defaultWorkspaceName}. */
    @Parameter(property = PropertyNames.SYNC_DEFAULT_WORKSPACE_NAME, defaultValue = Defaults.SYNC_DEFAULT_WORKSPACE_NAME)
    private String defaultWorkspaceName;

    /** The role of the memberships the sync creates. Also {@code -Dwataomi.sync.memberRole}. */
    @Parameter(property = PropertyNames.SYNC_MEMBER_ROLE, defaultValue = Defaults.SYNC_MEMBER_ROLE)
    private String memberRole;

    @Override
    protected void goalParameters(Map<String, String> pom) throws MojoExecutionException {
        ConfigMapper.put(pom, PropertyNames.CASDOOR_ENDPOINT, casdoorEndpoint);
        ConfigMapper.put(pom, PropertyNames.CASDOOR_CLIENT_ID, casdoorClientId);
        ConfigMapper.put(pom, PropertyNames.CASDOOR_CLIENT_SECRET, secretValue(casdoorClientSecret));
        ConfigMapper.put(pom, PropertyNames.CASDOOR_APP_NAME, casdoorAppName);
        ConfigMapper.put(pom, PropertyNames.CASDOOR_ORG_NAME, casdoorOrgName);
        ConfigMapper.put(pom, PropertyNames.CASDOOR_CERTIFICATE, secretValue(casdoorCertificate));
        ConfigMapper.put(pom, PropertyNames.CASDOOR_SERVER_ID, casdoorServerId);
        ConfigMapper.put(pom, PropertyNames.CASDOOR_CONNECT_TIMEOUT, casdoorConnectTimeout);
        ConfigMapper.put(pom, PropertyNames.CASDOOR_READ_TIMEOUT, casdoorReadTimeout);
        ConfigMapper.put(pom, PropertyNames.CASDOOR_RETRIES, casdoorRetries);
        ConfigMapper.put(pom, PropertyNames.CASDOOR_PAGE_SIZE, casdoorPageSize);
        ConfigMapper.put(pom, PropertyNames.SYNC_DEFAULT_WORKSPACE, defaultWorkspace);
        ConfigMapper.put(pom, PropertyNames.SYNC_DEFAULT_WORKSPACE_NAME, defaultWorkspaceName);
        ConfigMapper.put(pom, PropertyNames.SYNC_MEMBER_ROLE, memberRole);
        if (syncTables != null) {
            syncTables.forEach((key, value) -> {
                if (!PropertyNames.SYNC_TABLES.containsKey(key)) {
                    throw new ConfigException("<syncTables> has an unknown key <" + key + ">. The keys are: "
                            + String.join(", ", PropertyNames.SYNC_TABLES.keySet()) + ".");
                }
                ConfigMapper.put(pom, PropertyNames.SYNC_PREFIX + key, value);
            });
        }
    }
}
