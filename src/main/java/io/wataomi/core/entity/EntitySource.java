package io.wataomi.core.entity;

import io.wataomi.core.Console;
import io.wataomi.core.config.PropertyNames;
import jakarta.persistence.Entity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
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
    public static EntityModel load(EntityRequest request, Console console) {
        Map<String, Object> settings = HibernateBoot.offlineSettings(request.defaultSchema());
        return withMetadata(request, settings, console, booted -> {
            List<String> schemas = Schemas.of(booted.metadata(), request.defaultSchema());
            List<String> ddl = new ArrayList<>(Schemas.createStatements(schemas));
            try {
                ddl.addAll(CreateScript.generate(booted.metadata(), booted.registry(), settings));
            } catch (RuntimeException e) {
                throw MappingErrors.translate(e, booted.entityClasses());
            }
            console.debug(booted.entityClasses().size() + " entities, naming " + booted.namingStrategy()
                    + ", " + ddl.size() + " DDL statements");
            return new EntityModel(ddl, booted.entityClasses(), schemas, booted.namingStrategy());
        });
    }

    /**
     * Runs an action on Hibernate's metadata of the project's entities, inside the project's class loader.
     * The settings replace the offline ones entirely (start from {@link #offlineSettings}); a mapping that
     * Hibernate rejects while building the metadata becomes an {@link EntityMappingException}.
     */
    public static <T> T withMetadata(EntityRequest request, Map<String, Object> settings, Console console,
                                     Function<BootedEntities, T> action) {
        Path output = request.outputDirectory();
        if (!Files.isDirectory(output)) {
            throw new EntityException("The compiled classes folder " + output + " does not exist: compile the project first"
                    + " (mvn compile, or run this goal after the compile phase).");
        }
        try (URLClassLoader loader = new URLClassLoader(urls(request.classpath()), Entity.class.getClassLoader())) {
            NamingStrategies.Choice naming = NamingStrategies.resolve(request.namingStrategy(), loader);
            EntityScanner.Found found = EntityScanner.scan(output, request.packages(), loader);
            List<String> names = found.entities().stream().map(Class::getName).sorted().toList();
            if (names.isEmpty()) {
                throw noEntities(request, found);
            }
            return inProjectLoader(loader, console, () -> {
                List<String> known = new ArrayList<>(names);
                found.others().forEach(c -> known.add(c.getName()));
                try (HibernateBoot.Booted booted = boot(found, naming, settings, loader, known)) {
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

    private static HibernateBoot.Booted boot(EntityScanner.Found found, NamingStrategies.Choice naming,
                                             Map<String, Object> settings, ClassLoader loader, List<String> known) {
        try {
            return HibernateBoot.boot(found, naming, settings, loader);
        } catch (RuntimeException | LinkageError e) {
            throw MappingErrors.translate(e, known);
        }
    }

    /** Hibernate resolves classes and services through the context class loader too. */
    private static <T> T inProjectLoader(ClassLoader loader, Console console, java.util.function.Supplier<T> work) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try (HibernateLog ignored = HibernateLog.route(console)) {
            return work.get();
        } finally {
            thread.setContextClassLoader(previous);
        }
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

    private static URL[] urls(List<Path> classpath) {
        List<URL> urls = new ArrayList<>();
        for (Path p : classpath) {
            try {
                urls.add(p.toAbsolutePath().toUri().toURL());
            } catch (MalformedURLException e) {
                throw new IllegalArgumentException("Not a classpath entry: " + p, e);
            }
        }
        return urls.toArray(URL[]::new);
    }
}
