package io.wataomi.core.config;

import io.wataomi.core.shared.Output;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Resolved settings keyed by property name ({@code wataomi.url}, ...). Later layers win:
 * pom {@code <configuration>} &lt; {@code .env} &lt; environment variables &lt; {@code -D} properties.
 */
public final class LayeredSettings {
    /** A value and where it came from. */
    public record Value(String value, Source source) {
    }

    private final Map<String, Value> values = new HashMap<>();
    /** Every value given for a secret or a URL, in every layer: a shadowed one may still be echoed by a tool. */
    private final List<Map.Entry<String, String>> secretInputs = new ArrayList<>();

    /** Builds settings from the four layers; the environment-style layers use {@link PropertyNames#ENVIRONMENT}. */
    public static LayeredSettings resolve(Map<String, String> pom, Map<String, String> dotEnv,
                                   Map<String, String> environment, Map<String, String> commandLine) {
        LayeredSettings s = new LayeredSettings();
        pom.forEach((k, v) -> s.put(k, v, Source.POM));
        fromEnvironment(dotEnv, s, Source.DOTENV);
        fromEnvironment(environment, s, Source.ENVIRONMENT);
        commandLine.forEach((k, v) -> {
            if (k.startsWith(PropertyNames.PREFIX)) {
                s.put(k, v, Source.COMMAND_LINE);
            }
        });
        return s;
    }

    /**
     * The settings of a project in {@code basedir}, as every front end reads them: the given lowest layer, the project's
     * {@code .env} (warning about names one typing mistake from a known variable), the environment, then the command line;
     * every secret given in any of them is registered with the masker before anything is printed.
     */
    public static LayeredSettings read(Map<String, String> lowest, Path basedir, Map<String, String> environment,
                                       Map<String, String> commandLine, Masker masker, Output output) {
        Map<String, String> dotEnv = DotEnv.read(basedir.resolve(".env"));
        DotEnv.nearMisses(dotEnv.keySet()).forEach(output::warn);
        LayeredSettings settings = resolve(lowest, dotEnv, environment, commandLine);
        settings.registerSecrets(masker);
        return settings;
    }

    private static void fromEnvironment(Map<String, String> env, LayeredSettings s, Source source) {
        PropertyNames.ENVIRONMENT.forEach((var, property) -> {
            String v = env.get(var);
            if (v != null) {
                s.put(property, v, source);
            }
        });
    }

    /** Sets a value unless a later layer already set it. */
    public LayeredSettings put(String property, String value, Source source) {
        if (value == null) {
            return this;
        }
        if (PropertyNames.isSecret(property) || PropertyNames.isUrl(property)) {
            secretInputs.add(Map.entry(property, value));
        }
        Value old = values.get(property);
        if (old == null || old.source().compareTo(source) <= 0) {
            values.put(property, new Value(value, source));
        }
        return this;
    }

    /** The value with its source as set, blank or not. */
    public Optional<Value> raw(String property) {
        return Optional.ofNullable(values.get(property));
    }

    /** Registers every secret given in any layer, and the passwords inside every URL given, with the masker. */
    public void registerSecrets(Masker masker) {
        for (Map.Entry<String, String> given : secretInputs) {
            String value = given.getValue();
            if (PropertyNames.isUrl(given.getKey())) {
                masker.registerUrl(value);
            } else {
                masker.register(Secret.of(value));
                masker.register(Secret.of(value.strip()));
            }
        }
    }

    /** The value with its source, if set and not blank. */
    public Optional<Value> value(String property) {
        Value v = values.get(property);
        return v == null || v.value().isBlank() ? Optional.empty() : Optional.of(v);
    }

    /** The trimmed value, if set and not blank. */
    public Optional<String> get(String property) {
        return value(property).map(v -> v.value().strip());
    }

    /** The value or a default. */
    public String get(String property, String fallback) {
        return get(property).orElse(fallback);
    }

