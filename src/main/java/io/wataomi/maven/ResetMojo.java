package io.wataomi.maven;

import io.wataomi.core.shared.Output;
import io.wataomi.core.Wataomi;
import io.wataomi.core.casdoor.CasdoorConfig;
import io.wataomi.core.config.PropertyNames;
import io.wataomi.core.config.LayeredSettings;
import io.wataomi.core.reset.ResetOptions;
import io.wataomi.core.reset.ResetResult;
import io.wataomi.core.sync.SyncConfig;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Drops every object in the managed schemas (tables, views, sequences, functions, types, ...; the schemas, their
 * owners and grants stay), upgrades to head, then syncs from Casdoor when it is configured: {@code mvn wataomi:reset}.
 * It asks for the database name first; in batch mode ({@code mvn -B}, or no terminal) give it with
 * {@code -Dwataomi.reset.confirm}. A database on another host also needs {@code -Dwataomi.reset.allowRemote=true}.
 */
@Mojo(name = "reset", threadSafe = true)
public class ResetMojo extends AbstractCasdoorMojo {
    /** The database's name, to confirm the reset without a prompt (required in batch mode). Also {@code -Dwataomi.reset.confirm}. */
    @Parameter(property = "wataomi.reset.confirm")
    private String confirm;

    /** Allow resetting a database that is not on localhost, 127.0.0.1 or ::1. Default false. Also {@code -Dwataomi.reset.allowRemote}. */
    @Parameter(property = "wataomi.reset.allowRemote", defaultValue = "false")
    private boolean allowRemote;

    /**
     * The schemas to clear, comma-separated. Default: the schema parameter, and the sync's schema when it differs.
     * Also {@code -Dwataomi.reset.schemas}.
     */
    @Parameter(property = "wataomi.reset.schemas")
    private String schemas;

    /** Sync from Casdoor after the upgrade when Casdoor is configured. Default true. Also {@code -Dwataomi.reset.sync}. */
    @Parameter(property = "wataomi.reset.sync", defaultValue = "true")
    private boolean sync;

    @Override
    protected String goal() {
        return "reset";
    }

    @Override
    protected void goalParameters(Map<String, String> pom) throws org.apache.maven.plugin.MojoExecutionException {
        super.goalParameters(pom);
        ConfigMapper.put(pom, PropertyNames.RESET_CONFIRM, confirm);
        ConfigMapper.put(pom, PropertyNames.RESET_ALLOW_REMOTE, allowRemote);
        ConfigMapper.put(pom, PropertyNames.RESET_SCHEMAS, schemas);
        ConfigMapper.put(pom, PropertyNames.RESET_SYNC, sync);
    }

    @Override
    protected void run(Wataomi wataomi, LayeredSettings settings, Output output) {
        boolean withSync = settings.flag(PropertyNames.RESET_SYNC, true) && CasdoorConfig.configured(settings);
        SyncConfig syncConfig = withSync ? SyncConfig.from(settings, wataomi.config().connection().schema()) : null;
        List<String> list = settings.get(PropertyNames.RESET_SCHEMAS)
                .map(s -> Arrays.stream(s.split(",")).map(String::strip).filter(x -> !x.isEmpty()).toList()).orElse(List.of());
        ResetOptions.Prompter prompter = interactive() ? question -> System.console().readLine("%s", question) : null;
        ResetResult r = wataomi.reset(new ResetOptions(settings.get(PropertyNames.RESET_CONFIRM).orElse(null),
                settings.flag(PropertyNames.RESET_ALLOW_REMOTE, false), list, prompter), syncConfig);
        if (r.sync() == null) {
            output.info(settings.flag(PropertyNames.RESET_SYNC, true)
                    ? "Casdoor is not configured (CASDOOR_ENDPOINT / wataomi.casdoor.endpoint unset), so reset did not sync."
                    : "No sync (wataomi.reset.sync is false).");
        }
    }
}
