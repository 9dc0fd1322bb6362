package io.wataomi.core.lint;

import io.wataomi.core.Wataomi;
import io.wataomi.core.autogen.AutogenOptions;
import io.wataomi.core.config.ConfigException;
import io.wataomi.core.render.Format;
import io.wataomi.core.revision.Revision;
import io.wataomi.core.testing.EntityCompiler;
import io.wataomi.core.testing.RecordingOutput;
import io.wataomi.core.testing.SchemaDump;
import io.wataomi.core.testing.TestDatabase;
import io.wataomi.core.testing.TestProject;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The lint goal through the facade, on revisions as files and a database with rows: the SQL is what Liquibase generates
 * for the pending changeSets, the sizes are the statistics' after ANALYZE, errors fail, warnings pass, nothing changes.
 */
class LintCommandTest {
    private static final int ROWS = 2000;
    private static final String NOTE_WITH_ROWS = """
                <changeSet id="n-1" author="test">
                    <createTable tableName="note">
                        <column name="id" type="bigint"><constraints primaryKey="true"/></column>
                        <column name="title" type="varchar(200)"/>
                        <column name="n" type="int"/>
                    </createTable>
                    <sql>INSERT INTO note SELECT g, 'x', g FROM generate_series(1, %d) g; ANALYZE note</sql>
                </changeSet>
            """.formatted(ROWS);
    private static final String BLOCKING = """
                <changeSet id="n-2" author="test">
                    <createIndex tableName="note" indexName="ix_note_title"><column name="title"/></createIndex>
                    <modifyDataType tableName="note" columnName="n" newDataType="bigint"/>
                    <createTable tableName="tag"><column name="id" type="bigint"/><column name="name" type="text"/></createTable>
                    <createIndex tableName="tag" indexName="ix_tag_name"><column name="name"/></createIndex>
                </changeSet>
                <changeSet id="n-3" author="test" runInTransaction="false">
                    <sql>CREATE INDEX CONCURRENTLY ix_note_n ON note (n)</sql>
                </changeSet>
            """;

    private record Setup(TestProject project, String url, Revision pending) {
    }

    private static Setup applyThenWrite(String label, String pendingChangeSets) {
        TestProject project = TestProject.create(label);
        project.writeRevision("note with rows", NOTE_WITH_ROWS);
        String url = TestDatabase.create(label);
        project.wataomi(url, new RecordingOutput()).upgrade("head", false, null);
        return new Setup(project, url, project.writeRevision("pending", pendingChangeSets));
    }

    private static LintOptions options(String severities) {
        return new LintOptions(Severities.parse(severities), null);
    }

    @Test
    void blockingStatementsFailWithTheirRulesAndTheTableSizeFromTheStatistics() throws SQLException {
        Setup s = applyThenWrite("lint-fails", BLOCKING);
        String before = SchemaDump.of(s.url(), true);
        RecordingOutput output = new RecordingOutput();
        LintFailure e = assertThrows(LintFailure.class, () -> s.project().wataomi(s.url(), output).lint(options(null)));

        assertTrue(e.getMessage().startsWith("wataomi:lint found 2 errors in the pending revisions:"), e.getMessage());
        assertTrue(e.getMessage().contains("- require-concurrent-index-creation: revision " + s.pending().id() + " ("
                + s.pending().fileName() + "), changeSet n-2: CREATE INDEX ix_note_title ON public.note(title)"), e.getMessage());
        assertTrue(e.getMessage().contains("- changing-column-type: revision " + s.pending().id()), e.getMessage());
        assertTrue(e.getMessage().contains("wataomi.lint.severity=<rule>=warning"), e.getMessage());

        List<LintedStatement> statements = e.result().statements();
        assertEquals(List.of("CREATE INDEX ix_note_title ON public.note(title)", "ALTER TABLE public.note ALTER COLUMN n TYPE BIGINT USING (n::BIGINT)",
                "CREATE TABLE public.tag (id BIGINT, name TEXT)", "CREATE INDEX ix_tag_name ON public.tag(name)",
                "CREATE INDEX CONCURRENTLY ix_note_n ON note (n)"), statements.stream().map(LintedStatement::sql).toList());
        assertEquals(List.of("SHARE", "ACCESS EXCLUSIVE", "ACCESS EXCLUSIVE", "SHARE", "SHARE UPDATE EXCLUSIVE"),
                statements.stream().map(LintedStatement::lock).toList());
        assertEquals(List.of("scan", "rewrite", "no", "scan", "scan"), statements.stream().map(LintedStatement::effect).toList());
        String size = String.format("%,d rows, %s", ROWS, Sizes.bytes(totalSize(s.url(), "note")));
        assertEquals(List.of(size, size, "new", "new", size), statements.stream().map(LintedStatement::size).toList());
        assertEquals(List.of(1, 1, 0, 0, 0), statements.stream().map(st -> st.findings().size()).toList());

        String text = output.text();
        assertTrue(text.contains("Lint of 1 pending revision (" + s.pending().id() + " (pending)), 5 statements:"), text);
        assertTrue(text.matches("(?s).*INFO   revision +changeSet +statement +lock +rewrite/scan +table \\(size\\) +rule +fix\n.*"), text);
        assertTrue(text.matches("(?s).*INFO   " + s.pending().id() + " +n-2 +CREATE INDEX ix_note_title ON public.note\\(title\\) +SHARE +scan +public\\.note \\("
                + size + "\\) +require-concurrent-index-creation \\(error\\) +create it CONCURRENTLY.*"), text);
        assertEquals(before, SchemaDump.of(s.url(), true), "lint changes nothing");
        assertEquals(Set.of(s.project().revisionIds().get(0)), TestProject.appliedRevisions(s.url()));
    }

