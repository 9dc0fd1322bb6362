package io.wataomi.core.entity;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The key, constraint and index names that the mapping states: the {@code name} of each {@code @ForeignKey},
 * {@code @Index}, {@code @UniqueConstraint} and {@code @CheckConstraint} (and Hibernate's {@code @Check}) on the mapped
 * classes, their fields and methods, nested ones included ({@code @JoinColumn(foreignKey = ...)},
 * {@code @Table(indexes = ...)}, {@code @JoinTable(inverseForeignKey = ...)}). Read by annotation names, so it works with
 * the project's own JPA API and Hibernate as with the plugin's, whatever their versions; any other name in the schema
 * was made up by Hibernate's implicit naming or by PostgreSQL.
 */
final class StatedNames {
    private static final Set<String> NAMED = Set.of("jakarta.persistence.ForeignKey", "jakarta.persistence.Index",
            "jakarta.persistence.UniqueConstraint", "jakarta.persistence.CheckConstraint", "org.hibernate.annotations.Check");
    private static final List<String> MAPPING_PACKAGES = List.of("jakarta.persistence.", "org.hibernate.annotations.");

    private StatedNames() {
    }

    /** The names stated on these classes and their superclasses, sorted, each once. */
    static List<String> of(List<Class<?>> entities, List<Class<?>> others) {
        Set<String> names = new TreeSet<>();
        List<Class<?>> all = new ArrayList<>(entities);
        all.addAll(others);
        for (Class<?> type : all) {
            for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                members(c, names);
            }
        }
        return List.copyOf(names);
    }

    private static void members(Class<?> c, Set<String> names) {
        List<AnnotatedElement> elements = new ArrayList<>(List.of(c));
        try {
            elements.addAll(List.of(c.getDeclaredFields()));
            elements.addAll(List.of(c.getDeclaredMethods()));
        } catch (LinkageError e) {
            // A member's type is missing from the classpath: Hibernate reports that, naming the class.
        }
        for (AnnotatedElement e : elements) {
            for (Annotation a : e.getAnnotations()) {
                visit(a, names);
            }
        }
    }

    /** Collects a mapping annotation's stated name and those of the annotations it nests. */
    private static void visit(Annotation a, Set<String> names) {
        String type = a.annotationType().getName();
        if (MAPPING_PACKAGES.stream().noneMatch(type::startsWith)) {
            return;
        }
        for (Method m : a.annotationType().getDeclaredMethods()) {
            Object value = value(m, a);
            if (value instanceof String s && m.getName().equals("name") && NAMED.contains(type) && !s.isBlank()) {
                names.add(s.strip());
            } else if (value instanceof Annotation nested) {
                visit(nested, names);
            } else if (value instanceof Annotation[] nested) {
                for (Annotation n : nested) {
                    visit(n, names);
                }
            }
        }
    }

    private static Object value(Method m, Annotation a) {
        if (m.getParameterCount() != 0) {
            return null;
        }
        try {
            return m.invoke(a);
        } catch (IllegalAccessException | InvocationTargetException e) {
            return null;
        }
    }
}
