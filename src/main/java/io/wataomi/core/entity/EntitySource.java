package io.wataomi.core.entity;

import io.wataomi.core.shared.Output;
import io.wataomi.core.config.PropertyNames;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Loads a project's compiled JPA entities and asks Hibernate ORM for the schema they need: Hibernate, not
 * this plugin, interprets the annotations, exactly as it will when the application starts.
 */
public final class EntitySource {
    private EntitySource() {
    }

    /** The CREATE statements of the project's entities, for PostgreSQL, without touching any database. */
    public static EntityModel load(EntityRequest request, Output output) {
        Map<String, Object> settings = HibernateBoot.offlineSettings(request.defaultSchema());
        return withMetadata(request, settings, output, booted -> {
            List<String> schemas = Schemas.of(booted.metadata(), request.defaultSchema());
            List<String> ddl = new ArrayList<>(Schemas.createStatements(schemas));
            try {
                ddl.addAll(CreateScript.generate(booted.metadata(), booted.registry(), settings));
            } catch (RuntimeException e) {
                throw MappingErrors.translate(e, booted.entityClasses());
            }
            output.debug(booted.entityClasses().size() + " entities, naming " + booted.namingStrategy()
                    + ", " + ddl.size() + " DDL statements");
            return new EntityModel(ddl, booted.entityClasses(), schemas, booted.namingStrategy());
        });
    }

    /**
     * Runs an action on Hibernate's metadata of the project's entities, inside the project's class loader.
     * The settings replace the offline ones entirely (start from {@link #offlineSettings}); a mapping that
     * Hibernate rejects while building the metadata becomes an {@link EntityMappingException}, a class missing
     * from the classpath an {@link EntityException}. Exceptions of the action itself pass through.
     */
    public static <T> T withMetadata(EntityRequest request, Map<String, Object> settings, Output output,
                                     Function<BootedEntities, T> action) {
        try (URLClassLoader loader = ProjectLoader.open(request)) {
            NamingStrategies.Choice naming = NamingStrategies.resolve(request.namingStrategy(), loader);
            long t0 = System.nanoTime();
            EntityScanner.Found found = EntityScanner.scan(request.outputDirectory(), request.packages(), loader);
            output.debug("Scanned " + request.outputDirectory() + " in " + (System.nanoTime() - t0) / 1_000_000 + " ms");
            if (found.entities().isEmpty()) {
                throw noEntities(request, found);
            }
            List<String> names = found.entities().stream().map(Class::getName).sorted().toList();
            return ProjectLoader.run(loader, () -> {
                try (HibernateLog ignored = HibernateLog.route(output);
                     HibernateBoot.Booted booted = HibernateBoot.bootExplained(found, naming, settings, loader)) {
                    output.debug("Hibernate metadata built in " + (System.nanoTime() - t0) / 1_000_000 + " ms since the scan began");
                    return action.apply(new BootedEntities(booted.metadata(), booted.registry(), names, naming.description()));
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The settings {@link #load} uses, in a new mutable map: PostgreSQL 17 dialect, no JDBC access (and a
     * connection provider that has none), keywords quoted, the default schema.
     */
    public static Map<String, Object> offlineSettings(String defaultSchema) {
        return HibernateBoot.offlineSettings(defaultSchema);
    }

    private static EntityException noEntities(EntityRequest request, EntityScanner.Found found) {
        String where = request.packages().isEmpty() ? "" : " in packages " + String.join(", ", request.packages())
                + " (" + PropertyNames.PACKAGES + ")";
        String javax = found.javaxEntities().isEmpty() ? ""
                : " Found classes annotated with javax.persistence.Entity (" + found.javaxEntities().get(0)
                + ", ...): Hibernate 7 reads only jakarta.persistence annotations.";
        return new EntityException("No @Entity classes found in " + request.outputDirectory() + where + "." + javax
                + " Compile the project first, and check " + PropertyNames.PACKAGES + ".");
    }
}