    @Test
    void rulesSetToWarningPassAndArePrinted() {
        Setup s = applyThenWrite("lint-warns", BLOCKING);
        RecordingOutput output = new RecordingOutput();
        LintResult result = s.project().wataomi(s.url(), output)
                .lint(options("require-concurrent-index-creation=warning, changing-column-type=warning"));
        assertEquals(2, result.findings(Severity.WARNING).size());
        assertEquals(0, result.findings(Severity.ERROR).size());
        assertTrue(output.text().contains("WARN - require-concurrent-index-creation: revision " + s.pending().id()), output.text());
        assertTrue(output.text().contains("No lint errors; 2 warnings above."), output.text());
    }

    @Test
    void nothingPendingIsNothingToLint() {
        Setup s = applyThenWrite("lint-nothing", "<changeSet id=\"t-1\" author=\"test\"><createTable tableName=\"tag\"><column name=\"id\""
                + " type=\"bigint\"/></createTable></changeSet>");
        s.project().wataomi(s.url(), new RecordingOutput()).upgrade("head", false, null);
        RecordingOutput output = new RecordingOutput();
        LintResult result = s.project().wataomi(s.url(), output).lint(options(null));
        assertEquals(List.of(), result.pending());
        assertTrue(output.text().contains("Nothing to lint: the database has applied every revision."), output.text());
    }

    @Test
    void anUnknownRuleOrSeverityIsRefusedNamingTheKnownOnes() {
        ConfigException rule = assertThrows(ConfigException.class, () -> Severities.parse("require-concurrent-index=warning"));
        assertTrue(rule.getMessage().contains("'require-concurrent-index' is not a lint rule")
                && rule.getMessage().contains(String.join(", ", Rule.ids())), rule.getMessage());
        ConfigException level = assertThrows(ConfigException.class, () -> Severities.parse("renaming-table=fatal"));
        assertTrue(level.getMessage().contains("renaming-table=error, renaming-table=warning or renaming-table=off"), level.getMessage());
    }

    @Test
    void aColumnThisBuildsEntitiesStillMapIsStillRead() {
        Setup s = applyThenWrite("lint-mapped", """
                    <changeSet id="d-1" author="test">
                        <dropColumn tableName="note" columnName="title"/>
                        <dropColumn tableName="note" columnName="n"/>
                    </changeSet>
                """);
        Path classes = EntityCompiler.compile(Map.of("app.Note", """
                package app;
                import jakarta.persistence.*;
                @Entity @Table(name = "note")
                public class Note {
                    @Id Long id;
                    String title;
                }
                """));
        AutogenOptions entities = new AutogenOptions(List.of(classes), List.of("app"), "standard", null, Format.XML, false, null);
        LintFailure e = assertThrows(LintFailure.class, () -> new Wataomi(s.project().config(s.url()), new RecordingOutput())
                .lint(new LintOptions(Severities.defaults(), entities)));
        List<LintedStatement> statements = e.result().statements();
        assertEquals(List.of(List.of(Rule.DROPPING_COLUMN_STILL_READ), List.of()),
                statements.stream().map(st -> st.findings().stream().map(Finding::rule).toList()).toList());
        assertEquals("the entities of this build still map it", statements.get(0).findings().get(0).detail());
    }

    static long totalSize(String url, String table) throws SQLException {
        try (Connection c = TestDatabase.connect(url); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT pg_total_relation_size('" + table + "')")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
