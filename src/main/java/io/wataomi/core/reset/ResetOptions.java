package io.wataomi.core.reset;

import io.wataomi.core.casdoor.CasdoorConfig;
import io.wataomi.core.config.Defaults;
import io.wataomi.core.config.LayeredSettings;
import io.wataomi.core.config.PropertyNames;
import io.wataomi.core.sync.SyncConfig;

import java.util.Arrays;
import java.util.List;

/**
 * How a reset is confirmed and what it clears.
 *
 * @param confirm     the database name given with {@code wataomi.reset.confirm}, or null
 * @param allowRemote whether a database on another host may be reset
 * @param schemas     the schemas to clear; empty for the managed ones ({@code wataomi.schema} and the sync's)
 * @param prompter    asks the user for the database name; null in batch mode (no question can be asked)
 * @param syncWanted  whether a sync follows the upgrade when Casdoor is configured
 */
public record ResetOptions(String confirm, boolean allowRemote, List<String> schemas, Prompter prompter, boolean syncWanted) {
    /** Asks a question on the terminal and returns the answer, or null when there is none. */
    @FunctionalInterface
    public interface Prompter {
        /** Shows the question and reads one line. */
        String ask(String question);
    }

    /** Options with the sync wanted (it runs when Casdoor is configured). */
    public ResetOptions(String confirm, boolean allowRemote, List<String> schemas, Prompter prompter) {
        this(confirm, allowRemote, schemas, prompter, true);
    }

    /** Reads the {@code wataomi.reset.*} settings; {@code prompter} is null in batch mode. */
    public static ResetOptions from(LayeredSettings settings, Prompter prompter) {
        List<String> schemas = settings.get(PropertyNames.RESET_SCHEMAS)
                .map(s -> Arrays.stream(s.split(",")).map(String::strip).filter(x -> !x.isEmpty()).toList()).orElse(List.of());
        return new ResetOptions(settings.get(PropertyNames.RESET_CONFIRM).orElse(null),
                settings.flag(PropertyNames.RESET_ALLOW_REMOTE, Defaults.RESET_ALLOW_REMOTE), schemas, prompter,
                settings.flag(PropertyNames.RESET_SYNC, Defaults.RESET_SYNC));
    }

    /** The sync that follows the reset: null when it is not wanted or Casdoor is not configured. */
    public SyncConfig sync(LayeredSettings settings, String schema) {
        return syncWanted && CasdoorConfig.configured(settings) ? SyncConfig.from(settings, schema) : null;
    }
}
