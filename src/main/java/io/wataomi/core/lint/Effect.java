package io.wataomi.core.lint;

/** What a statement does to the rows of its table while it holds its lock; an unknown effect outranks the others. */
enum Effect {
    /** Catalog only: quick once the lock is granted. */
    NONE("no"),
    /** Reads every row (an index build, a constraint's validation). */
    SCAN("scan"),
    /** Writes the table and its indexes anew. */
    REWRITE("rewrite"),
    UNKNOWN("?");

    private final String label;

    Effect(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    Effect max(Effect other) {
        return compareTo(other) >= 0 ? this : other;
    }
}
