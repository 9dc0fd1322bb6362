package io.wataomi.core.autogen;

import io.wataomi.core.shared.WataomiException;

/** The entities and the database differ (check): a project problem, so the build fails. */
public class DriftException extends WataomiException {
    public DriftException(String message) {
        super(message);
    }
}
