package io.wataomi.core.entity;

import java.io.StringWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.net.URL;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Asks the project's own Hibernate for its CREATE script through the standard JPA schema-generation SPI
 * ({@code PersistenceProvider.generateSchema}), entirely by reflection: the plugin links against none of the
 * project's classes, so any Hibernate version from 6.2 on runs with its own reading of the annotations and settings.
 */
final class JpaSchemaScript {
    /** Marks the end of each statement in the script; no DDL contains it. */
    private static final String DELIMITER = ";--wataomi--";
    private static final String PROVIDER = "org.hibernate.jpa.HibernatePersistenceProvider";

    private JpaSchemaScript() {
    }

    /**
     * The statements Hibernate writes for {@code scripts.action=create}, without delimiters.
     *
     * @param loader   the project's isolated class loader (its Hibernate, its JPA API, its classes)
     * @param managed  the mapped classes' names (entities, mapped superclasses, embeddables, converters)
     * @param root     the persistence unit's root (target/classes), where META-INF/orm.xml is looked for
     * @param settings the application's settings and the offline ones
     */
    static List<String> generate(ClassLoader loader, List<String> managed, URL root, Map<String, Object> settings) {
        try {
            Class<?> unitType = loader.loadClass("jakarta.persistence.spi.PersistenceUnitInfo");
            Object unit = Proxy.newProxyInstance(loader, new Class<?>[]{unitType}, new UnitInfo(loader, managed, root));
            StringWriter script = new StringWriter();
            Map<String, Object> properties = new HashMap<>(settings);
            properties.put("jakarta.persistence.schema-generation.database.action", "none");
            properties.put("jakarta.persistence.schema-generation.scripts.action", "create");
            properties.put("jakarta.persistence.schema-generation.scripts.create-target", script);
            properties.put("hibernate.hbm2ddl.delimiter", DELIMITER);
            properties.put("hibernate.format_sql", "false");
            generate(loader, unitType, unit, properties);
            return split(script.toString());
        } catch (InvocationTargetException e) {
            throw rethrow(e.getCause() == null ? e : e.getCause());
        } catch (ClassNotFoundException e) {
            throw new EntityException("The project's classpath has hibernate-core but not " + e.getMessage()
                    + ": add the JPA API and Hibernate's dependencies (mvn dependency:tree shows them).", e);
        } catch (ReflectiveOperationException e) {
            throw new EntityException("Cannot drive the project's Hibernate through the JPA SPI: " + e, e);
        }
    }

    /**
     * Writes the script as the application's Hibernate creates its schema: when it builds a SessionFactory with a
     * schema action, Hibernate first orders each table's columns and key columns ({@code hibernate.column_ordering_strategy},
     * since 6.2), which {@code PersistenceProvider.generateSchema} alone skips. So the unit's metadata is built, ordered,
     * then written; a Hibernate without these methods writes through the plain SPI.
     */
    private static void generate(ClassLoader loader, Class<?> unitType, Object unit, Map<String, Object> properties)
            throws ReflectiveOperationException {
        Method ordering;
        Object builder;
        try {
            ordering = loader.loadClass("org.hibernate.boot.spi.MetadataImplementor").getMethod("orderColumns", boolean.class);
            builder = loader.loadClass("org.hibernate.jpa.boot.spi.Bootstrap")
                    .getMethod("getEntityManagerFactoryBuilder", unitType, Map.class).invoke(null, unit, properties);
        } catch (NoSuchMethodException | ClassNotFoundException e) {
            Class<?> providerType = loader.loadClass(PROVIDER);
            providerType.getMethod("generateSchema", unitType, Map.class).invoke(providerType.getConstructor().newInstance(), unit, properties);
            return;
        }
        try {
            ordering.invoke(builder.getClass().getMethod("metadata").invoke(builder), true);
            builder.getClass().getMethod("generateSchema").invoke(builder);
        } finally {
            builder.getClass().getMethod("cancel").invoke(builder);
        }
    }

    private static RuntimeException rethrow(Throwable t) {
        if (t instanceof RuntimeException r) {
            return r;
        }
        if (t instanceof Error err) {
            throw err;
        }
        return new EntityException("The project's Hibernate failed: " + t, t);
    }

    static List<String> split(String script) {
        List<String> out = new ArrayList<>();
        for (String part : script.split(java.util.regex.Pattern.quote(DELIMITER))) {
            String s = CreateScript.strip(part);
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }

    /** The persistence unit: the scanned classes only, resource-local, no data source, validation as the application's. */
    private record UnitInfo(ClassLoader loader, List<String> managed, URL root) implements InvocationHandler {
        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            return switch (method.getName()) {
                case "getPersistenceUnitName" -> "wataomi";
                case "getPersistenceProviderClassName" -> PROVIDER;
                case "getTransactionType" -> constant(method, "RESOURCE_LOCAL");
                case "getSharedCacheMode" -> constant(method, "UNSPECIFIED");
                case "getValidationMode" -> constant(method, "AUTO");
                case "getJtaDataSource", "getNonJtaDataSource", "getScopeAnnotationName" -> null;
                case "getMappingFileNames", "getJarFileUrls", "getQualifierAnnotationNames" -> List.of();
                case "getManagedClassNames" -> managed;
                case "getPersistenceUnitRootUrl" -> root;
                case "excludeUnlistedClasses" -> true;
                case "getProperties" -> new Properties();
                case "getPersistenceXMLSchemaVersion" -> "3.0";
                case "getClassLoader", "getNewTempClassLoader" -> loader;
                case "addTransformer" -> null;
                case "hashCode" -> System.identityHashCode(proxy);
                case "equals" -> proxy == args[0];
                case "toString" -> "wataomi persistence unit of " + managed.size() + " classes";
                default -> method.isDefault() ? InvocationHandler.invokeDefault(proxy, method, args) : null;
            };
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        private static Object constant(Method method, String name) {
            return Enum.valueOf((Class<? extends Enum>) method.getReturnType(), name);
        }
    }
}
