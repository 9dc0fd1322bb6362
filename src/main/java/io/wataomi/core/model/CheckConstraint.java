package io.wataomi.core.model;

/**
 * A CHECK constraint.
 *
 * @param expression the condition as {@code pg_get_constraintdef()} prints it, e.g. {@code CHECK ((status >= 0))}
 */
public record CheckConstraint(String name, String expression) {
}
