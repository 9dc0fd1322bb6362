package io.wataomi.core.lint;

import io.wataomi.core.migrate.PendingStatements;
import io.wataomi.core.model.QualifiedName;
import io.wataomi.core.revision.Revision;
import io.wataomi.core.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each rule against a real PostgreSQL whose tables have rows: it fires on the blocking form on an existing table, and
 * is silent on the safe form and on a table the pending statements create. A statement's rules are those of the last
 * statement given; the ones before it are the earlier pending statements of its changeSet.
 */
class LintRulesTest {
    private static final Revision REVISION = new Revision("aaaa00000001", List.of(), "lint", "2025-01-01T10:00:00",
            Path.of("versions/lint.xml"), "db/changelog/versions/lint.xml");
    private static final String NEW_TABLE = "CREATE TABLE fresh (id bigint PRIMARY KEY, title varchar(200), n int, owner_id bigint)";
    private static Connection connection;

    @BeforeAll
    static void tablesWithRows() throws SQLException {
        connection = TestDatabase.connect(TestDatabase.create("lint-rules"));
        try (Statement st = connection.createStatement()) {
            st.execute("CREATE TABLE owner (id bigint PRIMARY KEY)");
            st.execute("INSERT INTO owner SELECT g FROM generate_series(1, 50) g");
            st.execute("CREATE TABLE note (id bigint PRIMARY KEY, title varchar(200), n int, owner_id bigint, body text NOT NULL,"
                    + " summary text CONSTRAINT summary_nn CHECK (summary IS NOT NULL))");
            st.execute("INSERT INTO note SELECT g, 'title ' || g, g, 1 + g % 50, 'body', 's' FROM generate_series(1, 500) g");
            st.execute("CREATE INDEX ix_note_title ON note (title)");
            st.execute("CREATE TABLE empty_note (id bigint)");
            st.execute("ANALYZE");
        }
    }

    @AfterAll
    static void close() throws SQLException {
        connection.close();
    }

    /** The rule ids of the last statement, each statement run in one transactional changeSet, default severities. */
    private static Set<String> rules(String... sql) throws SQLException {
        return rules(Severities.defaults(), ReadEvidence.none(), true, sql);
    }

    private static Set<String> rules(Severities severities, ReadEvidence reads, boolean inTransaction, String... sql) throws SQLException {
        List<LintedStatement> linted = lint(severities, reads, inTransaction, sql);
        return Set.copyOf(linted.get(linted.size() - 1).findings().stream().map(f -> f.rule().id()).toList());
    }

    private static List<LintedStatement> lint(Severities severities, ReadEvidence reads, boolean inTransaction, String... sql)
            throws SQLException {
        List<PendingStatements.Statement> statements = new ArrayList<>();
        for (String s : sql) {
            statements.add(new PendingStatements.Statement(REVISION, "cs-1", inTransaction, null, 0, 1, s, null));
        }
        return new Linter("public", new LiveFacts(connection), reads, severities).lint(statements);
    }

    private static LintedStatement last(String... sql) throws SQLException {
        List<LintedStatement> linted = lint(Severities.defaults(), ReadEvidence.none(), true, sql);
        return linted.get(linted.size() - 1);
    }

    @Test
    void requireConcurrentIndexCreation() throws SQLException {
        String rule = Rule.REQUIRE_CONCURRENT_INDEX_CREATION.id();
        assertEquals(Set.of(rule), rules("CREATE INDEX ix_n ON note (n)"));
        LintedStatement blocking = last("CREATE INDEX ix_n ON note (n)");
        assertEquals(List.of("SHARE", "scan"), List.of(blocking.lock(), blocking.effect()));
        assertEquals(Set.of(), rules(Severities.defaults(), ReadEvidence.none(), false, "CREATE INDEX CONCURRENTLY ix_n ON note (n)"));
        assertEquals(Set.of(), rules(NEW_TABLE, "CREATE INDEX ix_f ON fresh (n)"));
    }

    @Test
    void concurrentIndexInTransaction() throws SQLException {
        String rule = Rule.CONCURRENT_INDEX_IN_TRANSACTION.id();
        assertEquals(Set.of(rule), rules("CREATE INDEX CONCURRENTLY ix_n ON note (n)"));
        assertEquals(Set.of(rule), rules("DROP INDEX CONCURRENTLY ix_note_title"));
        assertEquals(Set.of(), rules(Severities.defaults(), ReadEvidence.none(), false, "DROP INDEX CONCURRENTLY ix_note_title"));
    }

