package io.wataomi.core.autogen;

import io.wataomi.core.Wataomi;
import io.wataomi.core.migrate.MigrationListener;
import io.wataomi.core.render.Format;
import io.wataomi.core.testing.EntityCompiler;
import io.wataomi.core.testing.PlainLiquibase;
import io.wataomi.core.testing.QuotingApplication;
import io.wataomi.core.testing.RecordingOutput;
import io.wataomi.core.testing.SchemaDump;
import io.wataomi.core.testing.TestDatabase;
import io.wataomi.core.testing.TestProject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.wataomi.core.autogen.RenamesAndSafetyTest.execute;
import static io.wataomi.core.autogen.RenamesAndSafetyTest.query;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A revision that create writes against a database whose tables have rows, in the safe forms, applied and rolled back
 * by plain Liquibase: the schema afterwards is the entities' (check finds no drift), every index and constraint is
 * valid, no helper is left, and the rollback gives the schema and the rows back. An invalid index left by a failed
 * concurrent build is dropped and built again when its changeSet runs again.
 */
@Tag("slow")
class SafeDdlTest {
    private static final String CUSTOMER_FIELDS = "    @Id Long id;\n"
            + "    @Column(name = \"name\", length = 80) String name;\n"
            + "    @Column(name = \"email\", nullable = %s) String email;\n"
            + "    @Column(name = \"age\") Integer age;\n"
            + "    @Column(name = \"code\", length = 20) String code;\n";

    /** Customer and Purchase as they were: plain columns, an index on name. */
    static Path before(String pkg) {
        return EntityCompiler.compile(Map.of(
                pkg + ".Customer", "package " + pkg + ";\nimport jakarta.persistence.*;\n"
                        + "@Entity @Table(name = \"customer\", indexes = @Index(name = \"ix_customer_name\", columnList = \"name\"))\n"
                        + "public class Customer {\n" + CUSTOMER_FIELDS.formatted("true") + "}\n",
                pkg + ".Purchase", "package " + pkg + ";\nimport jakarta.persistence.*;\n"
                        + "@Entity @Table(name = \"purchase\")\n"
                        + "public class Purchase {\n    @Id Long id;\n    @Column(name = \"customer_id\") Long customerId;\n"
                        + "    @Column(name = \"amount\") Integer amount;\n}\n"));
    }

    /**
     * Customer and Purchase as they become: an index moved from name to age, a unique code, a check on age, email
     * required, a foreign key from purchase, and purchase.amount widened to bigint (a rewrite).
     */
    static Path after(String pkg) {
        return EntityCompiler.compile(Map.of(
                pkg + ".Customer", "package " + pkg + ";\nimport jakarta.persistence.*;\n"
                        + "@Entity @Table(name = \"customer\", indexes = @Index(name = \"ix_customer_age\", columnList = \"age\"),\n"
                        + "        uniqueConstraints = @UniqueConstraint(name = \"uq_customer_code\", columnNames = \"code\"),\n"
                        + "        check = @CheckConstraint(name = \"ck_customer_age\", constraint = \"age >= 0\"))\n"
                        + "public class Customer {\n" + CUSTOMER_FIELDS.formatted("false") + "}\n",
                pkg + ".Purchase", "package " + pkg + ";\nimport jakarta.persistence.*;\n"
                        + "@Entity @Table(name = \"purchase\")\n"
                        + "public class Purchase {\n    @Id Long id;\n"
                        + "    @ManyToOne @JoinColumn(name = \"customer_id\", foreignKey = @ForeignKey(name = \"fk_purchase_customer\"))"
                        + " Customer customer;\n"
                        + "    @Column(name = \"amount\") Long amount;\n}\n"));
    }

    static AutogenOptions options(Path classes, String pkg, Format format) {
        return QuotingApplication.options(List.of(classes), List.of(pkg), "standard", null, format, false, null);
    }

    /** A project whose database has the first revision applied and its tables filled. */
    record Fixture(String url, TestProject project, RecordingOutput output, Wataomi wataomi) {
        static Fixture at(String label, String pkg, Format format, String rows) throws Exception {
            String url = TestDatabase.create(label);
            TestProject project = TestProject.create(label);
            RecordingOutput output = new RecordingOutput();
            Wataomi w = new Wataomi(project.config(url, AutogenRoundTripTest.scratchOnTestServer()), output);
            w.create("customers and purchases", options(before(pkg + ".v1"), pkg + ".v1", format));
            w.upgrade("head", false, null);
            execute(url, rows);
            execute(url, "ANALYZE");
            return new Fixture(url, project, output, w);
        }
    }

    private static final String ROWS = "INSERT INTO customer (id, name, email, age, code) SELECT g, 'name ' || g, 'c' || g || '@example.com', g % 90, 'C' || g"
            + " FROM generate_series(1, 2000) g; INSERT INTO purchase (id, customer_id, amount) SELECT g, g % 2000 + 1, g FROM generate_series(1, 3000) g";

