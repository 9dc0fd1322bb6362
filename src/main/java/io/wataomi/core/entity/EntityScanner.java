package io.wataomi.core.entity;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Finds the JPA-annotated classes of classpath entries (folders and jars) without initialising any class: a class file
 * is read as bytes and loaded only when its constant pool names a JPA mapping annotation.
 */
final class EntityScanner {
    /** Annotation descriptors as they appear in a class file's constant pool. */
    private static final List<String> MARKERS = List.of("Ljakarta/persistence/Entity;", "Ljakarta/persistence/MappedSuperclass;",
            "Ljakarta/persistence/Embeddable;", "Ljakarta/persistence/Converter;");
    private static final String PACKAGE_MARKER_JPA = "Ljakarta/persistence/";
    private static final String PACKAGE_MARKER_HIBERNATE = "Lorg/hibernate/annotations/";
    private static final String JAVAX_ENTITY = "Ljavax/persistence/Entity;";

    /**
     * What the scan found.
     *
     * @param entities      the {@code @Entity} classes
     * @param others        mapped superclasses, embeddables and converters
     * @param packages      packages whose package-info carries mapping annotations (generators, converters)
     * @param javaxEntities classes annotated with the old javax.persistence @Entity, which Hibernate 6+ ignores
     * @param bySource      each searched entry that holds entities, in classpath order, with how many
     * @param filesRead     how many class files were read (the cost of the scan)
     */
    record Found(List<Class<?>> entities, List<Class<?>> others, List<String> packages, List<String> javaxEntities,
                 Map<Path, Integer> bySource, int filesRead) {
        /** The names of every mapped class found, the names Hibernate's error messages may quote. */
        List<String> classNames() {
            return Stream.concat(entities.stream(), others.stream()).map(Class::getName).toList();
        }
    }

    private EntityScanner() {
    }

    /**
     * Scans classpath entries in order; only classes in one of the packages (or their subpackages) when any are given.
     * A class found in two entries counts once, from the first, as the class loader would load it.
     */
    static Found scan(List<Path> entries, List<String> packages, ClassLoader loader) {
        List<Class<?>> entities = new ArrayList<>();
        List<Class<?>> others = new ArrayList<>();
        List<String> packageInfos = new ArrayList<>();
        List<String> javax = new ArrayList<>();
        Map<Path, Integer> bySource = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        int[] read = {0};
        for (Path entry : entries) {
            ClassFiles.visit(entry, packages, (name, bytes) -> {
                if (!seen.add(name)) {
                    return;
                }
                read[0]++;
                String text = bytes.get();
                if (name.endsWith(".package-info")) {
                    if (text.contains(PACKAGE_MARKER_JPA) || text.contains(PACKAGE_MARKER_HIBERNATE)) {
                        packageInfos.add(name.substring(0, name.length() - ".package-info".length()));
                    }
                } else if (MARKERS.stream().anyMatch(text::contains)) {
                    Class<?> type = load(name, loader);
                    if (annotated(type, "jakarta.persistence.Entity")) {
                        entities.add(type);
                        bySource.merge(entry, 1, Integer::sum);
                    } else if (isMapped(type)) {
                        others.add(type);
                    }
                } else if (text.contains(JAVAX_ENTITY)) {
                    javax.add(name);
                }
            });
        }
        return new Found(entities, others, packageInfos, javax, bySource, read[0]);
    }

    static boolean inPackages(String className, List<String> packages) {
        return packages.isEmpty() || packages.stream().anyMatch(p -> className.startsWith(p + "."));
    }

    /**
     * Mapped superclasses, embeddables and converters. Annotations are matched by name: in the project's own class
     * loader they are the project's JPA API classes, not the plugin's.
     */
    private static boolean isMapped(Class<?> type) {
        return annotated(type, "jakarta.persistence.MappedSuperclass") || annotated(type, "jakarta.persistence.Embeddable")
                || annotated(type, "jakarta.persistence.Converter");
    }

    private static boolean annotated(Class<?> type, String annotation) {
        try {
            for (java.lang.annotation.Annotation a : type.getAnnotations()) {
                if (a.annotationType().getName().equals(annotation)) {
                    return true;
                }
            }
            return false;
        } catch (LinkageError e) {
            throw new EntityException("Cannot read the annotations of " + type.getName() + ": " + e
                    + ". Every class it uses must be on the project's classpath; run `mvn compile` and check its dependencies.", e);
        }
    }

    /** Loads without initialising: static initialisers of the project must not run inside the build. */
    private static Class<?> load(String name, ClassLoader loader) {
        try {
            return Class.forName(name, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new EntityException("Cannot load the entity class " + name + ": " + e
                    + ". Every class it uses must be on the project's compile classpath; run `mvn compile` and check its dependencies.", e);
        }
    }
}
