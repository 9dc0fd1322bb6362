package io.wataomi.core.entity;

import io.wataomi.core.model.Identifiers;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.relational.Namespace;

import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/** The schemas the mapped tables and sequences live in, named as PostgreSQL stores them. */
final class Schemas {
    private static final String PUBLIC = "public";

    private Schemas() {
    }

    /** The default schema and every schema a mapping names, sorted. */
    static List<String> of(Metadata metadata, String defaultSchema) {
        TreeSet<String> schemas = new TreeSet<>();
        schemas.add(canonical(Identifier.toIdentifier(defaultSchema)));
        for (Namespace namespace : metadata.getDatabase().getNamespaces()) {
            Identifier schema = namespace.getPhysicalName().schema();
            if (schema != null) {
                schemas.add(canonical(schema));
            }
        }
        return List.copyOf(schemas);
    }

    /** CREATE SCHEMA IF NOT EXISTS for each schema but public, which every database has. */
    static List<String> createStatements(List<String> schemas) {
        return schemas.stream().filter(s -> !s.equals(PUBLIC))
                .map(s -> "create schema if not exists " + Identifiers.quote(s)).toList();
    }

    /** PostgreSQL folds unquoted names to lower case and keeps quoted ones as written. */
    private static String canonical(Identifier identifier) {
        return identifier.isQuoted() ? identifier.getText() : identifier.getText().toLowerCase(Locale.ROOT);
    }
}
