package io.wataomi.maven;

import io.wataomi.core.shared.Output;
import io.wataomi.core.Wataomi;
import io.wataomi.core.shared.WataomiException;
import io.wataomi.core.config.Defaults;
import io.wataomi.core.config.Masker;
import io.wataomi.core.config.PropertyNames;
import io.wataomi.core.config.LayeredSettings;
import io.wataomi.core.config.WataomiConfig;
import io.wataomi.core.db.DriverLog;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.PluginParameterExpressionEvaluator;
import org.codehaus.plexus.component.configurator.expression.ExpressionEvaluationException;
import org.codehaus.plexus.configuration.PlexusConfiguration;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.settings.crypto.SettingsDecrypter;

import java.io.File;
import java.util.HashMap;
import java.util.Map;

/**
 * The plumbing every goal shares: skip flags, configuration (pom &lt; .env &lt; environment &lt; -D),
 * secret masking (of the goal's own lines and of the PostgreSQL driver's), logging, and the translation of core
 * errors into Maven's two failure kinds.
 */
public abstract class AbstractWataomiMojo extends AbstractMojo {
    /**
     * The database: {@code jdbc:postgresql://host:5432/db} or {@code postgresql://user:password@host:5432/db}.
     * Unset means the persistent embedded PostgreSQL under {@code target/wataomi/postgres} (unless {@code embedded} is
     * false); set but empty is an error. Also {@code DATABASE_URL} (environment or {@code .env}) and {@code -Dwataomi.url}.
     */
    @Parameter(property = PropertyNames.URL)
    private PlexusConfiguration url;

    /** The database user. Also {@code DATABASE_USER} and {@code -Dwataomi.username}. */
    @Parameter(property = PropertyNames.USERNAME)
    private String username;

    /**
     * The database password; never printed. Prefer {@code DATABASE_PASSWORD}, {@code .env} or a settings.xml
     * server ({@code serverId}) over writing it in the pom. Also {@code -Dwataomi.password}.
     */
    @Parameter(property = PropertyNames.PASSWORD)
    private PlexusConfiguration password;

    /**
     * Whether a missing URL means the persistent embedded PostgreSQL. Set it to false in deploy jobs, where a missing
     * {@code DATABASE_URL} must fail the build instead of migrating a throwaway database. Also {@code -Dwataomi.embedded}.
     */
    @Parameter(property = PropertyNames.EMBEDDED, defaultValue = Defaults.EMBEDDED)
    private boolean embedded;

    /** The id of a server entry in settings.xml whose (decrypted) username and password are used. Also {@code -Dwataomi.serverId}. */
    @Parameter(property = PropertyNames.SERVER_ID)
    private String serverId;

    /** The schema that holds the history table and the revisions' objects. Also {@code -Dwataomi.schema}. */
    @Parameter(property = PropertyNames.SCHEMA, defaultValue = Defaults.SCHEMA)
    private String schema;

    /**
     * The folder of the master changelog ({@code db.changelog-master.xml}) and of {@code versions/}.
     * Also {@code -Dwataomi.changelogDirectory}.
     */
    @Parameter(property = PropertyNames.CHANGELOG_DIRECTORY, defaultValue = "${project.basedir}/" + Defaults.CHANGELOG_DIRECTORY)
    private File changelogDirectory;

    /** The data folder of the embedded PostgreSQL. Also {@code -Dwataomi.embeddedDirectory}. */
    @Parameter(property = PropertyNames.EMBEDDED_DIRECTORY, defaultValue = "${project.basedir}/" + Defaults.EMBEDDED_DIRECTORY)
    private File embeddedDirectory;

    /** Liquibase context expression: changeSets with other contexts are left out. Also {@code -Dwataomi.contexts}. */
    @Parameter(property = PropertyNames.CONTEXTS)
    private String contexts;

    /** Liquibase label expression: changeSets with other labels are left out. Also {@code -Dwataomi.labels}. */
    @Parameter(property = PropertyNames.LABELS)
    private String labels;

    /** Seconds to wait for another run's migration lock before failing. Also {@code -Dwataomi.lockTimeout}. */
    @Parameter(property = PropertyNames.LOCK_TIMEOUT, defaultValue = Defaults.LOCK_TIMEOUT_SECONDS)
    private Integer lockTimeout;

    /**
     * Revision file name template, with the tokens year, month, day, hour, minute, second, rev and slug
     * written in braces; the default gives names such as 20251129_1030-abc123def456_add_user_bio.
     * Also {@code -Dwataomi.fileTemplate}.
     */
    @Parameter(property = PropertyNames.FILE_TEMPLATE, defaultValue = Defaults.FILE_TEMPLATE)
    private String fileTemplate;

    /** Skips every wataomi goal. Each goal also has its own skip property, e.g. {@code -Dwataomi.upgrade.skip=true}. Also {@code -Dwataomi.skip}. */
    @Parameter(property = PropertyNames.SKIP, defaultValue = Defaults.SKIP)
    private boolean skip;

    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    private File basedir;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
    private MojoExecution mojoExecution;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Component
    private SettingsDecrypter decrypter;

