package io.wataomi.core.lint;

import java.util.Arrays;
import java.util.List;

/**
 * The lint rules: an id (squawk's where squawk has the rule), the default severity, why the statement hurts a running
 * application, and the fix. README's rules table says the same.
 */
public enum Rule {
    REQUIRE_CONCURRENT_INDEX_CREATION("require-concurrent-index-creation", Severity.ERROR,
            "CREATE INDEX holds SHARE on the table until the index is built: the application's writes wait that long",
            "create it CONCURRENTLY, alone in a changeSet with runInTransaction=\"false\""),
    REQUIRE_CONCURRENT_INDEX_DELETION("require-concurrent-index-deletion", Severity.WARNING,
            "DROP INDEX takes ACCESS EXCLUSIVE on the table: it waits for every transaction using the table, and every query"
                    + " queues behind it",
            "drop it CONCURRENTLY, alone in a changeSet with runInTransaction=\"false\""),
    CONCURRENT_INDEX_IN_TRANSACTION("concurrent-index-in-transaction", Severity.ERROR,
            "CREATE or DROP INDEX CONCURRENTLY cannot run inside a transaction block: the revision fails",
            "put it alone in a changeSet with runInTransaction=\"false\""),
    CONSTRAINT_MISSING_NOT_VALID("constraint-missing-not-valid", Severity.ERROR,
            "adding a FOREIGN KEY or CHECK reads every row to validate it, holding a lock that blocks writes (ACCESS EXCLUSIVE"
                    + " for a check, SHARE ROW EXCLUSIVE on both tables for a foreign key)",
            "add it NOT VALID (no scan), then VALIDATE CONSTRAINT in a later changeSet, which lets reads and writes go on"),
    DISALLOWED_UNIQUE_CONSTRAINT("disallowed-unique-constraint", Severity.ERROR,
            "ADD UNIQUE or PRIMARY KEY builds its index while holding ACCESS EXCLUSIVE: the table is closed to reads and writes"
                    + " for the whole build",
            "CREATE UNIQUE INDEX CONCURRENTLY (own changeSet, runInTransaction=\"false\"), then ADD CONSTRAINT ... UNIQUE USING"
                    + " INDEX (or PRIMARY KEY USING INDEX)"),
    ADDING_NOT_NULLABLE_FIELD("adding-not-nullable-field", Severity.ERROR,
            "SET NOT NULL reads every row under ACCESS EXCLUSIVE; a NOT NULL column without a default cannot be added to a"
                    + " table that has rows",
            "add CHECK (col IS NOT NULL) NOT VALID, VALIDATE it, then SET NOT NULL (no scan with the validated check), then"
                    + " drop the check; for a new column give it a default"),
    ADDING_FIELD_WITH_VOLATILE_DEFAULT("adding-field-with-volatile-default", Severity.ERROR,
            "a default computed per row (a volatile function, an identity or serial, a stored generated column) rewrites the"
                    + " table under ACCESS EXCLUSIVE",
            "add the column without that default, set the default in a second statement (new rows only), and fill the"
                    + " existing rows in batches"),
    CHANGING_COLUMN_TYPE("changing-column-type", Severity.ERROR,
            "this type change rewrites the table and its indexes under ACCESS EXCLUSIVE (widening a varchar or numeric,"
                    + " varchar to text and dropping a length limit do not)",
            "add a column of the new type, write both, fill it in batches, switch the reads, drop the old column in a later"
                    + " release"),
    RENAMING_COLUMN("renaming-column", Severity.ERROR,
            "the release running now reads the column by its old name and fails from the rename until the new release"
                    + " replaces it",
            "keep the name (@Column(name = \"old\")), or add the new column, write both, switch the reads, and drop the old"
                    + " one in a later release"),
    RENAMING_TABLE("renaming-table", Severity.ERROR,
            "the release running now reads the table by its old name and fails from the rename until the new release"
                    + " replaces it",
            "keep the name (@Table(name = \"old\")), or move in releases: new table, write both, switch the reads, drop the"
                    + " old one"),
    DROPPING_COLUMN_STILL_READ("dropping-column-still-read", Severity.ERROR,
            "the column is still read, so queries naming it fail once it is dropped or renamed",
            "two releases: first one that no longer reads it (remove the field, or make it @Transient), then the drop"),
    DROPPING_TABLE("dropping-table", Severity.ERROR,
            "the table is still read, so queries naming it fail once it is dropped",
            "two releases: first one that no longer reads it (remove the entity), then the drop"),
    REQUIRE_TIMEOUT_SETTINGS("require-timeout-settings", Severity.OFF,
            "without a lock_timeout a statement waiting for its lock queues every later query on the table behind it;"
                    + " wataomi:upgrade sets one itself, Spring Boot's Liquibase, the Liquibase CLI and psql do not",
            "SET LOCAL lock_timeout = '5s' before it in the changeSet, or apply the revisions with wataomi:upgrade");

    private final String id;
    private final Severity severity;
    private final String why;
    private final String fix;

    Rule(String id, Severity severity, String why, String fix) {
        this.id = id;
        this.severity = severity;
        this.why = why;
        this.fix = fix;
    }

    /** The id users configure, e.g. {@code require-concurrent-index-creation}. */
    public String id() {
        return id;
    }

    /** The severity unless configured otherwise. */
    public Severity defaultSeverity() {
        return severity;
    }

    /** Why a statement this rule flags hurts a running application. */
    public String why() {
        return why;
    }

    /** What to write instead. */
    public String fix() {
        return fix;
    }

    /** The rule with this id, or null. */
    public static Rule byId(String id) {
        return Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst().orElse(null);
    }

    /** Every id, in declaration order. */
    public static List<String> ids() {
        return Arrays.stream(values()).map(Rule::id).toList();
    }
}
