package io.wataomi.core.render;

import io.wataomi.core.diff.Operation;
import io.wataomi.core.model.CheckConstraint;
import io.wataomi.core.model.Column;
import io.wataomi.core.model.Index;
import io.wataomi.core.model.QualifiedName;
import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.parser.ChangeLogParserFactory;
import liquibase.resource.DirectoryResourceAccessor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RevisionRendererTest {
    static final QualifiedName USER = new QualifiedName("public", "user");
    static final RevisionHeader HEADER = new RevisionHeader("3f2a9c1b7d40", List.of("c205ea66e047"), "add user bio field",
            LocalDateTime.of(2025, 11, 29, 10, 30));
    static final Column BIO = new Column("bio", "character varying(255)", true, null, null, null, null);

    @Test
    void xmlAddColumnIsLiquibaseAddColumnWithDropColumnAsRollback() {
        String xml = RevisionRenderer.render(Format.XML, HEADER, List.of(new Operation.AddColumn(USER, BIO)));
        assertTrue(xml.contains("    Revision ID: 3f2a9c1b7d40\n    Revises: c205ea66e047\n    Create Date: 2025-11-29 10:30:00.000000\n"), xml);
        assertTrue(xml.contains("<property name=\"wataomi.down_revision\" value=\"c205ea66e047\" global=\"false\"/>"), xml);
        assertTrue(xml.contains(
                "    <changeSet id=\"3f2a9c1b7d40-1\" author=\"wataomi-create\" objectQuotingStrategy=\"QUOTE_ALL_OBJECTS\">\n"
                + "        <comment>add column public.user.bio character varying(255)</comment>\n"
                + "        <addColumn schemaName=\"public\" tableName=\"user\">\n"
                + "            <column name=\"bio\" type=\"character varying(255)\"/>\n"
                + "        </addColumn>\n"
                + "        <rollback>\n"
                + "            <dropColumn schemaName=\"public\" tableName=\"user\" columnName=\"bio\"/>\n"
                + "        </rollback>\n"
                + "    </changeSet>\n"), xml);
        assertTrue(xml.indexOf("author=\"wataomi-create\"") < xml.lastIndexOf("<changeSet id=\"3f2a9c1b7d40\" author=\"wataomi\">"),
                "the revision marker comes last");
    }

    @Test
    void checksAndExpressionIndexesBecomeExactSqlWithSqlRollbackEscapedForXml() {
        CheckConstraint check = new CheckConstraint("user_age_check", "CHECK ((age < 150))");
        Index lower = new Index("ix_user_lower_email", List.of("lower((email)::text)"), false, true, "btree", null,
                "CREATE INDEX ix_user_lower_email ON public.\"user\" USING btree (lower((email)::text))");
        String xml = RevisionRenderer.render(Format.XML, HEADER, List.of(new Operation.AddCheck(USER, check),
                new Operation.CreateIndex(USER, lower)), RenderOptions.PLAIN);
        assertTrue(xml.contains("<sql splitStatements=\"false\">ALTER TABLE \"public\".\"user\" ADD CONSTRAINT \"user_age_check\" CHECK ((age &lt; 150))</sql>"), xml);
        assertTrue(xml.contains("<sql splitStatements=\"false\">ALTER TABLE \"public\".\"user\" DROP CONSTRAINT \"user_age_check\"</sql>"), xml);
        assertTrue(xml.contains("<sql splitStatements=\"false\">CREATE INDEX ix_user_lower_email ON public.\"user\" USING btree (lower((email)::text))</sql>"), xml);
    }

    @Test
    void destructiveOperationsAreMarkedInEveryFormat() {
        List<Operation> ops = List.of(new Operation.DropColumn(USER, BIO));
        assertTrue(RevisionRenderer.render(Format.XML, HEADER, ops).contains("<!-- DESTRUCTIVE: drop column public.user.bio. Review before applying. -->"));
        assertTrue(RevisionRenderer.render(Format.YAML, HEADER, ops).contains("# DESTRUCTIVE: drop column public.user.bio. Review before applying."));
        assertTrue(RevisionRenderer.render(Format.SQL, HEADER, ops).contains("-- DESTRUCTIVE: drop column public.user.bio. Review before applying."));
    }

    @Test
    void yamlQuotesEveryStringAndNestsColumns() {
        String yaml = RevisionRenderer.render(Format.YAML, HEADER, List.of(new Operation.AddColumn(USER, BIO)));
        assertTrue(yaml.contains("- property:\n    name: wataomi.revision\n    value: \"3f2a9c1b7d40\"\n    global: false\n"), yaml);
        assertTrue(yaml.contains("      changes:\n"
                + "      - addColumn:\n"
                + "          schemaName: \"public\"\n"
                + "          tableName: \"user\"\n"
                + "          columns:\n"
                + "          - column:\n"
                + "              name: \"bio\"\n"
                + "              type: \"character varying(255)\"\n"
                + "      rollback:\n"
                + "      - dropColumn:\n"), yaml);
    }

    @Test
    void formattedSqlHasOneChangesetPerOperationWithRollbackLines() {
        String sql = RevisionRenderer.render(Format.SQL, HEADER, List.of(new Operation.AddColumn(USER, BIO)));
        assertTrue(sql.startsWith("--liquibase formatted sql\n"), sql);
        assertTrue(sql.contains("--property name:wataomi.message value:add user bio field global:false\n"), sql);
        assertTrue(sql.contains("--changeset wataomi-create:3f2a9c1b7d40-1 splitStatements:true\n"
                + "--comment: add column public.user.bio character varying(255)\n"
                + "ALTER TABLE \"public\".\"user\" ADD COLUMN \"bio\" character varying(255);\n"
                + "--rollback ALTER TABLE \"public\".\"user\" DROP COLUMN \"bio\";\n"), sql);
    }

    /** Outside a changeSet, Liquibase reads a line like "-- comment on ..." or "-- changeset ..." as a directive. */
    @Test
    void aSqlRevisionParsesWhateverItsMessageSays(@TempDir Path dir) throws Exception {
        for (String message : List.of("comment on user bio", "changeset cleanup", "add user bio field")) {
            RevisionHeader header = new RevisionHeader(HEADER.id(), HEADER.parents(), message, HEADER.when());
            Files.writeString(dir.resolve("r.sql"), RevisionRenderer.render(Format.SQL, header, List.of(new Operation.AddColumn(USER, BIO))));
            try (DirectoryResourceAccessor files = new DirectoryResourceAccessor(dir)) {
                DatabaseChangeLog log = ChangeLogParserFactory.getInstance().getParser("r.sql", files)
                        .parse("r.sql", new ChangeLogParameters(), files);
                assertEquals(List.of("3f2a9c1b7d40-1", "3f2a9c1b7d40"), log.getChangeSets().stream().map(ChangeSet::getId).toList(), message);
            }
        }
    }

    @Test
    void typesLiquibaseWouldRewriteAreRenderedAsSql() {
        Column interval = new Column("took", "interval second(6)", true, null, null, null, null);
        List<ChangeNode> nodes = ChangeBuilder.of(new Operation.AddColumn(USER, interval));
        assertEquals(1, nodes.size());
        assertEquals("sql", nodes.get(0).name());
        assertEquals("ALTER TABLE \"public\".\"user\" ADD COLUMN \"took\" interval second(6)", nodes.get(0).text());
        assertTrue(ChangeBuilder.safe("timestamp(6) with time zone"));
        assertTrue(!ChangeBuilder.safe("money"));
    }
}