    private final Masker masker = new Masker();

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        String goal = mojoExecution.getGoal();
        if (skip || flag(PropertyNames.skipFor(goal))) {
            getLog().info("Skipping wataomi:" + goal + " (" + (skip ? PropertyNames.SKIP : PropertyNames.skipFor(goal)) + " is true).");
            return;
        }
        Output output = new MavenOutput(getLog(), masker, System.out);
        try (DriverLog.Route driverLog = DriverLog.route(output)) {
            Map<String, String> pom = new HashMap<>();
            ConfigMapper.put(pom, PropertyNames.URL, secretValue(url));
            ConfigMapper.put(pom, PropertyNames.USERNAME, username);
            ConfigMapper.put(pom, PropertyNames.PASSWORD, secretValue(password));
            ConfigMapper.put(pom, PropertyNames.EMBEDDED, embedded);
            ConfigMapper.put(pom, PropertyNames.SERVER_ID, serverId);
            ConfigMapper.put(pom, PropertyNames.SCHEMA, schema);
            ConfigMapper.put(pom, PropertyNames.CHANGELOG_DIRECTORY, changelogDirectory);
            ConfigMapper.put(pom, PropertyNames.EMBEDDED_DIRECTORY, embeddedDirectory);
            ConfigMapper.put(pom, PropertyNames.CONTEXTS, contexts);
            ConfigMapper.put(pom, PropertyNames.LABELS, labels);
            ConfigMapper.put(pom, PropertyNames.LOCK_TIMEOUT, lockTimeout);
            ConfigMapper.put(pom, PropertyNames.FILE_TEMPLATE, fileTemplate);
            goalParameters(pom);
            LayeredSettings settings = ConfigMapper.settings(pom, basedir.toPath(), session, decrypter, masker, output);
            WataomiConfig config = WataomiConfig.from(settings, basedir.toPath());
            String why = skipReason(config);
            if (why != null) {
                skip(goal, why);
                return;
            }
            RequiredParameters.check(mojoExecution.getMojoDescriptor(), settings);
            ModuleSkip.ran(session, goal);
            run(new Wataomi(config, output), settings);
        } catch (WataomiException e) {
            String message = masker.mask(e.getMessage());
            if (e.isProjectProblem()) {
                throw new MojoFailureException(message, MaskedCause.causeOf(e, masker));
            }
            throw new MojoExecutionException(message, MaskedCause.causeOf(e, masker));
        } catch (RuntimeException e) {
            throw new MojoExecutionException(masker.mask("wataomi:" + goal + " failed: " + e), MaskedCause.of(e, masker));
        }
    }

    /**
     * Parameters that may hold secrets (the password, a URL with credentials) are injected as raw,
     * unevaluated configuration, so that Maven's debug output shows the expression, never the value;
     * the expression is evaluated here.
     */
    protected final String secretValue(PlexusConfiguration raw) throws MojoExecutionException {
        if (raw == null || raw.getValue() == null) {
            return null;
        }
        try {
            Object value = new PluginParameterExpressionEvaluator(session, mojoExecution).evaluate(raw.getValue());
            return value == null ? null : value.toString();
        } catch (ExpressionEvaluationException e) {
            throw new MojoExecutionException("Cannot evaluate <" + raw.getName() + ">: " + masker.mask(e.getMessage()));
        }
    }

    /**
     * Why this module of a multi-module build sits the goal out, or null to run it: by default, the module has no
     * changelog folder (only the modules with one have revisions and a database).
     */
    protected String skipReason(WataomiConfig config) {
        return ModuleSkip.withoutChangelog(session, config.changelogDirectory(), basedir.toPath());
    }

    private void skip(String goal, String why) throws MojoFailureException {
        if (ModuleSkip.skippedEverywhere(session, project, goal)) {
            throw new MojoFailureException("wataomi:" + goal + " ran in no module of this build (" + project.getArtifactId() + ": "
                    + why + "). Run it where the application's changelog is, create that folder (mvn wataomi:init in the"
                    + " application's module), or set " + PropertyNames.CHANGELOG_DIRECTORY + ".");
        }
        getLog().info("Skipping wataomi:" + goal + " in " + project.getArtifactId() + ": " + why + ".");
    }

    /** The Maven session. */
    protected final MavenSession session() {
        return session;
    }

    /** The project (module) the goal runs in. */
    protected final MavenProject project() {
        return project;
    }

    /** True when Maven may ask questions (not {@code mvn -B}) and there is a terminal to ask them on. */
    protected final boolean interactive() {
        return session.getRequest().isInteractiveMode() && System.console() != null;
    }

    private boolean flag(String property) {
        String v = session.getUserProperties().getProperty(property, session.getSystemProperties().getProperty(property));
        return v != null && (v.isEmpty() || Boolean.parseBoolean(v));
    }

    /** Adds the goal's own parameters (as set in the pom or by their property) to the pom layer. */
    protected void goalParameters(Map<String, String> pom) throws MojoExecutionException {
    }

    /** Runs the goal: reads its options from the settings and calls the facade's one method for it. */
    protected abstract void run(Wataomi wataomi, LayeredSettings settings);
}