    @Test
    void requireConcurrentIndexDeletion() throws SQLException {
        assertEquals(Set.of(Rule.REQUIRE_CONCURRENT_INDEX_DELETION.id()), rules("DROP INDEX ix_note_title"));
        LintedStatement drop = last("DROP INDEX ix_note_title");
        assertEquals(new QualifiedName("public", "note"), drop.table(), "the index's table, from the catalog");
        assertEquals("ACCESS EXCLUSIVE", drop.lock());
        assertEquals(Set.of(), rules(NEW_TABLE, "CREATE INDEX ix_f ON fresh (n)", "DROP INDEX ix_f"));
    }

    @Test
    void constraintMissingNotValid() throws SQLException {
        String rule = Rule.CONSTRAINT_MISSING_NOT_VALID.id();
        assertEquals(Set.of(rule), rules("ALTER TABLE note ADD CONSTRAINT fk_owner FOREIGN KEY (owner_id) REFERENCES owner (id)"));
        assertEquals("SHARE ROW EXCLUSIVE", last("ALTER TABLE note ADD FOREIGN KEY (owner_id) REFERENCES owner (id)").lock());
        assertEquals(Set.of(), rules("ALTER TABLE note ADD CONSTRAINT fk_owner FOREIGN KEY (owner_id) REFERENCES owner (id) NOT VALID"));
        assertEquals(Set.of(rule), rules("ALTER TABLE note ADD CONSTRAINT n_positive CHECK (n > 0)"));
        assertEquals(Set.of(), rules("ALTER TABLE note ADD CONSTRAINT n_positive CHECK (n > 0) NOT VALID"));
        assertEquals(Set.of(), rules("ALTER TABLE note VALIDATE CONSTRAINT n_positive"));
        assertEquals(Set.of(), rules(NEW_TABLE, "ALTER TABLE fresh ADD FOREIGN KEY (owner_id) REFERENCES owner (id)"));
    }

    @Test
    void disallowedUniqueConstraint() throws SQLException {
        String rule = Rule.DISALLOWED_UNIQUE_CONSTRAINT.id();
        assertEquals(Set.of(rule), rules("ALTER TABLE note ADD CONSTRAINT uq_title UNIQUE (title)"));
        assertEquals(Set.of(rule), rules("ALTER TABLE note ADD COLUMN code text UNIQUE"));
        assertEquals(Set.of(), rules(Severities.defaults(), ReadEvidence.none(), false,
                "CREATE UNIQUE INDEX CONCURRENTLY uq_title ON note (title)"));
        assertEquals(Set.of(), rules("ALTER TABLE note ADD CONSTRAINT uq_title UNIQUE USING INDEX uq_title"));
        assertEquals(Set.of(), rules(NEW_TABLE, "ALTER TABLE fresh ADD CONSTRAINT uq_f UNIQUE (title)"));
    }

    @Test
    void addingNotNullableFieldBySetNotNull() throws SQLException {
        String rule = Rule.ADDING_NOT_NULLABLE_FIELD.id();
        assertEquals(Set.of(rule), rules("ALTER TABLE note ALTER COLUMN title SET NOT NULL"));
        assertEquals("scan", last("ALTER TABLE note ALTER COLUMN title SET NOT NULL").effect());
        assertEquals(Set.of(), rules("ALTER TABLE note ALTER COLUMN summary SET NOT NULL"), "a validated CHECK (summary IS NOT NULL)");
        assertEquals(Set.of(), rules("ALTER TABLE note ALTER COLUMN body SET NOT NULL"), "already NOT NULL");
        assertEquals(Set.of(), rules("ALTER TABLE note ADD CONSTRAINT title_nn CHECK (title IS NOT NULL) NOT VALID",
                "ALTER TABLE note VALIDATE CONSTRAINT title_nn", "ALTER TABLE note ALTER COLUMN title SET NOT NULL"));
        assertEquals(Set.of(rule), rules("ALTER TABLE note ADD CONSTRAINT title_nn CHECK (title IS NOT NULL) NOT VALID",
                "ALTER TABLE note ALTER COLUMN title SET NOT NULL"), "a check not validated yet proves nothing");
        assertEquals(Set.of(), rules(NEW_TABLE, "ALTER TABLE fresh ALTER COLUMN title SET NOT NULL"));
    }

