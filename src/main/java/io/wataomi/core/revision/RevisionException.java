package io.wataomi.core.revision;

import io.wataomi.core.shared.WataomiException;

/** A problem with revisions or targets: unknown or ambiguous target, two heads, a broken graph. */
public class RevisionException extends WataomiException {
    public RevisionException(String message) {
        super(message);
    }
}
