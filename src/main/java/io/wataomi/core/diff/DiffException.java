package io.wataomi.core.diff;

import io.wataomi.core.shared.WataomiException;

/** A diff setting (renames, filters) that does not fit the schemas: a project problem. */
public class DiffException extends WataomiException {
    public DiffException(String message) {
        super(message);
    }

    @Override
    public boolean isProjectProblem() {
        return true;
    }
}
