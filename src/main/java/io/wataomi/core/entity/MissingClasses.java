package io.wataomi.core.entity;

import io.wataomi.core.config.PropertyNames;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Explains a failure whose root is a class the project's classpath lacks (a superclass from an aspect library,
 * a type a converter names): the missing class, the artifact that provides it when the local Maven repository
 * has one, and the cause attached so {@code mvn -e} shows the whole chain.
 */
final class MissingClasses {
    private MissingClasses() {
    }

    /** The explanation, or null when no class is missing in the failure's causes. */
    static EntityException explain(Throwable failure, EntityRequest request) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String missing = missingClass(t);
            if (missing != null) {
                return new EntityException("The entities use the class " + missing + ", which is not on the project's classpath ("
                        + t.getClass().getSimpleName() + " while reading the entities in " + request.outputDirectory() + "). "
                        + advice(missing, request.providers().find(missing)), failure);
            }
        }
        return null;
    }

    private static String advice(String missing, List<ClassProviders.Provider> providers) {
        String leaveOut = " or leave the class that uses it out with " + PropertyNames.PACKAGES + ".";
        if (providers.isEmpty()) {
            return "Add the dependency that provides it to the project (a dependency of scope test is not enough; Maven"
                    + " Central's class search finds it: https://search.maven.org/search?q=fc:" + missing + "),"
                    + leaveOut;
        }
        ClassProviders.Provider first = providers.get(0);
        if (first.declaredScope() != null) {
            return "It is in " + first.describe() + ": give that dependency scope compile or runtime," + leaveOut;
        }
        return "It is in " + providers.stream().map(ClassProviders.Provider::describe).collect(Collectors.joining("; "))
                + ": add " + (providers.size() == 1 ? "that artifact" : "one of them") + " as a dependency of the project,"
                + leaveOut;
    }

    private static String missingClass(Throwable t) {
        if (t instanceof NoClassDefFoundError && t.getMessage() != null) {
            return t.getMessage().replace('/', '.');
        }
        if (t instanceof ClassNotFoundException && t.getMessage() != null) {
            return t.getMessage();
        }
        if (t instanceof TypeNotPresentException e) {
            return e.typeName();
        }
        return null;
    }
}
