package io.wataomi.core.shared;

/**
 * Base of every error the core reports. {@link #isProjectProblem()} separates mistakes in the
 * project (wrong target, two heads, bad settings) from failures to run (database unreachable).
 */
public class WataomiException extends RuntimeException {
    public WataomiException(String message) {
        super(message);
    }

    public WataomiException(String message, Throwable cause) {
        super(message, cause);
    }

    /** True when the user must change the project or the command line, not retry. */
    public boolean isProjectProblem() {
        return true;
    }
}
