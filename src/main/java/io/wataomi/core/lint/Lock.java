package io.wataomi.core.lint;

/**
 * The table lock a statement takes, as PostgreSQL's manual names the modes ("Explicit Locking"), weakest first;
 * {@link #NONE} for a statement that locks no existing table, {@link #UNKNOWN} for one the classifier cannot read.
 */
enum Lock {
    NONE("-"),
    ACCESS_SHARE("ACCESS SHARE"),
    ROW_SHARE("ROW SHARE"),
    ROW_EXCLUSIVE("ROW EXCLUSIVE"),
    SHARE_UPDATE_EXCLUSIVE("SHARE UPDATE EXCLUSIVE"),
    SHARE("SHARE"),
    SHARE_ROW_EXCLUSIVE("SHARE ROW EXCLUSIVE"),
    EXCLUSIVE("EXCLUSIVE"),
    ACCESS_EXCLUSIVE("ACCESS EXCLUSIVE"),
    UNKNOWN("?");

    private final String label;

    Lock(String label) {
        this.label = label;
    }

    /** The mode as the manual writes it. */
    String label() {
        return label;
    }

    /** True for the modes that make the application's INSERT, UPDATE and DELETE wait (ACCESS EXCLUSIVE also its reads). */
    boolean blocksWrites() {
        return this != UNKNOWN && compareTo(SHARE) >= 0;
    }

    /** The stronger of two locks; an unknown one wins, as nothing better can be said. */
    Lock max(Lock other) {
        return compareTo(other) >= 0 ? this : other;
    }
}
