package io.wataomi.core.diff;

import io.wataomi.core.model.QualifiedName;
import io.wataomi.core.render.SqlText;
import io.wataomi.core.testing.TestDatabase;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Which type changes rewrite the table, asked of PostgreSQL itself: the rendered ALTER COLUMN ... TYPE gives the table
 * a new data file ({@code pg_class.relfilenode}) exactly when {@link Operation.AlterColumnType#rewritesTable()} says so.
 */
class TableRewriteTest {
    private static final List<List<String>> CHANGES = List.of(
            List.of("integer", "bigint"), List.of("smallint", "integer"), List.of("bigint", "integer"),
            List.of("character varying(50)", "character varying(100)"), List.of("character varying(50)", "character varying"),
            List.of("character varying(50)", "text"), List.of("text", "character varying"),
            List.of("character varying(100)", "character varying(50)"), List.of("text", "character varying(20)"),
            List.of("numeric(10,2)", "numeric(12,2)"), List.of("numeric(10,2)", "numeric(12,3)"), List.of("numeric(10,2)", "numeric"),
            List.of("timestamp(3) without time zone", "timestamp(6) without time zone"),
            List.of("timestamp without time zone", "timestamp with time zone"), List.of("time(3) without time zone", "time without time zone"),
            List.of("character(5)", "character(10)"), List.of("integer", "text"), List.of("text", "integer"), List.of("cidr", "inet"),
            List.of("bit varying(5)", "bit varying(10)"), List.of("character varying(10)[]", "character varying(20)[]"));

    @Test
    void rewritesTableAgreesWithPostgresqlOnEachChange() throws Exception {
        String url = TestDatabase.create("rewrites");
        QualifiedName table = new QualifiedName("public", "t");
        List<String> expected = new ArrayList<>();
        List<String> actual = new ArrayList<>();
        try (Connection c = TestDatabase.connect(url); Statement st = c.createStatement()) {
            // A session in UTC changes timestamp to timestamptz in place; the flag assumes it may not be.
            st.execute("SET TIME ZONE 'Europe/Paris'");
            for (List<String> change : CHANGES) {
                st.execute("DROP TABLE IF EXISTS t");
                st.execute("CREATE TABLE t (c " + change.get(0) + ")");
                st.execute("INSERT INTO t VALUES (NULL)");
                long before = relfilenode(st);
                Operation.AlterColumnType op = new Operation.AlterColumnType(table, "c", change.get(0), change.get(1));
                for (String sql : SqlText.of(op)) {
                    st.execute(sql);
                }
                expected.add(change + (relfilenode(st) != before ? " rewrites" : " keeps"));
                actual.add(change + (op.rewritesTable() ? " rewrites" : " keeps"));
            }
        }
        assertEquals(expected, actual);
    }

    private static long relfilenode(Statement st) throws Exception {
        try (ResultSet rs = st.executeQuery("SELECT relfilenode FROM pg_class WHERE oid = 'public.t'::regclass")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
