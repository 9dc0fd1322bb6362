package io.wataomi.core.entity;

import io.wataomi.core.config.ConfigException;
import io.wataomi.core.config.PropertyNames;
import io.wataomi.core.shared.Output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The desired schema as the project's own Hibernate builds it: the project's classpath in a class loader of its
 * own (nothing of the plugin's Hibernate or JPA API leaks in), the application's settings, and the JPA
 * schema-generation SPI. Only what Hibernate needs to run without a database is added.
 */
final class ProjectSchema {
    private static final String STANDARD_PHYSICAL = "org.hibernate.boot.model.naming.PhysicalNamingStrategyStandardImpl";
    private static final String STANDARD_IMPLICIT = "org.hibernate.boot.model.naming.ImplicitNamingStrategyJpaCompliantImpl";
    private static final String JBOSS_LOGGING_PROVIDER = "org.jboss.logging.provider";

    private ProjectSchema() {
    }

    static EntityModel load(EntityRequest request, ProjectHibernate hibernate, Output output) {
        ApplicationSettings app = EntitySource.applicationSettings(request);
        try (URLClassLoader loader = isolated(request)) {
            EntityScanner.Found found = EntitySource.scan(request, loader, output);
            Map<String, Object> settings = new HashMap<>(offline());
            settings.putAll(app.values());
            String naming = naming(request.namingStrategy(), app, settings);
            List<String> managed = new ArrayList<>(found.classNames());
            managed.addAll(found.packages());
            List<String> script = ProjectLoader.run(loader, () -> generate(loader, managed, request, settings, found, output));
            List<String> ddl = script.stream().filter(s -> !s.toLowerCase(Locale.ROOT).startsWith("create schema ")).toList();
            List<String> schemas = Schemas.fromDdl(ddl, request.defaultSchema());
            List<String> all = new ArrayList<>(Schemas.createStatements(schemas));
            all.addAll(ddl);
            List<String> entities = found.entities().stream().map(Class::getName).sorted().toList();
            output.info("Read " + entities.size() + " entities with " + hibernate.label() + "; naming " + naming
                    + EntitySource.settingsLine(app));
            return new EntityModel(all, entities, schemas, naming, NameOwners.of(found.entities(), found.others()),
                    StatedNames.of(found.entities(), found.others()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What Hibernate needs to write a PostgreSQL script with no database: the product and version, no JDBC look-ups. */
    private static Map<String, Object> offline() {
        Map<String, Object> m = new HashMap<>();
        m.put("jakarta.persistence.database-product-name", "PostgreSQL");
        m.put("jakarta.persistence.database-major-version", String.valueOf(HibernateBoot.POSTGRESQL_MAJOR));
        m.put("jakarta.persistence.database-minor-version", "0");
        m.put("hibernate.boot.allow_jdbc_metadata_access", "false");
        m.put("hibernate.temp.use_jdbc_metadata_defaults", "false");
        m.put("jakarta.persistence.create-database-schemas", "false");
        return m;
    }

    private static List<String> generate(ClassLoader loader, List<String> managed, EntityRequest request,
                                         Map<String, Object> settings, EntityScanner.Found found, Output output) {
        // Route the project's Hibernate logging to java.util.logging, which HibernateLog turns into debug lines: a
        // Logback on the application's classpath would otherwise print every DEBUG line of Hibernate's boot.
        String before = System.getProperty(JBOSS_LOGGING_PROVIDER);
        System.setProperty(JBOSS_LOGGING_PROVIDER, "jdk");
        try (HibernateLog ignored = HibernateLog.route(output)) {
            return JpaSchemaScript.generate(loader, managed, root(request), settings);
        } catch (RuntimeException | LinkageError e) {
            EntityException missing = MissingClasses.explain(e, request);
            throw missing != null ? missing : MappingErrors.translate(e, found.classNames());
        } finally {
            if (before == null) {
                System.clearProperty(JBOSS_LOGGING_PROVIDER);
            } else {
                System.setProperty(JBOSS_LOGGING_PROVIDER, before);
            }
        }
    }

    /**
     * The naming strategies, as settings: {@code wataomi.namingStrategy}, when set to something other than auto,
     * wins over the application's own; returns how they read in output.
     */
    private static String naming(String setting, ApplicationSettings app, Map<String, Object> settings) {
        switch (setting.toLowerCase(Locale.ROOT)) {
            case "auto" -> {
                return describe(app.get(ApplicationSettings.PHYSICAL), "physical") + ", "
                        + describe(app.get(ApplicationSettings.IMPLICIT), "implicit");
            }
            case "standard" -> {
                settings.put(ApplicationSettings.PHYSICAL, STANDARD_PHYSICAL);
                settings.put(ApplicationSettings.IMPLICIT, STANDARD_IMPLICIT);
            }
            case "snake_case" -> {
                settings.put(ApplicationSettings.PHYSICAL, ApplicationSettings.SPRING_PHYSICAL);
                settings.put(ApplicationSettings.IMPLICIT, ApplicationSettings.SPRING_IMPLICIT);
            }
            default -> {
                if (!setting.contains(".")) {
                    throw new ConfigException(PropertyNames.NAMING_STRATEGY + "=" + setting + " is not a naming strategy; use auto,"
                            + " standard, snake_case, or the class name of a PhysicalNamingStrategy.");
                }
                settings.put(ApplicationSettings.PHYSICAL, setting);
            }
        }
        return setting + " (" + PropertyNames.NAMING_STRATEGY + ")";
    }

    private static String describe(ApplicationSettings.Setting s, String kind) {
        return kind + " " + (s == null ? "Hibernate's default" : simpleName(s.value()) + " (" + s.source() + ")");
    }

    private static String simpleName(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }

    private static URL root(EntityRequest request) {
        try {
            return request.outputDirectory().toAbsolutePath().toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("Not a classpath entry: " + request.outputDirectory(), e);
        }
    }

    /** The project's classpath alone, over the JDK's platform classes: its Hibernate and JPA API, not the plugin's. */
    private static URLClassLoader isolated(EntityRequest request) {
        return new URLClassLoader(ProjectLoader.urls(request), ClassLoader.getPlatformClassLoader());
    }
}
