package io.wataomi.core.entity;

import io.wataomi.core.shared.Background;
import io.wataomi.core.shared.ClassWarmUp;
import io.wataomi.core.shared.Output;
import io.wataomi.core.config.PropertyNames;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Loads a project's compiled JPA entities and asks Hibernate ORM for the schema they need: Hibernate, not
 * this plugin, interprets the annotations, exactly as it will when the application starts.
 */
public final class EntitySource {
    private EntitySource() {
    }

    /**
     * The CREATE statements of the project's entities, for PostgreSQL, without touching any database: by the
     * project's own Hibernate when its classpath has one, else by the plugin's, with the application's settings.
     */
    public static EntityModel load(EntityRequest request, Output output) {
        ProjectHibernate own = ProjectHibernate.find(request.classpath());
        return own == null ? loadWithPluginHibernate(request, output) : ProjectSchema.load(request, own, output);
    }

    /**
     * Starts loading, on a daemon thread, the classes the plugin's Hibernate needs to read entities, when the classpath
     * has no Hibernate of its own (see {@link ClassWarmUp}); a goal calls it first, before what it reads ahead of
     * {@link #load}.
     */
    public static void warmUp(List<java.nio.file.Path> classpath) {
        if (ProjectHibernate.find(classpath) == null) {
            ClassWarmUp.start(EntitySource.class, "boot-classes.txt");
        }
    }

    private static EntityModel loadWithPluginHibernate(EntityRequest request, Output output) {
        ApplicationSettings app = applicationSettings(request);
        Map<String, Object> settings = HibernateBoot.offlineSettings(request.defaultSchema());
        settings.putAll(app.values());
        settings.remove(ApplicationSettings.PHYSICAL);
        settings.remove(ApplicationSettings.IMPLICIT);
        return withMetadata(request, settings, app, output, booted -> {
            List<String> schemas = Schemas.of(booted.metadata(), request.defaultSchema());
            List<String> ddl = new ArrayList<>(Schemas.createStatements(schemas));
            try {
                ddl.addAll(CreateScript.generate(booted.metadata(), booted.registry(), settings));
            } catch (RuntimeException e) {
                throw MappingErrors.translate(e, booted.entityClasses());
            }
            output.info("Read " + booted.entityClasses().size() + " entities with the plugin's Hibernate ORM "
                    + org.hibernate.Version.getVersionString() + " (the project has none); naming " + booted.namingStrategy()
                    + settingsLine(app));
            return new EntityModel(ddl, booted.entityClasses(), schemas, booted.namingStrategy(), booted.owners(),
                    booted.statedNames());
        });
    }

    /** The application's settings of a request, read from the project's compiled resources. */
    static ApplicationSettings applicationSettings(EntityRequest request) {
        boolean springBoot = request.classpath().stream().anyMatch(EntitySource::hasSpringBoot);
        EntityRequest.Application a = request.application();
        return ApplicationSettings.read(new ApplicationSettings.Request(request.outputDirectory(), a.persistenceUnit(),
                a.profiles(), a.hibernate(), springBoot));
    }

    /** ", settings: a=b (source), ..." for the INFO line; naming strategies are described apart. */
    static String settingsLine(ApplicationSettings app) {
        List<String> shown = app.describe().stream()
                .filter(d -> !d.startsWith(ApplicationSettings.PHYSICAL + "=") && !d.startsWith(ApplicationSettings.IMPLICIT + "="))
                .toList();
        return shown.isEmpty() ? "; no Hibernate settings in the application (Hibernate's defaults)"
                : "; settings: " + String.join(", ", shown);
    }

    private static boolean hasSpringBoot(java.nio.file.Path entry) {
        String name = entry.getFileName() == null ? "" : entry.getFileName().toString();
        return name.startsWith("spring-boot-") && name.endsWith(".jar") && !name.startsWith("spring-boot-starter")
                || java.nio.file.Files.isRegularFile(entry.resolve(NamingStrategies.SPRING_BOOT_MARKER));
    }

