package io.wataomi.core.config;

import io.wataomi.core.shared.WataomiException;

/** A configuration mistake: names the setting, the bad value and what to write instead. */
public class ConfigException extends WataomiException {
    public ConfigException(String message) {
        super(message);
    }
}