    @ParameterizedTest(name = "{0}")
    @EnumSource(Format.class)
    void aRevisionInSafeFormsAppliesWithPlainLiquibaseToTheEntitiesSchemaAndRollsBackExactly(Format format) throws Exception {
        String pkg = "safe" + format.extension();
        Fixture f = Fixture.at("safe_ddl_" + format.extension(), pkg, format, ROWS);
        String before = SchemaDump.of(f.url(), true);

        AutogenOptions wanted = options(after(pkg + ".v2"), pkg + ".v2", format);
        CreateResult created = f.wataomi().create("constraints on tables with rows", wanted);
        String file = Files.readString(created.revision().file());
        for (String form : List.of("CREATE INDEX CONCURRENTLY", "DROP INDEX CONCURRENTLY IF EXISTS \"public\".\"ix_customer_name\"",
                "CREATE UNIQUE INDEX CONCURRENTLY", "UNIQUE USING INDEX", "NOT VALID", "VALIDATE CONSTRAINT",
                "ck_customer_email_not_null")) {
            assertTrue(file.contains(form.replace("\"", format == Format.YAML ? "\\\"" : "\"")), form + " in\n" + file);
        }
        assertTrue(f.output().text().contains("REWRITES THE TABLE: alter column public.purchase.amount type integer -> bigint"
                + " rewrites public.purchase (about 3,000 rows, "), f.output().text());
        assertTrue(file.contains("rewrites public.purchase (about 3,000 rows, "), file);
        assertTrue(f.output().text().contains("step(s) on existing tables run after the revision's transaction"), f.output().text());

        PlainLiquibase.update(f.url(), f.project());
        f.wataomi().check(wanted);
        assertEquals("0", query(f.url(), "SELECT count(*) FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid"
                + " WHERE c.relname IN ('customer', 'purchase') AND NOT i.indisvalid"), "every index is valid");
        assertEquals("ck_customer_age,customer_pkey,fk_purchase_customer,purchase_pkey,uq_customer_code", query(f.url(),
                "SELECT string_agg(conname, ',' ORDER BY conname) FROM pg_constraint WHERE conrelid IN"
                        + " ('customer'::regclass, 'purchase'::regclass) AND convalidated"), "all validated, the helper check dropped");
        assertEquals("true", query(f.url(), "SELECT attnotnull::text FROM pg_attribute WHERE attrelid = 'customer'::regclass"
                + " AND attname = 'email'"));

        PlainLiquibase.rollback(f.url(), f.project(), changeSets(created.revision().file(), format));
        assertEquals(before, SchemaDump.of(f.url(), true), "the rollback gives the schema and the rows back");
    }

    @Test
    void anInvalidIndexLeftByAFailedBuildIsDroppedAndBuiltAgainWhenItsChangeSetRunsAgain() throws Exception {
        String duplicates = ROWS.replace("'C' || g", "'C' || (g % 1999)");
        Fixture f = Fixture.at("safe_ddl_invalid", "safeinvalid", Format.XML, duplicates);
        AutogenOptions wanted = options(after("safeinvalid.v2"), "safeinvalid.v2", Format.XML);
        f.wataomi().create("constraints on tables with rows", wanted);

        Exception failed = assertThrows(Exception.class, () -> PlainLiquibase.update(f.url(), f.project()));
        assertTrue(String.valueOf(rootMessage(failed)).contains("uq_customer_code"), String.valueOf(rootMessage(failed)));
        assertEquals("false", query(f.url(), "SELECT indisvalid::text FROM pg_index WHERE indexrelid = 'uq_customer_code'::regclass"),
                "the failed concurrent build leaves an invalid index behind");

        execute(f.url(), "UPDATE customer SET code = 'C' || id WHERE id >= 1999");
        PlainLiquibase.update(f.url(), f.project());
        assertEquals("true", query(f.url(), "SELECT indisvalid::text FROM pg_index WHERE indexrelid = 'uq_customer_code'::regclass"));
        assertEquals("u", query(f.url(), "SELECT contype::text FROM pg_constraint WHERE conname = 'uq_customer_code'"));
        f.wataomi().check(wanted);
    }

