package io.wataomi.core.render;

import io.wataomi.core.config.ConfigException;

import java.util.Locale;

/** The revision file formats {@code create} writes ({@code wataomi.format}). */
public enum Format {
    XML("xml"), YAML("yaml"), SQL("sql");

    private final String extension;

    Format(String extension) {
        this.extension = extension;
    }

    /** The file name extension, without the dot. */
    public String extension() {
        return extension;
    }

    /** Reads the setting; null or blank means XML. */
    public static Format parse(String value) {
        if (value == null || value.isBlank()) {
            return XML;
        }
        String v = value.strip().toLowerCase(Locale.ROOT);
        return switch (v) {
            case "xml" -> XML;
            case "yaml", "yml" -> YAML;
            case "sql" -> SQL;
            default -> throw new ConfigException("wataomi.format is '" + value + "': use xml (the default), yaml or sql.");
        };
    }
}