    @Test
    void addingNotNullableFieldWithoutDefault() throws SQLException {
        String rule = Rule.ADDING_NOT_NULLABLE_FIELD.id();
        assertEquals(Set.of(rule), rules("ALTER TABLE note ADD COLUMN rank int NOT NULL"));
        assertEquals(Set.of(), rules("ALTER TABLE note ADD COLUMN rank int NOT NULL DEFAULT 0"));
        assertEquals(Set.of(), rules("ALTER TABLE empty_note ADD COLUMN rank int NOT NULL"), "the statistics say it is empty");
        assertEquals(Set.of(), rules(NEW_TABLE, "ALTER TABLE fresh ADD COLUMN rank int NOT NULL"));
    }

    @Test
    void addingFieldWithVolatileDefault() throws SQLException {
        String rule = Rule.ADDING_FIELD_WITH_VOLATILE_DEFAULT.id();
        assertEquals(Set.of(rule), rules("ALTER TABLE note ADD COLUMN uid uuid DEFAULT gen_random_uuid()"));
        assertEquals("rewrite", last("ALTER TABLE note ADD COLUMN r float8 DEFAULT random()").effect());
        assertEquals(Set.of(rule), rules("ALTER TABLE note ADD COLUMN seq bigint GENERATED BY DEFAULT AS IDENTITY"));
        assertEquals(Set.of(rule), rules("ALTER TABLE note ADD COLUMN seq bigserial"));
        assertEquals(Set.of(), rules("ALTER TABLE note ADD COLUMN at timestamptz DEFAULT now()"), "now() is stable: one value");
        assertEquals(Set.of(), rules("ALTER TABLE note ADD COLUMN label text DEFAULT 'x' || 'y'"));
        assertEquals("no", last("ALTER TABLE note ADD COLUMN at timestamptz DEFAULT now()").effect());
        assertEquals(Set.of(), rules(NEW_TABLE, "ALTER TABLE fresh ADD COLUMN uid uuid DEFAULT gen_random_uuid()"));
        assertEquals("?", last("ALTER TABLE note ADD COLUMN x int DEFAULT not_a_function_yet()").effect());
    }

    @Test
    void changingColumnType() throws SQLException {
        String rule = Rule.CHANGING_COLUMN_TYPE.id();
        assertEquals(Set.of(rule), rules("ALTER TABLE note ALTER COLUMN n TYPE bigint"));
        assertEquals(List.of("ACCESS EXCLUSIVE", "rewrite"), List.of(last("ALTER TABLE note ALTER COLUMN n TYPE bigint").lock(),
                last("ALTER TABLE note ALTER COLUMN n TYPE bigint").effect()));
        assertEquals(Set.of(rule), rules("ALTER TABLE note ALTER COLUMN title TYPE varchar(100)"), "narrowing checks every row");
        assertEquals(Set.of(), rules("ALTER TABLE note ALTER COLUMN title TYPE varchar(300)"));
        assertEquals(Set.of(), rules("ALTER TABLE note ALTER COLUMN title TYPE text"));
        assertEquals(Set.of(), rules("ALTER TABLE note ALTER COLUMN title TYPE character varying"));
        assertEquals(Set.of(), rules("ALTER TABLE note ALTER COLUMN title TYPE varchar(300) USING (title::varchar(300))"));
        assertEquals(Set.of(rule), rules("ALTER TABLE note ALTER COLUMN title TYPE varchar(300) USING upper(title)"));
        assertEquals(Set.of(rule), rules("ALTER TABLE note ADD COLUMN price numeric(10,2)", "ALTER TABLE note ALTER COLUMN price TYPE int"));
        assertEquals(Set.of(), rules("ALTER TABLE note ADD COLUMN price numeric(10,2)", "ALTER TABLE note ALTER COLUMN price TYPE numeric(12,2)"));
        assertEquals(Set.of(), rules(NEW_TABLE, "ALTER TABLE fresh ALTER COLUMN n TYPE bigint"));
    }

