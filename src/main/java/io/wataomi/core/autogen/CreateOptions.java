package io.wataomi.core.autogen;

import io.wataomi.core.config.Defaults;
import io.wataomi.core.config.LayeredSettings;
import io.wataomi.core.config.PropertyNames;

/**
 * What a create writes.
 *
 * @param message      the revision's message, required
 * @param autogenerate compare the entities and write the difference; false writes an empty revision
 * @param autogen      what is read and compared, and the file format
 */
public record CreateOptions(String message, boolean autogenerate, AutogenOptions autogen) {
    /** Reads {@code wataomi.message} and {@code wataomi.autogenerate} next to the autogenerate options. */
    public static CreateOptions from(LayeredSettings settings, AutogenOptions autogen) {
        return new CreateOptions(settings.get(PropertyNames.MESSAGE).orElse(null),
                settings.flag(PropertyNames.AUTOGENERATE, Defaults.AUTOGENERATE), autogen);
    }
}
