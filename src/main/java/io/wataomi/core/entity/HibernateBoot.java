package io.wataomi.core.entity;

import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataBuilder;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.BootstrapServiceRegistry;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.boot.registry.classloading.internal.ClassLoaderServiceImpl;
import org.hibernate.boot.registry.classloading.spi.ClassLoadingException;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Builds Hibernate ORM's boot metadata for scanned classes, as the application would at start-up on PostgreSQL. */
final class HibernateBoot {
    /** The PostgreSQL major version the DDL is written for (the embedded server's). */
    static final int POSTGRESQL_MAJOR = 17;
    /** The setting that names the connection provider; offline, it is {@link NoConnections}. */
    static final String CONNECTION_PROVIDER = "hibernate.connection.provider_class";

    private HibernateBoot() {
    }

    /**
     * The settings of schema generation without a database: a dialect instance made as a connection to
     * PostgreSQL 17 would make it (naming the dialect class earns a deprecation warning, and only a
     * connection tells Hibernate the keywords to quote). Nothing that changes the DDL is forced: quoting,
     * the default schema and naming are the application's settings.
     */
    static Map<String, Object> offlineSettings(String defaultSchema) {
        Map<String, Object> settings = new HashMap<>();
        settings.put("hibernate.boot.allow_jdbc_metadata_access", "false");
        settings.put("hibernate.dialect", new OfflineDialect());
        settings.put("hibernate.hbm2ddl.auto", "none");
        settings.put(CONNECTION_PROVIDER, new NoConnections());
        return settings;
    }

    /** The metadata of the classes; the registry stays open until the caller closes it. */
    static Booted boot(EntityScanner.Found found, NamingStrategies.Choice naming, Map<String, Object> settings,
                       ClassLoader loader) {
        BootstrapServiceRegistry bootstrap = new BootstrapServiceRegistryBuilder()
                .applyClassLoaderService(new RememberedMisses(loader)).build();
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder(bootstrap).applySettings(settings).build();
        try {
            MetadataSources sources = new MetadataSources(registry);
            found.packages().forEach(sources::addPackage);
            found.others().forEach(sources::addAnnotatedClass);
            found.entities().forEach(sources::addAnnotatedClass);
            MetadataBuilder builder = sources.getMetadataBuilder()
                    .applyPhysicalNamingStrategy(naming.physical())
                    .applyImplicitNamingStrategy(naming.implicit());
            return new Booted(builder.build(), registry);
        } catch (RuntimeException | LinkageError e) {
            StandardServiceRegistryBuilder.destroy(registry);
            throw e;
        }
    }

    /**
     * As {@link #boot}, with failures explained: a rejected mapping names its class and member; a class the
     * entities use but the classpath lacks is named.
     */
    static Booted bootExplained(EntityScanner.Found found, NamingStrategies.Choice naming, Map<String, Object> settings,
                                ClassLoader loader, EntityRequest request) {
        try {
            return boot(found, naming, settings, loader);
        } catch (RuntimeException | LinkageError e) {
            EntityException missing = MissingClasses.explain(e, request);
            throw missing != null ? missing : MappingErrors.translate(e, found.classNames());
        }
    }

    /**
     * Hibernate's class loading, remembering the names no loader has. Hibernate looks for the {@code package-info} of an
     * entity's package several times per entity; each miss asks every loader in turn (the project's, the plugin's realm,
     * the platform's): 0.85 s of a thousand entities' boot. The loaders do not change during a boot, so a name missing
     * once is missing again.
     */
    private static final class RememberedMisses extends ClassLoaderServiceImpl {
        private final Set<String> missing = ConcurrentHashMap.newKeySet();

        RememberedMisses(ClassLoader loader) {
            super(loader);
        }

        @Override
        public <T> Class<T> classForName(String className) {
            if (missing.contains(className)) {
                throw new ClassLoadingException("Unable to load class [" + className + "]");
            }
            try {
                return super.classForName(className);
            } catch (ClassLoadingException e) {
                if (e.getCause() instanceof ClassNotFoundException) {
                    missing.add(className);
                }
                throw e;
            }
        }
    }

    /** Metadata and the registry it was built in (closing the registry releases Hibernate's services). */
    record Booted(Metadata metadata, StandardServiceRegistry registry) implements AutoCloseable {
        @Override
        public void close() {
            StandardServiceRegistryBuilder.destroy(registry);
        }
    }
}
