package io.wataomi.core.reset;

import io.wataomi.core.WataomiException;

/** The reset was not confirmed (or not allowed on a remote host); nothing was changed. */
public class ResetRefused extends WataomiException {
    public ResetRefused(String message) {
        super(message);
    }
}
