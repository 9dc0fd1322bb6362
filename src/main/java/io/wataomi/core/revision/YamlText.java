package io.wataomi.core.revision;

import java.util.regex.Pattern;

/** Values written into a YAML changelog. */
final class YamlText {
    private static final Pattern PLAIN = Pattern.compile("[\\w./-]+");

    private YamlText() {
    }

    /** The value as a YAML scalar: as is when it cannot be read as anything else, else single-quoted. */
    static String scalar(String value) {
        return PLAIN.matcher(value).matches() && !value.startsWith("-") ? value : "'" + value.replace("'", "''") + "'";
    }
}
