package io.wataomi.core.entity;

import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which entity or member a table or column name most likely comes from, for messages: an explicit {@code @Table},
 * {@code @Column} or {@code @JoinColumn} name, else the class or field name. Read by annotation names, so it works
 * with the project's own JPA API as well as the plugin's.
 */
final class NameOwners {
    private NameOwners() {
    }

    /** Lower-case name -&gt; descriptions such as {@code entity app.User (@Table)} or {@code field app.User.order}. */
    static Map<String, List<String>> of(List<Class<?>> entities, List<Class<?>> others) {
        Map<String, List<String>> out = new TreeMap<>();
        for (Class<?> type : entities) {
            String table = annotationValue(type.getAnnotations(), "jakarta.persistence.Table", "name");
            add(out, table == null ? type.getSimpleName() : table, "entity " + type.getName() + (table == null ? "" : " (@Table)"));
        }
        List<Class<?>> all = new ArrayList<>(entities);
        all.addAll(others);
        for (Class<?> type : all) {
            for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                fields(c, out);
            }
        }
        return out;
    }

    private static void fields(Class<?> c, Map<String, List<String>> out) {
        Field[] fields;
        try {
            fields = c.getDeclaredFields();
        } catch (LinkageError e) {
            return;
        }
        for (Field f : fields) {
            Annotation[] annotations = f.getAnnotations();
            String column = annotationValue(annotations, "jakarta.persistence.Column", "name");
            String join = annotationValue(annotations, "jakarta.persistence.JoinColumn", "name");
            String name = column != null ? column : join;
            add(out, name == null ? f.getName() : name, "field " + c.getName() + "." + f.getName()
                    + (column != null ? " (@Column)" : join != null ? " (@JoinColumn)" : ""));
        }
    }

    private static void add(Map<String, List<String>> out, String name, String owner) {
        String key = name.replace("\"", "").replace("`", "").toLowerCase(Locale.ROOT);
        List<String> owners = out.computeIfAbsent(key, k -> new ArrayList<>());
        if (!owners.contains(owner)) {
            owners.add(owner);
        }
    }

    private static String annotationValue(Annotation[] annotations, String type, String attribute) {
        for (Annotation a : annotations) {
            if (a.annotationType().getName().equals(type)) {
                try {
                    Method m = a.annotationType().getMethod(attribute);
                    Object v = m.invoke(a);
                    return v instanceof String s && !s.isBlank() ? s : null;
                } catch (ReflectiveOperationException e) {
                    return null;
                }
            }
        }
        return null;
    }
}
