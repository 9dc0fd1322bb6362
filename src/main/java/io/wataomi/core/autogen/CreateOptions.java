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
 * @param safeDdl      render the forms that do not block reads and writes on tables that exist already
 */
public record CreateOptions(String message, boolean autogenerate, AutogenOptions autogen, boolean safeDdl) {
    /** Options with the safe forms on, as by default. */
    public CreateOptions(String message, boolean autogenerate, AutogenOptions autogen) {
        this(message, autogenerate, autogen, Boolean.parseBoolean(Defaults.SAFE_DDL));
    }

    /** Reads {@code wataomi.message}, {@code wataomi.autogenerate} and {@code wataomi.safeDdl} next to the autogenerate options. */
    public static CreateOptions from(LayeredSettings settings, AutogenOptions autogen) {
        return new CreateOptions(settings.get(PropertyNames.MESSAGE).orElse(null),
                settings.flag(PropertyNames.AUTOGENERATE, Defaults.AUTOGENERATE), autogen,
                settings.flag(PropertyNames.SAFE_DDL, Defaults.SAFE_DDL));
    }
}
