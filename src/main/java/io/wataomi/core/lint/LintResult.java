package io.wataomi.core.lint;

import io.wataomi.core.revision.Revision;

import java.util.List;

/**
 * A lint that found no error (errors are a {@link LintFailure}).
 *
 * @param pending    the revisions not yet applied, in the order an upgrade runs them
 * @param statements their statements, judged
 */
public record LintResult(List<Revision> pending, List<LintedStatement> statements) {
    public LintResult {
        pending = List.copyOf(pending);
        statements = List.copyOf(statements);
    }

    /** The findings at a severity, in statement order. */
    public List<Finding> findings(Severity severity) {
        return statements.stream().flatMap(s -> s.findings().stream()).filter(f -> f.severity() == severity).toList();
    }
}
