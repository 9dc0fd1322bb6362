package io.wataomi.core.model;

/** A schema-qualified object name, as PostgreSQL stores it (case kept, unquoted). */
public record QualifiedName(String schema, String name) implements Comparable<QualifiedName> {
    /** The name as SQL, each part double-quoted. */
    public String quoted() {
        return Identifiers.quote(schema) + "." + Identifiers.quote(name);
    }

    @Override
    public int compareTo(QualifiedName o) {
        int c = schema.compareTo(o.schema);
        return c != 0 ? c : name.compareTo(o.name);
    }

    @Override
    public String toString() {
        return schema + "." + name;
    }
}
