package io.wataomi.core.autogen;

import io.wataomi.core.config.ConfigException;
import io.wataomi.core.config.Defaults;
import io.wataomi.core.config.LayeredSettings;
import io.wataomi.core.config.PropertyNames;
import io.wataomi.core.entity.ClassProviders;
import io.wataomi.core.entity.EntityRequest;
import io.wataomi.core.render.Format;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What create, check and init read and compare.
 *
 * @param classpath      the project's output directory first, then its compile classpath
 * @param packages       packages to scan for entities (subpackages included); empty means all
 * @param namingStrategy auto, standard, snake_case or a PhysicalNamingStrategy class name
 * @param renames        confirmed renames ({@code table.old:new,old_table:new_table}), or null
 * @param format         the revision file format
 * @param againstHistory diff against a scratch database with every revision replayed instead of the live one
 * @param devUrl         the server for scratch databases, or null for the embedded one
 * @param application    the persistence unit, Spring profiles and Hibernate settings that win over the application's files
 * @param modules        the classpath entries that are the project's own modules, searched for entities like its output
 *                       directory (see {@link EntityRequest#modules()})
 * @param providers      where a class the classpath lacks is looked for (see {@link EntityRequest#providers()})
 */
public record AutogenOptions(List<Path> classpath, List<String> packages, String namingStrategy, String renames,
                             Format format, boolean againstHistory, String devUrl, EntityRequest.Application application,
                             List<Path> modules, ClassProviders providers) {
    public AutogenOptions {
        classpath = List.copyOf(classpath);
        packages = List.copyOf(packages);
        application = application == null ? EntityRequest.Application.FILES_ONLY : application;
        modules = modules == null ? List.of() : List.copyOf(modules);
        providers = providers == null ? ClassProviders.NONE : providers;
    }

    /** Options whose entities are in the project's output directory (and, under the packages, the rest of the classpath). */
    public AutogenOptions(List<Path> classpath, List<String> packages, String namingStrategy, String renames,
                          Format format, boolean againstHistory, String devUrl, EntityRequest.Application application) {
        this(classpath, packages, namingStrategy, renames, format, againstHistory, devUrl, application, List.of(),
                ClassProviders.NONE);
    }

    /** Options that read the application's Hibernate settings from its files only. */
    public AutogenOptions(List<Path> classpath, List<String> packages, String namingStrategy, String renames,
                          Format format, boolean againstHistory, String devUrl) {
        this(classpath, packages, namingStrategy, renames, format, againstHistory, devUrl, EntityRequest.Application.FILES_ONLY);
    }

    /** Options for a revision written by hand: only the format counts. */
    public static AutogenOptions emptyRevision(Format format) {
        return new AutogenOptions(List.of(), List.of(), Defaults.NAMING_STRATEGY, null, format, false, null);
    }

    /** Reads the options from settings, for a project of one module. */
    public static AutogenOptions from(LayeredSettings settings, List<Path> classpath) {
        return from(settings, classpath, List.of(), ClassProviders.NONE);
    }

    /**
     * Reads the options from settings; the classpath is the project's (output directory first) and the modules are the
     * entries of it that are the project's own modules, and the providers where a missing class is looked for, which
     * only the build knows.
     */
    public static AutogenOptions from(LayeredSettings settings, List<Path> classpath, List<Path> modules,
                                      ClassProviders providers) {
        String against = settings.get(PropertyNames.DIFF_AGAINST, Defaults.DIFF_AGAINST).toLowerCase(Locale.ROOT);
        if (!against.equals("database") && !against.equals("history")) {
            throw new ConfigException(PropertyNames.DIFF_AGAINST + " is '" + against + "': use database (the default) or history.");
        }
        return new AutogenOptions(classpath, EntityRequest.parsePackages(settings.get(PropertyNames.PACKAGES).orElse(null)),
                settings.get(PropertyNames.NAMING_STRATEGY, Defaults.NAMING_STRATEGY), settings.get(PropertyNames.RENAMES).orElse(null),
                Format.parse(settings.get(PropertyNames.FORMAT, Defaults.FORMAT)), against.equals("history"),
                settings.get(PropertyNames.DEV_URL).orElse(null), application(settings), modules, providers);
    }

    private static EntityRequest.Application application(LayeredSettings settings) {
        Map<String, String> hibernate = new TreeMap<>();
        for (String name : settings.names(PropertyNames.HIBERNATE_PREFIX)) {
            settings.get(name).ifPresent(v -> hibernate.put(name.substring(PropertyNames.HIBERNATE_PREFIX.length()), v));
        }
        return new EntityRequest.Application(settings.get(PropertyNames.PERSISTENCE_UNIT).orElse(null),
                EntityRequest.parsePackages(settings.get(PropertyNames.PROFILES).orElse(null)), hibernate);
    }
}
