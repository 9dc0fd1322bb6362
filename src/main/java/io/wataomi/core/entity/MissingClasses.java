package io.wataomi.core.entity;

/**
 * Explains a failure whose root is a class the project's classpath lacks (a superclass from an aspect library,
 * a type a converter names): the missing class, and the cause attached so {@code mvn -e} shows the whole chain.
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
                        + t.getClass().getSimpleName() + " while reading the entities in " + request.outputDirectory() + "). Add the"
                        + " dependency that provides it to the project (a dependency of scope test is not enough), or leave the"
                        + " class that uses it out with " + io.wataomi.core.config.PropertyNames.PACKAGES + ".", failure);
            }
        }
        return null;
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
