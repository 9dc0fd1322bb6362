package io.wataomi.core;

import io.wataomi.core.autogen.AutogenOptions;
import io.wataomi.core.autogen.CheckCommand;
import io.wataomi.core.autogen.CheckResult;
import io.wataomi.core.autogen.CreateCommand;
import io.wataomi.core.autogen.CreateOptions;
import io.wataomi.core.autogen.CreateResult;
import io.wataomi.core.autogen.InitCommand;
import io.wataomi.core.autogen.InitResult;
import io.wataomi.core.config.WataomiConfig;
import io.wataomi.core.db.DbStartCommand;
import io.wataomi.core.db.DbStartOptions;
import io.wataomi.core.db.DbStartResult;
import io.wataomi.core.db.DbStopCommand;
import io.wataomi.core.db.DbStopResult;
import io.wataomi.core.db.LiveDatabase;
import io.wataomi.core.db.RunContext;
import io.wataomi.core.lint.LintCommand;
import io.wataomi.core.lint.LintOptions;
import io.wataomi.core.lint.LintResult;
import io.wataomi.core.migrate.CurrentCommand;
import io.wataomi.core.migrate.CurrentResult;
import io.wataomi.core.migrate.DowngradeCommand;
import io.wataomi.core.migrate.HistoryCommand;
import io.wataomi.core.migrate.HistoryResult;
import io.wataomi.core.migrate.MigrationListener;
import io.wataomi.core.migrate.MigrationOptions;
import io.wataomi.core.migrate.MigrationResult;
import io.wataomi.core.migrate.ReportOptions;
import io.wataomi.core.migrate.StampCommand;
import io.wataomi.core.migrate.StampOptions;
import io.wataomi.core.migrate.StampResult;
import io.wataomi.core.migrate.UpgradeCommand;
import io.wataomi.core.render.Format;
import io.wataomi.core.reset.ResetCommand;
import io.wataomi.core.reset.ResetOptions;
import io.wataomi.core.reset.ResetResult;
import io.wataomi.core.revision.HeadsCommand;
import io.wataomi.core.revision.HeadsResult;
import io.wataomi.core.revision.MergeCommand;
import io.wataomi.core.revision.MergeOptions;
import io.wataomi.core.revision.MergeResult;
import io.wataomi.core.shared.Output;
import io.wataomi.core.sync.SyncCommand;
import io.wataomi.core.sync.SyncConfig;
import io.wataomi.core.sync.SyncResult;

import java.nio.file.Path;
import java.util.List;

/**
 * The facade: one method per goal, each a one-liner into the goal's command class in its stage package, each
 * returning the goal's result record. Knows nothing of Maven, so a front end other than the Mojos can drive it.
 */
public final class Wataomi {
    private final RunContext context;
    private final MigrationListener listener;

    /** A facade for one project. */
    public Wataomi(WataomiConfig config, Output output) {
        this(config, output, MigrationListener.NONE);
    }

    /** A facade whose migrations report to a listener. */
    public Wataomi(WataomiConfig config, Output output, MigrationListener listener) {
        this.context = new RunContext(config, output);
        this.listener = listener;
    }

    /** The configuration this facade runs with. */
    public WataomiConfig config() {
        return context.config();
    }

    /** The database this facade works on, started (embedded) and announced on first use. */
    public LiveDatabase database() {
        return context.database();
    }

    /** Applies revisions up to the target (head, heads, +N, a revision), or writes their SQL. */
    public MigrationResult upgrade(MigrationOptions options) {
        return new UpgradeCommand(context, listener).run(options);
    }

    /** As {@link #upgrade(MigrationOptions)}; {@code sqlFile} null writes the SQL to standard output. */
    public MigrationResult upgrade(String target, boolean sql, Path sqlFile) {
        return upgrade(new MigrationOptions(target, sql, sqlFile));
    }

