package io.wataomi.core.entity;

import io.wataomi.core.shared.WataomiException;

/** The project's entities cannot be loaded: not compiled, none found, or a class that cannot be read. */
public class EntityException extends WataomiException {
    public EntityException(String message) {
        super(message);
    }

    public EntityException(String message, Throwable cause) {
        super(message, cause);
    }
}