    /**
     * Runs an action on Hibernate's metadata of the project's entities, inside the project's class loader.
     * The settings replace the offline ones entirely (start from {@link #offlineSettings}); a mapping that
     * Hibernate rejects while building the metadata becomes an {@link EntityMappingException}, a class missing
     * from the classpath an {@link EntityException}. Exceptions of the action itself pass through.
     */
    public static <T> T withMetadata(EntityRequest request, Map<String, Object> settings, Output output,
                                     Function<BootedEntities, T> action) {
        return withMetadata(request, settings, null, output, action);
    }

    private static <T> T withMetadata(EntityRequest request, Map<String, Object> settings, ApplicationSettings app, Output output,
                                      Function<BootedEntities, T> action) {
        try (URLClassLoader loader = ProjectLoader.open(request)) {
            NamingStrategies.Choice naming = NamingStrategies.resolve(request.namingStrategy(), loader, app);
            long t0 = System.nanoTime();
            EntityScanner.Found found = scan(request, loader, output);
            List<String> names = found.entities().stream().map(Class::getName).sorted().toList();
            // The names the annotations state, read by reflection beside Hibernate's boot (which does not need them).
            CompletableFuture<Map<String, List<String>>> owners = Background.start("wataomi-stated-names",
                    () -> NameOwners.of(found.entities(), found.others()));
            CompletableFuture<List<String>> stated = owners.thenApply(o -> StatedNames.of(found.entities(), found.others()));
            return ProjectLoader.run(loader, () -> {
                try (HibernateLog ignored = HibernateLog.route(output);
                     HibernateBoot.Booted booted = HibernateBoot.bootExplained(found, naming, settings, loader, request)) {
                    output.debug("Hibernate metadata built in " + (System.nanoTime() - t0) / 1_000_000 + " ms since the scan began");
                    return action.apply(new BootedEntities(booted.metadata(), booted.registry(), names, naming.description(),
                            Background.join(owners), Background.join(stated)));
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The settings the plugin's Hibernate needs offline, in a new mutable map: PostgreSQL 17 dialect, no JDBC access
     * (and a connection provider that has none). Nothing that changes the DDL: that is the application's to set.
     */
    public static Map<String, Object> offlineSettings(String defaultSchema) {
        return HibernateBoot.offlineSettings(defaultSchema);
    }

    /**
     * Scans the request's entries (see {@link EntityRequest#scanned()}); says where entities came from when some are not
     * the project's own classes, and fails when there are none.
     */
    static EntityScanner.Found scan(EntityRequest request, ClassLoader loader, Output output) {
        long t0 = System.nanoTime();
        List<java.nio.file.Path> entries = request.scanned();
        EntityScanner.Found found = EntityScanner.scan(entries, request.packages(), loader);
        output.debug("Searched " + entries.size() + " classpath entries for entities (" + found.filesRead() + " class files read) in "
                + (System.nanoTime() - t0) / 1_000_000 + " ms");
        if (found.entities().isEmpty()) {
            throw noEntities(request, found);
        }
        if (!found.bySource().keySet().equals(java.util.Set.of(request.outputDirectory()))) {
            List<String> from = found.bySource().entrySet().stream().map(e -> e.getValue() + " in " + e.getKey()).toList();
            output.info("Entities found on the classpath: " + String.join(", ", from));
        }
        return found;
    }

    static EntityException noEntities(EntityRequest request, EntityScanner.Found found) {
        String where = request.packages().isEmpty()
                ? (request.modules().isEmpty() ? "" : " or in the modules " + request.modules().stream()
                        .map(java.nio.file.Path::toString).collect(java.util.stream.Collectors.joining(", ")))
                : " or elsewhere on the classpath in packages " + String.join(", ", request.packages()) + " (" + PropertyNames.PACKAGES + ")";
        String javax = found.javaxEntities().isEmpty() ? ""
                : " Found classes annotated with javax.persistence.Entity (" + found.javaxEntities().get(0)
                + ", ...): Hibernate 6 and later read only jakarta.persistence annotations.";
        String hint = request.packages().isEmpty()
                ? " Compile the project first. Entities in a dependency jar are found when " + PropertyNames.PACKAGES
                + " names their packages (-D" + PropertyNames.PACKAGES + "=com.example.domain)."
                : " Compile the project first, and check " + PropertyNames.PACKAGES + ".";
        return new EntityException("No @Entity classes found in " + request.outputDirectory() + where + "." + javax + hint);
    }
}