    /** Rolls revisions back down to the target (-N, a revision, base), or writes their SQL. */
    public MigrationResult downgrade(MigrationOptions options) {
        return new DowngradeCommand(context, listener).run(options);
    }

    /** As {@link #downgrade(MigrationOptions)}; {@code sqlFile} null writes the SQL to standard output. */
    public MigrationResult downgrade(String target, boolean sql, Path sqlFile) {
        return downgrade(new MigrationOptions(target, sql, sqlFile));
    }

    /** Where the database stands: its current revision(s); verbose adds their details. */
    public CurrentResult current(ReportOptions options) {
        return new CurrentCommand(context).run(options.verbose());
    }

    /** As {@link #current(ReportOptions)}. */
    public CurrentResult current(boolean verbose) {
        return current(new ReportOptions(verbose, null));
    }

    /** The revisions, newest first, with the current one(s) marked; a range "a:b" limits the list. */
    public HistoryResult history(ReportOptions options) {
        return new HistoryCommand(context).run(options.range());
    }

    /** As {@link #history(ReportOptions)}. */
    public HistoryResult history(String range) {
        return history(new ReportOptions(false, range));
    }

    /** The head revisions. */
    public HeadsResult heads() {
        return new HeadsCommand(context.config(), context.output()).run();
    }

    /** Records the target as the database's revision without running any change. */
    public StampResult stamp(StampOptions options) {
        return new StampCommand(context).run(options.target());
    }

    /** As {@link #stamp(StampOptions)}. */
    public StampResult stamp(String target) {
        return stamp(new StampOptions(target));
    }

    /** Writes a revision that joins heads: all current heads, or the listed revisions. */
    public MergeResult merge(MergeOptions options) {
        return new MergeCommand(context.config(), context.output()).run(options);
    }

    /** As {@link #merge(MergeOptions)}. */
    public MergeResult merge(String message, List<String> revisions) {
        return merge(new MergeOptions(message, revisions));
    }

    /** Compares the entities with the database (or the revisions) and writes the difference as a new revision. */
    public CreateResult create(CreateOptions options) {
        return new CreateCommand(context).run(options);
    }

    /** As {@link #create(CreateOptions)} with autogenerate on. */
    public CreateResult create(String message, AutogenOptions options) {
        return create(new CreateOptions(message, true, options));
    }

    /** Writes an empty revision in that format on top of the single head, to fill in by hand. */
    public CreateResult createEmpty(String message, Format format) {
        return create(new CreateOptions(message, false, AutogenOptions.emptyRevision(format)));
    }

    /** Fails, listing the differences, when the entities and the database (or the revisions) differ. */
    public CheckResult check(AutogenOptions options) {
        return new CheckCommand(context).run(options);
    }

    /** Judges the pending revisions' statements (locks, rewrites, table sizes, rules); fails on a rule at severity error. */
    public LintResult lint(LintOptions options) {
        return new LintCommand(context).run(options);
    }

    /** Creates the entities' missing tables on the database and scaffolds the changelog folder. */
    public InitResult init(AutogenOptions options) {
        return new InitCommand(context).run(options);
    }

    /** Copies the Casdoor organization's users, applications and memberships into the database, all or nothing. */
    public SyncResult sync(SyncConfig sync) {
        return new SyncCommand(context, sync).run();
    }

    /** Runs the embedded database on a fixed port until {@link #dbStop()}, for psql, pg_dump and IDEs. */
    public DbStartResult dbStart(DbStartOptions options) {
        return new DbStartCommand(context.config(), context.output()).run(options);
    }

    /** Stops the embedded database, whichever process started it. */
    public DbStopResult dbStop() {
        return new DbStopCommand(context.config(), context.output()).run();
    }

    /** Drops every object in the managed schemas, upgrades to head, then syncs when {@code sync} is not null. */
    public ResetResult reset(ResetOptions options, SyncConfig sync) {
        return new ResetCommand(context, listener).run(options, sync);
    }
}
