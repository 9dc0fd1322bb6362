package io.wataomi.maven;

import io.wataomi.core.config.Masker;

/**
 * A copy of a failure's cause chain with every message masked, attached to the Mojo's exception so that
 * {@code mvn -e} shows where a failure came from without ever showing a secret.
 */
final class MaskedCause extends Exception {
    private MaskedCause(Throwable original, Masker masker, Throwable cause) {
        super(masker.mask(original.toString()), cause, false, true);
        setStackTrace(original.getStackTrace());
    }

    /** The masked copy of the failure's causes, or null when it has none. */
    static Throwable causeOf(Throwable failure, Masker masker) {
        return copy(failure.getCause(), masker, 0);
    }

    /** The masked copy of the failure and its causes. */
    static Throwable of(Throwable failure, Masker masker) {
        return copy(failure, masker, 0);
    }

    private static Throwable copy(Throwable t, Masker masker, int depth) {
        if (t == null || depth > 20) {
            return null;
        }
        Throwable next = t.getCause() == t ? null : t.getCause();
        return new MaskedCause(t, masker, copy(next, masker, depth + 1));
    }
}
