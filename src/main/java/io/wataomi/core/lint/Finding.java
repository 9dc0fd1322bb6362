package io.wataomi.core.lint;

/**
 * A rule a statement breaks.
 *
 * @param rule     the rule
 * @param severity its configured severity (never off: those are not reported)
 * @param detail   what in this statement breaks it, e.g. the evidence that a column is still read; empty when the rule
 *                 says it all
 */
public record Finding(Rule rule, Severity severity, String detail) {
}
