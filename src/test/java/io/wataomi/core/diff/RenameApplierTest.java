package io.wataomi.core.diff;

import io.wataomi.core.model.CheckConstraint;
import io.wataomi.core.model.Column;
import io.wataomi.core.model.Table;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.wataomi.core.diff.RenameApplier.replaceIdentifier;
import static io.wataomi.core.diff.SchemaDiffTest.USER;
import static io.wataomi.core.diff.SchemaDiffTest.catalog;
import static io.wataomi.core.diff.SchemaDiffTest.col;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A confirmed column rename rewrites the CHECK expressions and index definitions of the database's catalog
 * (as PostgreSQL prints them), so the diff sees them unchanged: the column, and nothing else.
 */
class RenameApplierTest {
    @Test
    void anUnquotedColumnIsRenamedWhereverItStandsAlone() {
        assertEquals("CHECK ((length((mail)::text) > 3))", replaceIdentifier("CHECK ((length((email)::text) > 3))", "email", "mail"));
        assertEquals("CREATE INDEX ix_customer_email ON public.customer USING btree (mail, age)",
                replaceIdentifier("CREATE INDEX ix_customer_email ON public.customer USING btree (email, age)", "email", "mail"));
        assertEquals("CHECK (((mail IS NOT NULL) OR (mail IS NULL)))",
                replaceIdentifier("CHECK (((email IS NOT NULL) OR (email IS NULL)))", "email", "mail"));
    }

    @Test
    void aQuotedColumnIsRenamedAndTheNewNameIsQuotedOnlyWhenItMustBe() {
        assertEquals("CHECK ((\"Contact\" <> ''::text))", replaceIdentifier("CHECK ((\"Email\" <> ''::text))", "Email", "Contact"));
        assertEquals("CHECK ((contact <> ''::text))", replaceIdentifier("CHECK ((\"Email\" <> ''::text))", "Email", "contact"));
        assertEquals("CHECK ((\"E-mail\" <> ''::text))", replaceIdentifier("CHECK ((email <> ''::text))", "email", "E-mail"));
        assertEquals("CHECK ((\"say \"\"hi\"\"\" <> ''::text))", replaceIdentifier("CHECK ((\"a \"\"b\"\"\" <> ''::text))", "a \"b\"", "say \"hi\""));
        assertEquals("CHECK ((position > 0))", replaceIdentifier("CHECK ((\"order\" > 0))", "order", "position"));
    }

    @Test
    void aNewNameWithDollarOrBackslashIsWrittenAsIs() {
        assertEquals("CHECK ((\"price$\" > 0))", replaceIdentifier("CHECK ((\"Price\" > 0))", "Price", "price$"));
        assertEquals("CHECK ((\"a\\b\" > 0))", replaceIdentifier("CHECK ((price > 0))", "price", "a\\b"));
    }

    @Test
    void aNameThatIsPartOfAnotherIdentifierIsLeft() {
        assertEquals("CHECK (((mail)::text <> (email_backup)::text) AND (old_email IS NULL) AND (\"xemail\" IS NULL))",
                replaceIdentifier("CHECK (((email)::text <> (email_backup)::text) AND (old_email IS NULL) AND (\"xemail\" IS NULL))",
                        "email", "mail"));
        assertEquals("CREATE INDEX ix ON public.t USING btree (a1, \"a$\", ab, a_)",
                replaceIdentifier("CREATE INDEX ix ON public.t USING btree (a, \"a$\", ab, a_)", "a", "a1"));
    }

    @Test
    void theNameInsideAStringLiteralIsLeft() {
        assertEquals("CHECK (((state)::text = ANY ((ARRAY['status'::character varying, 'it''s status'::character varying])::text[])))",
                replaceIdentifier("CHECK (((status)::text = ANY ((ARRAY['status'::character varying, 'it''s status'::character varying])::text[])))",
                        "status", "state"));
        assertEquals("CHECK ((state <> '\"status\"'::text))", replaceIdentifier("CHECK ((status <> '\"status\"'::text))", "status", "state"));
        assertEquals("CHECK ((state <> E'\\' status'::text))", replaceIdentifier("CHECK ((status <> E'\\' status'::text))", "status", "state"));
    }

    @Test
    void namesThatDifferOnlyInCaseAreDifferentColumns() {
        assertEquals("CHECK (((\"Email\")::text <> (mail)::text))",
                replaceIdentifier("CHECK (((\"Email\")::text <> (email)::text))", "email", "mail"));
        assertEquals("CHECK (((\"Contact\")::text <> (email)::text))",
                replaceIdentifier("CHECK (((\"Email\")::text <> (email)::text))", "Email", "Contact"));
    }

    @Test
    void qualifiedNamesTypesAndFunctionsOfTheSameNameAreLeft() {
        assertEquals("CREATE INDEX ix_customer ON public.customer USING btree (client)",
                replaceIdentifier("CREATE INDEX ix_customer ON public.customer USING btree (customer)", "customer", "client"));
        assertEquals("CHECK ((state <> 'closed'::public.status))", replaceIdentifier("CHECK ((status <> 'closed'::public.status))", "status", "state"));
        assertEquals("CHECK ((created_on > '2000-01-01'::date))", replaceIdentifier("CHECK ((date > '2000-01-01'::date))", "date", "created_on"));
        assertEquals("CHECK ((\"Kind\" <> 'x'::public.\"Status\"))",
                replaceIdentifier("CHECK ((\"Status\" <> 'x'::public.\"Status\"))", "Status", "Kind"));
        assertEquals("CREATE INDEX ix ON public.t USING btree (lower((name)::text))",
                replaceIdentifier("CREATE INDEX ix ON public.t USING btree (lower((lower)::text))", "lower", "name"));
    }

    @Test
    void aRenamedColumnWhoseNameAlsoAppearsAsALiteralInACheckIsOnlyARename() {
        Table before = withCheck(col("status", "text", true), "CHECK ((status <> 'status'::text))");
        Table after = withCheck(col("state", "text", true), "CHECK ((state <> 'status'::text))");
        Renames renames = new Renames(List.of(), List.of(new Renames.ColumnRename(USER, "status", "state")));
        assertEquals(List.of(new Operation.RenameColumn(USER, "status", "state")),
                SchemaDiff.compare(catalog(before), catalog(after), renames).operations());
    }

    private static Table withCheck(Column column, String check) {
        Table t = SchemaDiffTest.user(column);
        return new Table(t.name(), t.columns(), t.primaryKey(), List.of(), List.of(), List.of(),
                List.of(new CheckConstraint("ck_user_status", check)), null);
    }
}
