package io.wataomi.core.lint;

import io.wataomi.core.shared.WataomiException;

/** A pending statement breaks a rule whose severity is error: the revisions must change before they run. */
public class LintFailure extends WataomiException {
    private final transient LintResult result;

    public LintFailure(String message, LintResult result) {
        super(message);
        this.result = result;
    }

    /** What lint found, errors included. */
    public LintResult result() {
        return result;
    }
}
