package io.wataomi.core.shared;

/** The tool could not run against the database: unreachable, refused, or failed mid-way. */
public class DatabaseFailure extends WataomiException {
    public DatabaseFailure(String message, Throwable cause) {
        super(message, cause);
    }

    public DatabaseFailure(String message) {
        super(message);
    }

    @Override
    public boolean isProjectProblem() {
        return false;
    }
}
