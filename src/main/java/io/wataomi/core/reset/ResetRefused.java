package io.wataomi.core.reset;

import io.wataomi.core.shared.WataomiException;

/** The reset was not confirmed (or not allowed on a remote host); nothing was changed. */
public class ResetRefused extends WataomiException {
    public ResetRefused(String message) {
        super(message);
    }
}
