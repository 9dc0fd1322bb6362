package io.wataomi.maven;

import io.wataomi.core.Wataomi;
import io.wataomi.core.config.Defaults;
import io.wataomi.core.config.LayeredSettings;
import io.wataomi.core.config.PropertyNames;
import io.wataomi.core.reset.ResetOptions;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.util.Map;



/**
 * Drops every object in the managed schemas, upgrades to head, then syncs from Casdoor when it is configured.
 * {@code mvn wataomi:reset} drops tables, views, sequences, functions, types and the rest; the schemas, their owners
 * and grants stay. It asks for the database name first; in batch mode ({@code mvn -B}, or no terminal) give it with
 * {@code -Dwataomi.reset.confirm}. A database on another host also needs {@code -Dwataomi.reset.allowRemote=true}.
 */
@Mojo(name = "reset", threadSafe = true)
public class ResetMojo extends AbstractCasdoorMojo {
    /** The database's name, to confirm the reset without a prompt (required in batch mode). Also {@code -Dwataomi.reset.confirm}. */
    @Parameter(property = PropertyNames.RESET_CONFIRM)
    private String confirm;

    /**
     * Allow resetting a database whose URL names a host other than localhost or a loopback address (127.0.0.0/8, ::1), as
     * written. Also {@code -Dwataomi.reset.allowRemote}.
     */
    @Parameter(property = PropertyNames.RESET_ALLOW_REMOTE, defaultValue = Defaults.RESET_ALLOW_REMOTE)
    private boolean allowRemote;

    /**
     * The schemas to clear, comma-separated; each must exist. Default: the schema parameter, and the sync's schema when it differs.
     * Also {@code -Dwataomi.reset.schemas}.
     */
    @Parameter(property = PropertyNames.RESET_SCHEMAS)
    private String schemas;

    /** Sync from Casdoor after the upgrade when Casdoor is configured. Also {@code -Dwataomi.reset.sync}. */
    @Parameter(property = PropertyNames.RESET_SYNC, defaultValue = Defaults.RESET_SYNC)
    private boolean sync;

    @Override
    protected void goalParameters(Map<String, String> pom) throws MojoExecutionException {
        super.goalParameters(pom);
        ConfigMapper.put(pom, PropertyNames.RESET_CONFIRM, confirm);
        ConfigMapper.put(pom, PropertyNames.RESET_ALLOW_REMOTE, allowRemote);
        ConfigMapper.put(pom, PropertyNames.RESET_SCHEMAS, schemas);
        ConfigMapper.put(pom, PropertyNames.RESET_SYNC, sync);
    }

    @Override
    protected void run(Wataomi wataomi, LayeredSettings settings) {
        ResetOptions.Prompter prompter = interactive() ? question -> System.console().readLine("%s", question) : null;
        ResetOptions options = ResetOptions.from(settings, prompter);
        wataomi.reset(options, options.sync(settings, wataomi.config().connection().schema()));
    }
}