    @Test
    void renamingColumnAndTable() throws SQLException {
        assertEquals(Set.of(Rule.RENAMING_COLUMN.id()), rules("ALTER TABLE note RENAME COLUMN title TO heading"));
        assertEquals(Set.of(), rules(NEW_TABLE, "ALTER TABLE fresh RENAME COLUMN title TO heading"));
        assertEquals(Set.of(Rule.RENAMING_TABLE.id()), rules("ALTER TABLE note RENAME TO memo"));
        assertEquals(Set.of(), rules(NEW_TABLE, "ALTER TABLE fresh RENAME TO fresher", "CREATE INDEX ix ON fresher (n)"),
                "a new table stays new under its new name");
        assertEquals(Set.of(Rule.REQUIRE_CONCURRENT_INDEX_CREATION.id()), rules("ALTER TABLE note RENAME TO memo",
                "CREATE INDEX ix ON memo (n)"), "an existing table keeps its rows under its new name");
    }

    @Test
    void droppingWhatIsStillRead() throws SQLException {
        ReadEvidence mapped = new ReadEvidence(() -> Map.of(new QualifiedName("public", "note"), Set.of("id", "title")), null);
        assertEquals(Set.of(Rule.DROPPING_COLUMN_STILL_READ.id()), rules(Severities.defaults(), mapped, true,
                "ALTER TABLE note DROP COLUMN title"));
        assertEquals(Set.of(), rules(Severities.defaults(), mapped, true, "ALTER TABLE note DROP COLUMN n"));
        assertEquals(Set.of(Rule.RENAMING_COLUMN.id(), Rule.DROPPING_COLUMN_STILL_READ.id()), rules(Severities.defaults(), mapped, true,
                "ALTER TABLE note RENAME COLUMN title TO heading"));
        assertEquals(Set.of(Rule.DROPPING_TABLE.id()), rules(Severities.defaults(), mapped, true, "DROP TABLE note"));
        assertEquals(Set.of(), rules(Severities.defaults(), mapped, true, "DROP TABLE empty_note"));
        assertEquals(Set.of(), rules(Severities.defaults(), ReadEvidence.none(), true, "ALTER TABLE note DROP COLUMN title"));
    }

    @Test
    void requireTimeoutSettingsIsOffUnlessAskedFor() throws SQLException {
        String rule = Rule.REQUIRE_TIMEOUT_SETTINGS.id();
        Severities on = Severities.parse(rule + "=warning");
        assertEquals(Set.of(), rules("ALTER TABLE note ADD COLUMN x int"));
        assertEquals(Set.of(rule), rules(on, ReadEvidence.none(), true, "ALTER TABLE note ADD COLUMN x int"));
        assertEquals(Set.of(), rules(on, ReadEvidence.none(), true, "SET LOCAL lock_timeout = '2s'", "ALTER TABLE note ADD COLUMN x int"));
        assertEquals(Set.of(rule), rules(on, ReadEvidence.none(), true, "SET lock_timeout = 0", "ALTER TABLE note ADD COLUMN x int"));
        assertEquals(Set.of(), rules(on, ReadEvidence.none(), true, "ALTER TABLE note VALIDATE CONSTRAINT c"), "lets writes go on");
    }

    @Test
    void aStatementItCannotReadSaysWhyAndIsNotFlagged() throws SQLException {
        LintedStatement unread = last("DO $$ BEGIN EXECUTE 'CREATE INDEX ix ON note (n)'; END $$");
        assertEquals(List.of("?", "?", List.of()), List.of(unread.lock(), unread.effect(), unread.findings()));
        assertEquals("a DO block: the statements inside it are not read", unread.unread());
        List<String> table = LintReport.table(List.of(unread));
        assertTrue(table.get(1).matches("aaaa00000001  cs-1 +DO \\$\\$ BEGIN EXECUTE 'CREATE INDEX ix ON note\\.\\.\\. +\\? +\\? +- +-"
                + " +not read: a DO block: the statements inside it are not read"), table.get(1));
        assertEquals(table.get(0).indexOf("lock"), table.get(1).indexOf("?"), "aligned columns");
    }

    @Test
    void severityOffLeavesARuleOutAndWarningKeepsIt() throws SQLException {
        List<LintedStatement> off = lint(Severities.parse("require-concurrent-index-creation=off"), ReadEvidence.none(), true,
                "CREATE INDEX ix_n ON note (n)");
        assertEquals(List.of(), off.get(0).findings());
        List<LintedStatement> warning = lint(Severities.parse(" require-concurrent-index-creation = warning "), ReadEvidence.none(),
                true, "CREATE INDEX ix_n ON note (n)");
        assertEquals(Severity.WARNING, warning.get(0).findings().get(0).severity());
    }
}
