package io.wataomi.core.entity;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What to load entities from.
 *
 * @param classpath      the project's output directory (scanned for entities) first, then its compile and runtime classpath
 * @param packages       packages to scan, subpackages included; empty scans the output directory and the modules whole
 * @param namingStrategy {@code auto}, {@code standard}, {@code snake_case} or a naming strategy class name
 * @param defaultSchema  the schema of tables that name none (wataomi.schema)
 * @param application    where the application's own Hibernate settings are read from
 * @param modules        classpath entries that are the project's own modules (the output folders or jars of the modules
 *                       it depends on), scanned like the output directory; other entries only under {@code packages}
 * @param providers      where a class the classpath lacks is looked for, to name the artifact that provides it
 */
public record EntityRequest(List<Path> classpath, List<String> packages, String namingStrategy, String defaultSchema,
                            Application application, List<Path> modules, ClassProviders providers) {
    /**
     * The application's settings beyond its files: the persistence unit and Spring profiles it runs with, and
     * the plugin's {@code <hibernateProperties>}, which win over every file.
     *
     * @param persistenceUnit the persistence.xml unit, or null when there is one or none
     * @param profiles        the Spring profiles, or empty for the files' {@code spring.profiles.active}
     * @param hibernate       settings that win over the application's files
     */
    public record Application(String persistenceUnit, List<String> profiles, Map<String, String> hibernate) {
        /** Nothing beyond the application's files. */
        public static final Application FILES_ONLY = new Application(null, List.of(), Map.of());

        public Application {
            profiles = profiles == null ? List.of() : List.copyOf(profiles);
            hibernate = hibernate == null ? Map.of() : Map.copyOf(hibernate);
        }
    }

    /** A request that reads the application's settings from its files only. */
    public EntityRequest(List<Path> classpath, List<String> packages, String namingStrategy, String defaultSchema) {
        this(classpath, packages, namingStrategy, defaultSchema, Application.FILES_ONLY);
    }

    /** A request whose entities are in the output directory (and, under {@code packages}, the rest of the classpath). */
    public EntityRequest(List<Path> classpath, List<String> packages, String namingStrategy, String defaultSchema,
                         Application application) {
        this(classpath, packages, namingStrategy, defaultSchema, application, List.of(), ClassProviders.NONE);
    }

    /** The naming strategy setting when none is given. */
    public static final String AUTO = "auto";
    /** The default schema when none is given. */
    public static final String PUBLIC = "public";

    public EntityRequest {
        classpath = List.copyOf(classpath);
        if (classpath.isEmpty()) {
            throw new IllegalArgumentException("the classpath must start with the project's output directory");
        }
        packages = packages == null ? List.of() : List.copyOf(packages);
        namingStrategy = blank(namingStrategy) ? AUTO : namingStrategy.strip();
        defaultSchema = blank(defaultSchema) ? PUBLIC : defaultSchema.strip();
        application = application == null ? Application.FILES_ONLY : application;
        modules = modules == null ? List.of() : List.copyOf(modules);
        providers = providers == null ? ClassProviders.NONE : providers;
    }

    /** A request with the default naming strategy and schema. */
    public static EntityRequest of(List<Path> classpath, List<String> packages) {
        return new EntityRequest(classpath, packages, null, null);
    }

    /** The directory scanned for entity classes (target/classes). */
    public Path outputDirectory() {
        return classpath.get(0);
    }

    /**
     * The entries searched for entities, in classpath order: with no packages, the output directory and the modules;
     * with packages, every entry of the classpath (only the classes in those packages are read).
     */
    public List<Path> scanned() {
        if (!packages.isEmpty()) {
            return classpath;
        }
        Set<Path> own = new HashSet<>(modules);
        List<Path> out = new ArrayList<>(List.of(outputDirectory()));
        classpath.stream().skip(1).filter(own::contains).forEach(out::add);
        return out;
    }

    /** The packages of a {@code wataomi.packages} value: comma-separated, blanks ignored. */
    public static List<String> parsePackages(String value) {
        if (value == null) {
            return List.of();
        }
        return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
