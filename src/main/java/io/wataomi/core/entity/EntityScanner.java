package io.wataomi.core.entity;


import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Finds the JPA-annotated classes of a compiled output directory without initialising any class. */
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
     * @param javaxEntities classes annotated with the old javax.persistence @Entity, which Hibernate 7 ignores
     */
    record Found(List<Class<?>> entities, List<Class<?>> others, List<String> packages, List<String> javaxEntities) {
        /** The names of every mapped class found, the names Hibernate's error messages may quote. */
        List<String> classNames() {
            return Stream.concat(entities.stream(), others.stream()).map(Class::getName).toList();
        }
    }

    private EntityScanner() {
    }

    /** Scans a directory; only classes in one of the packages (or their subpackages) when any are given. */
    static Found scan(Path root, List<String> packages, ClassLoader loader) {
        List<Class<?>> entities = new ArrayList<>();
        List<Class<?>> others = new ArrayList<>();
        List<String> packageInfos = new ArrayList<>();
        List<String> javax = new ArrayList<>();
        for (Path file : classFiles(root)) {
            String name = className(root, file);
            if (!inPackages(name, packages)) {
                continue;
            }
            String bytes = read(file);
            if (name.endsWith(".package-info")) {
                if (bytes.contains(PACKAGE_MARKER_JPA) || bytes.contains(PACKAGE_MARKER_HIBERNATE)) {
                    packageInfos.add(name.substring(0, name.length() - ".package-info".length()));
                }
            } else if (MARKERS.stream().anyMatch(bytes::contains)) {
                Class<?> type = load(name, loader);
                if (annotated(type, "jakarta.persistence.Entity")) {
                    entities.add(type);
                } else if (isMapped(type)) {
                    others.add(type);
                }
            } else if (bytes.contains(JAVAX_ENTITY)) {
                javax.add(name);
            }
        }
        return new Found(entities, others, packageInfos, javax);
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

    private static List<Path> classFiles(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(f -> f.toString().endsWith(".class") && !f.getFileName().toString().equals("module-info.class"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot scan " + root, e);
        }
    }

    private static String className(Path root, Path file) {
        String relative = root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".");
        return relative.substring(0, relative.length() - ".class".length());
    }

    /** The class file as Latin-1 text: enough to find the UTF-8 descriptors of its constant pool. */
    private static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
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
