package io.wataomi.core.reset;

import io.wataomi.core.db.RunContext;
import io.wataomi.core.migrate.MigrationListener;
import io.wataomi.core.migrate.MigrationOptions;
import io.wataomi.core.migrate.MigrationResult;
import io.wataomi.core.migrate.UpgradeCommand;
import io.wataomi.core.revision.RevisionFiles;
import io.wataomi.core.revision.Targets;
import io.wataomi.core.sync.SyncCommand;
import io.wataomi.core.sync.SyncConfig;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The reset goal: drops every object in the managed schemas, upgrades to head, then syncs when Casdoor is configured.
 * Refused, with nothing changed, unless confirmed (and allowed, for a database on another host).
 */
public final class ResetCommand {
    private final RunContext context;
    private final MigrationListener listener;

    /** A reset of the context's database. */
    public ResetCommand(RunContext context, MigrationListener listener) {
        this.context = context;
        this.listener = listener;
    }

    /** Runs the reset; {@code sync} is null when no sync follows. */
    public ResetResult run(ResetOptions options, SyncConfig sync) {
        Targets.upgrade(RevisionFiles.graph(context.config(), context.output()), Set.of(), "head"); // fails on two heads now, not after the drop
        List<String> schemas = new ArrayList<>(options.schemas());
        if (schemas.isEmpty()) {
            schemas.add(context.config().connection().schema());
            if (sync != null && !schemas.contains(sync.tables().schema())) {
                schemas.add(sync.tables().schema());
            }
        }
        ResetGuard.confirm(context.database(), options, schemas);
        int dropped = context.locked(c -> {
            if (!options.schemas().isEmpty()) {
                SchemaWipe.requireExisting(c, schemas, context.database().name());
            }
            return SchemaWipe.drop(c, schemas, context.output());
        });
        MigrationResult upgraded = new UpgradeCommand(context, listener).run(new MigrationOptions("head", false, null));
        if (sync == null) {
            context.output().info(options.syncWanted()
                    ? "Casdoor is not configured (CASDOOR_ENDPOINT / wataomi.casdoor.endpoint unset), so reset did not sync."
                    : "No sync (wataomi.reset.sync is false).");
        }
        return new ResetResult(List.copyOf(schemas), dropped, upgraded, sync == null ? null : new SyncCommand(context, sync).run());
    }
}
