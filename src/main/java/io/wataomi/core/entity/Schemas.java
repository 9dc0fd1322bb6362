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

    /**
     * The default schema and every schema a CREATE TABLE or CREATE SEQUENCE of a script qualifies its name with,
     * sorted (the project's own Hibernate gives a script, not its metadata).
     */
    static List<String> fromDdl(List<String> ddl, String defaultSchema) {
        TreeSet<String> schemas = new TreeSet<>();
        schemas.add(canonical(Identifier.toIdentifier(defaultSchema)));
        for (String statement : ddl) {
            java.util.regex.Matcher m = CREATED.matcher(statement);
            if (m.lookingAt()) {
                List<String> parts = nameParts(m.group(1));
                if (parts.size() > 1) {
                    schemas.add(parts.get(parts.size() - 2));
                }
            }
        }
        return List.copyOf(schemas);
    }

    private static final java.util.regex.Pattern CREATED = java.util.regex.Pattern.compile(
            "(?is)create\\s+(?:table|sequence)\\s+(?:if\\s+not\\s+exists\\s+)?((?:\"[^\"]*\"|[^\\s(\"])+)");

    /** A possibly qualified, possibly quoted name split at its dots, each part as PostgreSQL stores it. */
    static List<String> nameParts(String name) {
        List<String> parts = new java.util.ArrayList<>();
        StringBuilder part = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '"') {
                if (quoted && i + 1 < name.length() && name.charAt(i + 1) == '"') {
                    part.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                    wasQuoted = true;
                }
            } else if (c == '.' && !quoted) {
                parts.add(wasQuoted ? part.toString() : part.toString().toLowerCase(Locale.ROOT));
                part.setLength(0);
                wasQuoted = false;
            } else {
                part.append(c);
            }
        }
        parts.add(wasQuoted ? part.toString() : part.toString().toLowerCase(Locale.ROOT));
        return parts;
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
