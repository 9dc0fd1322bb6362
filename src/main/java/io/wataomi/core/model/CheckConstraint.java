package io.wataomi.core.model;

/**
 * A CHECK constraint.
 *
 * @param expression   the condition as {@code pg_get_constraintdef()} prints it, e.g. {@code CHECK ((status >= 0))}
 * @param implicitName true when the mapping leaves the constraint unnamed (see {@link NameOrigin})
 */
public record CheckConstraint(String name, String expression, boolean implicitName) {
    /** A constraint whose name is its own, as a database holds it. */
    public CheckConstraint(String name, String expression) {
        this(name, expression, false);
    }

    /** The same constraint, its name made up rather than stated. */
    public CheckConstraint withImplicitName() {
        return new CheckConstraint(name, expression, true);
    }
}
