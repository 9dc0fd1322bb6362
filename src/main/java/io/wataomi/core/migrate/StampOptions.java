package io.wataomi.core.migrate;

import io.wataomi.core.config.LayeredSettings;
import io.wataomi.core.config.PropertyNames;

/**
 * What a stamp records.
 *
 * @param target the revision the database is to be at: {@code head}, {@code heads}, {@code base}, an id or prefix
 */
public record StampOptions(String target) {
    /** Reads {@code wataomi.target}; it has no default. */
    public static StampOptions from(LayeredSettings settings) {
        return new StampOptions(settings.get(PropertyNames.TARGET).orElse(null));
    }
}