    /** A boolean: true/false (case-insensitive); an empty -D flag ({@code -Dwataomi.sql}) means true. */
    public boolean flag(String property, boolean fallback) {
        Value v = values.get(property);
        if (v == null) {
            return fallback;
        }
        String s = v.value().strip().toLowerCase(Locale.ROOT);
        return switch (s) {
            case "", "true", "yes", "1" -> true;
            case "false", "no", "0" -> false;
            default -> throw new ConfigException(property + " must be true or false, got '" + v.value()
                    + "' (from " + v.source().label() + ").");
        };
    }

    /** A boolean with its default as written in {@link Defaults}. */
    public boolean flag(String property, String fallback) {
        return flag(property, Boolean.parseBoolean(fallback));
    }

    /** A non-negative whole number of seconds, with its default as written in {@link Defaults}. */
    public Duration seconds(String property, String fallback) {
        return seconds(property, Duration.ofSeconds(Long.parseLong(fallback)));
    }

    /** A non-negative whole number of seconds. */
    public Duration seconds(String property, Duration fallback) {
        Optional<Value> v = value(property);
        if (v.isEmpty()) {
            return fallback;
        }
        try {
            long n = Long.parseLong(v.get().value().strip());
            if (n < 0) {
                throw new NumberFormatException();
            }
            return Duration.ofSeconds(n);
        } catch (NumberFormatException e) {
            throw new ConfigException(property + " must be a whole number of seconds, got '" + v.get().value()
                    + "' (from " + v.get().source().label() + "). Example: -D" + property + "=60");
        }
    }

    /** A duration as PostgreSQL writes it ({@code 500ms}, {@code 5s}, {@code 0} for off), with its default as written in {@link Defaults}. */
    public Duration duration(String property, String fallback) {
        return duration(property).orElseGet(() -> PgDuration.parse(fallback));
    }

    /** A duration as PostgreSQL writes it, if set. */
    public Optional<Duration> duration(String property) {
        Optional<Value> v = value(property);
        if (v.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(PgDuration.parse(v.get().value()));
        } catch (IllegalArgumentException e) {
            throw new ConfigException(property + " must be a duration with its unit, as PostgreSQL writes it (500ms, 5s, 1min; 0 for"
                    + " off), got '" + v.get().value() + "' (from " + v.get().source().label() + "): " + e.getMessage()
                    + ". Example: -D" + property + "=5s");
        }
    }

    /** A whole number from {@code min} to {@code max}, with its default as written in {@link Defaults}. */
    public int number(String property, String fallback, int min, int max) {
        Optional<Value> v = value(property);
        if (v.isEmpty()) {
            return Integer.parseInt(fallback);
        }
        try {
            int n = Integer.parseInt(v.get().value().strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ConfigException(property + " must be a whole number from " + min + " to " + max + ", got '"
                + v.get().value() + "' (from " + v.get().source().label() + ").");
    }

    /** A path, relative ones taken against the base directory. */
    public Path path(String property, Path basedir, Path fallback) {
        Optional<Value> v = value(property);
        if (v.isEmpty()) {
            return fallback;
        }
        try {
            return basedir.resolve(v.get().value().strip()).normalize();
        } catch (InvalidPathException e) {
            throw new ConfigException(property + " is not a path this system accepts (" + e.getReason() + "), got '" + v.get().value()
                    + "' (from " + v.get().source().label() + "). Give a folder, relative to the project or absolute.");
        }
    }

    /** The names of the properties set (blank or not) that start with a prefix, e.g. {@code wataomi.sync.}. */
    public java.util.Set<String> names(String prefix) {
        java.util.Set<String> out = new java.util.TreeSet<>();
        values.keySet().stream().filter(k -> k.startsWith(prefix)).forEach(out::add);
        return out;
    }

    /** A secret value. */
    public Secret secret(String property) {
        return Secret.of(get(property).orElse(null));
    }
}
