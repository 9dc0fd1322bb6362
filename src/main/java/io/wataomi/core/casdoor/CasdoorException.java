package io.wataomi.core.casdoor;

import io.wataomi.core.shared.WataomiException;

/**
 * Casdoor could not be read: refused credentials or an unknown organization (the project's settings
 * are wrong), or an unreachable, failing or garbled server (the run could not proceed). The message is
 * one line that says what is wrong and what to check, and never holds a secret.
 */
public class CasdoorException extends WataomiException {
    private final boolean projectProblem;

    CasdoorException(String message, boolean projectProblem) {
        super(message);
        this.projectProblem = projectProblem;
    }

    CasdoorException(String message, boolean projectProblem, Throwable cause) {
        super(message, cause);
        this.projectProblem = projectProblem;
    }

    @Override
    public boolean isProjectProblem() {
        return projectProblem;
    }
}
