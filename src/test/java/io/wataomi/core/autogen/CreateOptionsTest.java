package io.wataomi.core.autogen;

import io.wataomi.core.config.ConfigException;
import io.wataomi.core.config.LayeredSettings;
import io.wataomi.core.config.PropertyNames;
import io.wataomi.core.render.Format;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** wataomi.safeDdl: on unless set to false, and a value that is not a boolean is refused, naming it. */
class CreateOptionsTest {
    private static CreateOptions read(Map<String, String> cli) {
        return CreateOptions.from(LayeredSettings.resolve(Map.of(), Map.of(), Map.of(), cli), AutogenOptions.emptyRevision(Format.XML));
    }

    @Test
    void safeFormsAreOnUnlessTurnedOff() {
        assertTrue(read(Map.of()).safeDdl());
        assertFalse(read(Map.of(PropertyNames.SAFE_DDL, "false")).safeDdl());
        ConfigException bad = assertThrows(ConfigException.class, () -> read(Map.of(PropertyNames.SAFE_DDL, "sometimes")));
        assertTrue(bad.getMessage().contains("wataomi.safeDdl must be true or false, got 'sometimes'"), bad.getMessage());
    }
}
