package io.wataomi.core.lint;

import io.wataomi.core.autogen.AutogenOptions;
import io.wataomi.core.config.PropertyNames;
import io.wataomi.core.db.RunContext;
import io.wataomi.core.entity.EntityException;
import io.wataomi.core.entity.EntityRequest;
import io.wataomi.core.entity.EntitySource;
import io.wataomi.core.migrate.PendingStatements;
import io.wataomi.core.migrate.PendingStatements.Pending;
import io.wataomi.core.model.QualifiedName;
import io.wataomi.core.revision.RevisionFiles;
import io.wataomi.core.revision.RevisionGraph;
import io.wataomi.core.revision.Targets;
import io.wataomi.core.shared.Output;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The lint goal: reads the SQL of every revision not yet applied to the live database, as Liquibase generates it,
 * and says for each statement the lock it takes, whether it rewrites or scans its table, that table's size, and the
 * rules it breaks with their fixes. Fails when a rule at severity error is broken; changes nothing.
 */
public final class LintCommand {
    private final RunContext context;

    /** A lint of the context's project against its database. */
    public LintCommand(RunContext context) {
        this.context = context;
    }

    /** Judges the pending statements; throws a {@link LintFailure} listing the errors when there are any. */
    public LintResult run(LintOptions options) {
        Output output = context.output();
        String schema = context.config().connection().schema();
        RevisionGraph graph = RevisionFiles.graph(context.config(), context.output());
        Pending pending = context.connected(c -> PendingStatements.read(context.config(), c, output, graph));
        if (pending.revisions().isEmpty()) {
            output.info("Nothing to lint: the database has applied every revision.");
            return new LintResult(List.of(), List.of());
        }
        List<LintedStatement> statements = context.connected(c -> new Linter(schema, new LiveFacts(c),
                new ReadEvidence(entities(options.entities(), schema), RecordedStatements.read(c, output)), options.severities())
                .lint(pending.statements()));
        LintResult result = new LintResult(pending.revisions(), statements);
        int n = pending.revisions().size();
        output.info("Lint of " + n + " pending revision" + (n == 1 ? "" : "s") + " (" + Targets.label(pending.revisions()) + "), "
                + statements.size() + " statement" + (statements.size() == 1 ? "" : "s") + ":");
        LintReport.table(statements).forEach(line -> output.info("  " + line));
        List<String> warnings = LintReport.details(statements, Severity.WARNING);
        warnings.forEach(output::warn);
        List<String> errors = LintReport.details(statements, Severity.ERROR);
        if (!errors.isEmpty()) {
            throw new LintFailure("wataomi:lint found " + errors.size() + " error" + (errors.size() == 1 ? "" : "s")
                    + " in the pending revisions:\n" + String.join("\n", errors) + "\nChange those statements before they run, or"
                    + " accept a rule's findings with " + PropertyNames.LINT_SEVERITY + "=<rule>=warning.", result);
        }
        output.info("No lint errors" + (warnings.isEmpty() ? "." : "; " + warnings.size() + " warning" + (warnings.size() == 1 ? "" : "s")
                + " above."));
        return result;
    }

    /** The tables and columns this build's entities map, read when a drop or rename first asks; none when they cannot be read. */
    private Supplier<Map<QualifiedName, Set<String>>> entities(AutogenOptions options, String schema) {
        if (options == null) {
            return Map::of;
        }
        return () -> {
            try {
                EntityRequest request = new EntityRequest(options.classpath(), options.packages(), options.namingStrategy(), schema,
                        options.application(), options.modules(), options.providers());
                return MappedColumns.of(EntitySource.load(request, context.output()).ddl(), schema);
            } catch (EntityException e) {
                context.output().warn("Cannot read the entities, so lint cannot tell whether this build still maps what the pending"
                        + " revisions drop: " + e.getMessage());
                return Map.of();
            }
        };
    }
}
