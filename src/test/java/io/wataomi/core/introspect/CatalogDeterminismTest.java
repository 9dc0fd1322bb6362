package io.wataomi.core.introspect;

import io.wataomi.core.model.Catalog;
import io.wataomi.core.model.Column;
import io.wataomi.core.model.QualifiedName;
import io.wataomi.core.model.Table;
import io.wataomi.core.testing.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** Equal schemas read as equal records, whatever the database or session; a changed column reads differently. */
class CatalogDeterminismTest {
    private static final QualifiedName USER = new QualifiedName("public", "user");
    private static String baseUrl;
    private static Catalog base;

    @BeforeAll
    static void readBase() throws Exception {
        baseUrl = CatalogFixture.database("determinism_a");
        base = CatalogFixture.read(baseUrl, CatalogFixture.SCHEMAS);
    }

    @Test
    void theSameDdlInTwoFreshDatabasesReadsAsEqualCatalogs() throws Exception {
        Catalog other = CatalogFixture.read(CatalogFixture.database("determinism_b"), CatalogFixture.SCHEMAS);
        assertEquals(base, other);
        assertEquals(base.hashCode(), other.hashCode());
    }

    @Test
    void theSessionSearchPathChangesNothingReadAndIsRestored() throws Exception {
        try (Connection c = TestDatabase.connect(baseUrl)) {
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                st.execute("SET search_path = app, \"Audit\", public");
            }
            assertEquals(base, new CatalogReader().read(c, CatalogFixture.SCHEMAS));
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SHOW search_path")) {
                rs.next();
                assertEquals("app, \"Audit\", public", rs.getString(1));
            }
            c.rollback();
        }
    }

    @Test
    void aTypeChangeMakesTheTableDiffer() throws Exception {
        assertOnlyColumnChanged("ALTER TABLE public.\"user\" ALTER COLUMN \"displayName\" TYPE text",
                "displayName", c -> c.withType("text"));
    }

    @Test
    void aLengthChangeMakesTheTableDiffer() throws Exception {
        assertOnlyColumnChanged("ALTER TABLE public.\"user\" ALTER COLUMN \"displayName\" TYPE varchar(101)",
                "displayName", c -> c.withType("character varying(101)"));
    }

    @Test
    void aScaleChangeMakesTheTableDiffer() throws Exception {
        assertOnlyColumnChanged("ALTER TABLE public.\"user\" ALTER COLUMN balance TYPE numeric(12,3)",
                "balance", c -> c.withType("numeric(12,3)"));
    }

    @Test
    void aDefaultChangeMakesTheTableDiffer() throws Exception {
        assertOnlyColumnChanged("ALTER TABLE public.\"user\" ALTER COLUMN balance SET DEFAULT 1",
                "balance", c -> c.withDefault("1"));
    }

    /** The change gives a different Table record, and exactly the base table with that one column edited. */
    private static void assertOnlyColumnChanged(String alter, String column, UnaryOperator<Column> edit) throws Exception {
        String url = CatalogFixture.database("changed");
        CatalogFixture.execute(url, alter);
        Table before = base.table(USER).orElseThrow();
        Table after = CatalogFixture.read(url, List.of("public")).table(USER).orElseThrow();
        assertNotEquals(before, after);
        List<Column> edited = before.columns().stream().map(c -> c.name().equals(column) ? edit.apply(c) : c).toList();
        assertEquals(new Table(before.name(), edited, before.primaryKey(), before.uniques(), before.indexes(),
                before.foreignKeys(), before.checks(), before.comment()), after);
    }
}