    /**
     * A step after the transaction commits its statements before its history row: a run cut short between the two runs
     * the step again. For each statement of each step, a run failing right after it (before the step's history row),
     * then run again, must reach the same schema with every changeSet recorded once; and a downgrade cut short after
     * any one step was undone, its row still there, must finish too. XML only: the precondition that makes this work
     * is parsed the same from every format (SafeFormsRenderTest).
     */
    @Test
    void everyStepAfterTheTransactionRunsAgainWhenARunWasCutShortBeforeItsHistoryRow() throws Exception {
        Format format = Format.XML;
        String pkg = "rerun" + format.extension();
        Fixture f = Fixture.at("safe_rerun_" + format.extension(), pkg, format, ROWS);
        String before = SchemaDump.of(f.url(), true);
        AutogenOptions wanted = options(after(pkg + ".v2"), pkg + ".v2", format);
        CreateResult created = f.wataomi().create("constraints on tables with rows", wanted);
        String revision = created.revision().id();
        String first = created.revision().parents().get(0);
        List<String> steps = afterTransaction(Files.readString(created.revision().file()), format);
        assertEquals(8, steps.size(), "an index dropped and one built, a unique index and its constraint, three validations"
                + " and SET NOT NULL: " + steps);
        f.wataomi().upgrade("head", false, null);
        String head = SchemaDump.of(f.url(), true);
        f.wataomi().downgrade(first, false, null);

        List<String> markedRan = new ArrayList<>();
        for (String step : steps) {
            for (int k = 1; ; k++) {
                CutShort cut = new CutShort(step + ": ", k);
                try {
                    new Wataomi(f.wataomi().config(), new RecordingOutput(), cut).upgrade("head", false, null);
                } catch (RuntimeException e) {
                    assertTrue(cut.fired && trace(e).contains(cut.message()), trace(e));
                }
                if (!cut.fired) {
                    break;
                }
                f.wataomi().upgrade("head", false, null);
                assertEquals(head, SchemaDump.of(f.url(), true), cut.message() + ", then run again: the same schema");
                assertEquals(String.valueOf(changeSets(created.revision().file(), format)), query(f.url(), "SELECT count(*) FROM"
                        + " databasechangelog WHERE id LIKE '" + revision + "%'"), cut.message() + ": every changeSet recorded once");
                if ("MARK_RAN".equals(query(f.url(), "SELECT exectype FROM databasechangelog WHERE id = '" + step + "'"))) {
                    markedRan.add(query(f.url(), "SELECT comments FROM databasechangelog WHERE id = '" + step + "'"));
                }
                f.wataomi().downgrade(first, false, null);
            }
            f.wataomi().downgrade(first, false, null);
        }
        assertEquals(List.of("add unique constraint uq_customer_code on public.customer [code] using that index"), markedRan,
                "the constraint made from the unique index is there already: recorded without running, the only step so");

        f.wataomi().upgrade("head", false, null);
        f.wataomi().check(wanted);
        for (String step : steps) {
            CutShort cut = new CutShort("rollback of " + step, 1);
            RuntimeException e = assertThrows(RuntimeException.class,
                    () -> new Wataomi(f.wataomi().config(), new RecordingOutput(), cut).downgrade(first, false, null));
            assertTrue(trace(e).contains(cut.message()), trace(e));
            f.wataomi().downgrade(first, false, null);
            assertEquals(before, SchemaDump.of(f.url(), true), "the downgrade " + cut.message() + ", run again, gives the"
                    + " schema and the rows back");
            f.wataomi().upgrade("head", false, null);
        }
    }

    /** Fails the run as a killed build would, right after the k-th statement whose report starts with the prefix. */
    private static final class CutShort implements MigrationListener {
        private final String prefix;
        private final int k;
        private int seen;
        boolean fired;

        CutShort(String prefix, int k) {
            this.prefix = prefix;
            this.k = k;
        }

        String message() {
            return "cut short after statement " + k + " of " + prefix.replaceFirst(": $", "");
        }

        @Override
        public void statementExecuted(String revision, String what) {
            if (what.startsWith(prefix) && ++seen == k) {
                fired = true;
                throw new IllegalStateException(message());
            }
        }
    }

    /** The ids of the changeSets that run after the revision's transaction, in the file's order. */
    private static List<String> afterTransaction(String text, Format format) {
        String pattern = switch (format) {
            case XML -> "<changeSet id=\"([^\"]+)\"[^>]*runInTransaction=\"false\"";
            case YAML -> "id: \"([^\"]+)\"\n(?:      [^\n]*\n)*?      runInTransaction: false";
            case SQL -> "--changeset wataomi-create:(\\S+) [^\n]*runInTransaction:false";
        };
        return java.util.regex.Pattern.compile(pattern).matcher(text).results().map(m -> m.group(1)).toList();
    }

    private static int changeSets(Path revision, Format format) throws Exception {
        String text = Files.readString(revision);
        String opening = switch (format) {
            case XML -> "<changeSet ";
            case YAML -> "- changeSet:";
            case SQL -> "--changeset ";
        };
        return text.split(java.util.regex.Pattern.quote(opening), -1).length - 1;
    }

    private static String trace(Throwable t) {
        java.io.StringWriter out = new java.io.StringWriter();
        t.printStackTrace(new java.io.PrintWriter(out));
        return out.toString();
    }

    private static String rootMessage(Throwable t) {
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }
}
