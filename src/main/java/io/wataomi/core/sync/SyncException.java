package io.wataomi.core.sync;

import io.wataomi.core.shared.WataomiException;

/** The sync could not be completed; it was rolled back as a whole. */
public class SyncException extends WataomiException {
    private final boolean projectProblem;

    /** A failure; {@code projectProblem} when the project's schema or settings must change. */
    public SyncException(String message, boolean projectProblem) {
        super(message);
        this.projectProblem = projectProblem;
    }

    /** A failure with its cause. */
    public SyncException(String message, boolean projectProblem, Throwable cause) {
        super(message, cause);
        this.projectProblem = projectProblem;
    }

    @Override
    public boolean isProjectProblem() {
        return projectProblem;
    }
}
