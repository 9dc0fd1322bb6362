package io.wataomi.core.render;

import io.wataomi.core.model.QualifiedName;
import io.wataomi.core.model.UniqueConstraint;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.wataomi.core.model.Identifiers.quote;
import static io.wataomi.core.render.SqlText.alter;
import static io.wataomi.core.render.SqlText.literal;
import static io.wataomi.core.render.SqlText.names;

/** The statements of the safe forms: concurrent index builds and drops, NOT VALID constraints and their validation. */
final class SafeSql {
    private static final Pattern CREATE_INDEX = Pattern.compile("CREATE (UNIQUE )?INDEX (.*)", Pattern.DOTALL);

    private SafeSql() {
    }

    /**
     * Builds an index without blocking writes, from its {@code CREATE INDEX} statement; null when the statement is not
     * one. A failed concurrent build leaves an invalid index of that name behind, which the next build would trip
     * over, so it is dropped first.
     */
    static List<String> buildIndex(String schema, String name, String definition) {
        Matcher m = CREATE_INDEX.matcher(definition);
        if (!m.matches()) {
            return null;
        }
        String concurrent = "CREATE " + (m.group(1) == null ? "" : m.group(1)) + "INDEX CONCURRENTLY " + m.group(2);
        return List.of(dropIndex(schema, name, true), concurrent);
    }

    /** The unique index a unique constraint will use, built without blocking writes. */
    static List<String> buildUniqueIndex(QualifiedName table, UniqueConstraint u) {
        return buildIndex(table.schema(), u.name(), "CREATE UNIQUE INDEX " + quote(u.name()) + " ON " + table.quoted()
                + " (" + names(u.columns()) + ")" + (u.nullsNotDistinct() ? " NULLS NOT DISTINCT" : ""));
    }

    static String dropIndex(String schema, String name, boolean ifExists) {
        return "DROP INDEX CONCURRENTLY " + (ifExists ? "IF EXISTS " : "") + new QualifiedName(schema, name).quoted();
    }

    /** Turns the unique index built before into the constraint: a short lock and no scan. */
    static String uniqueUsingIndex(QualifiedName table, String name) {
        return alter(table) + "ADD CONSTRAINT " + quote(name) + " UNIQUE USING INDEX " + quote(name);
    }

    /** Counts the table's constraints of that name: non-zero once {@link #uniqueUsingIndex} has run. */
    static String countConstraint(QualifiedName table, String name) {
        return "SELECT count(*) FROM pg_constraint WHERE conrelid = " + literal(table.quoted()) + "::regclass AND conname = "
                + literal(name);
    }

    /** An {@code ADD CONSTRAINT} that checks new rows only; existing ones are checked by {@link #validate}. */
    static String notValid(String addConstraint) {
        return addConstraint + " NOT VALID";
    }

    /** Checks the existing rows against a NOT VALID constraint, letting reads and writes go on meanwhile. */
    static String validate(QualifiedName table, String constraint) {
        return alter(table) + "VALIDATE CONSTRAINT " + quote(constraint);
    }

    /** Drops a constraint that may be gone already, so that a step run again after a crash still succeeds. */
    static String dropConstraintIfExists(QualifiedName table, String constraint) {
        return alter(table) + "DROP CONSTRAINT IF EXISTS " + quote(constraint);
    }
}
