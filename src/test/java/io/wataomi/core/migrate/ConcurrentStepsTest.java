package io.wataomi.core.migrate;

import io.wataomi.core.Wataomi;
import io.wataomi.core.config.PropertyNames;
import io.wataomi.core.shared.Output;
import io.wataomi.core.testing.LockHolder;
import io.wataomi.core.testing.RecordingOutput;
import io.wataomi.core.testing.SchemaDump;
import io.wataomi.core.testing.SqlScriptRunner;
import io.wataomi.core.testing.TestDatabase;
import io.wataomi.core.testing.TestProject;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A revision's concurrent steps (trailing runInTransaction=false changeSets): they run one by one after its transactional
 * part commits, the marker is recorded last, current shows a partly applied revision, upgrade finishes it and downgrade
 * undoes the steps before the transactional part.
 */
class ConcurrentStepsTest {

    /** Records the commits, in order. */
    private static class Commits implements MigrationListener {
        final List<String> seen = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void revisionCommitted(String revision) {
            seen.add(revision);
        }

        @Override
        public void stepCommitted(String revision, String step) {
            seen.add(revision + " " + step);
        }
    }

    @Test
    void stepsRunAfterTheTransactionalPartAndTheMarkerIsRecordedLast() throws Exception {
        TestProject project = Fixtures.concurrentSteps("steps_up");
        List<String> ids = project.revisionIds();
        String url = TestDatabase.create("steps_up");
        Commits commits = new Commits();
        RecordingOutput output = new RecordingOutput();

        new Wataomi(project.config(url), output, commits).upgrade("head", false, null);

        String s = ids.get(1);
        assertEquals(List.of(ids.get(0), s + " transactional part", s + " s-2", s + " s-3", s, ids.get(2)), commits.seen);
        assertEquals(ids, List.copyOf(TestProject.appliedRevisions(url)));
        assertEquals(Boolean.TRUE, Fixtures.indexValid(url, "ix_items_code"));
        assertTrue(checkValidated(url), "the check must be validated by step s-3");
        assertEquals(List.of("s-1", "s-2", "s-3", s), idsInOrderExecuted(url, project.revisions().get(1).logicalPath()),
                "the marker must be recorded after the steps");
        assertTrue(output.text().contains("(4 changeSets, 2 of them on their own, "), output.text());
        assertFalse(output.text().contains("runInTransaction=false"), "trailing steps are no warning:\n" + output.text());
    }

    @Test
    void aFailedStepLeavesTheRevisionPartlyAppliedAndUpgradeFinishesIt() throws Exception {
        TestProject project = Fixtures.concurrentSteps("steps_partial");
        List<String> ids = project.revisionIds();
        String url = Fixtures.atFirstRevision(project, "steps_partial");
        MigrationFailure failed = failTheCheck(project, url);
        assertTrue(failed.getMessage().contains("changeSet s-3::test") && failed.getMessage().contains("partly applied"), failed.getMessage());
        assertEquals(List.of(ids.get(0)), List.copyOf(TestProject.appliedRevisions(url)));
        assertEquals(Boolean.TRUE, Fixtures.indexValid(url, "ix_items_code"), "step s-2 ran and stays");

        CurrentResult current = project.wataomi(url, Output.silent()).current(false);
        assertEquals(1, current.partlyApplied().size(), current.lines().toString());
        PartlyApplied partial = current.partlyApplied().get(0);
        assertEquals(ids.get(1), partial.revision().id());
        assertEquals(List.of("s-1", "s-2"), partial.ran());
        assertEquals(List.of("s-3", ids.get(1)), partial.pending());
        assertTrue(current.lines().stream().anyMatch(l -> l.contains("is partly applied") && l.contains("pending: s-3, its marker")),
                current.lines().toString());

        execute(url, "DELETE FROM items WHERE qty < 0");
        Commits commits = new Commits();
        RecordingOutput output = new RecordingOutput();
        new Wataomi(project.config(url), output, commits).upgrade("head", false, null);
        assertEquals(List.of(ids.get(1) + " s-3", ids.get(1), ids.get(2)), commits.seen, "only the pending step, then the marker");
        assertTrue(output.text().contains("is partly applied (2 of its 4 changeSets ran): running the rest"), output.text());
        assertEquals(ids, List.copyOf(TestProject.appliedRevisions(url)));
        TestProject.historyRowCounts(url).forEach((cs, n) -> assertEquals(1, n, cs + " recorded " + n + " times"));
        assertTrue(project.wataomi(url, Output.silent()).current(false).partlyApplied().isEmpty());
    }

    @Test
    void downgradeUndoesTheMarkerThenTheStepsNewestFirstThenTheTransactionalPart() throws Exception {
        TestProject project = Fixtures.concurrentSteps("steps_down");
        List<String> ids = project.revisionIds();
        String url = TestDatabase.create("steps_down");
        String reference = Fixtures.atFirstRevision(project, "steps_down_ref");
        project.wataomi(url, Output.silent()).upgrade(ids.get(1), false, null);

        Commits commits = new Commits();
        new Wataomi(project.config(url), Output.silent(), commits).downgrade("-1", false, null);

        String s = ids.get(1);
        assertEquals(List.of(s + " its marker", s + " s-3", s + " s-2", s), commits.seen);
        assertEquals(List.of(ids.get(0)), List.copyOf(TestProject.appliedRevisions(url)));
        assertEquals(SchemaDump.of(reference, true), SchemaDump.of(url, true));
    }

    @Test
    void downgradeToTheCurrentRevisionUndoesOnlyWhatRanOfAPartlyAppliedOne() throws Exception {
        TestProject project = Fixtures.concurrentSteps("steps_undo_partial");
        List<String> ids = project.revisionIds();
        String url = Fixtures.atFirstRevision(project, "steps_undo_partial");
        String before = SchemaDump.of(url, true);
        failTheCheck(project, url);

        MigrationResult down = project.wataomi(url, Output.silent()).downgrade(ids.get(0), false, null);

        assertEquals(List.of(ids.get(1)), down.ran().stream().map(r -> r.id()).toList());
        assertEquals(List.of(ids.get(0)), List.copyOf(TestProject.appliedRevisions(url)));
        execute(url, "DELETE FROM items WHERE id = 5000");
        assertEquals(before, SchemaDump.of(url, true));
        assertEquals(null, Fixtures.indexValid(url, "ix_items_code"));
        assertTrue(project.wataomi(url, Output.silent()).current(false).partlyApplied().isEmpty());
    }

    @Test
    void aStepThatGivesUpOnALockIsTriedAgainOnItsOwn() throws Exception {
        TestProject project = Fixtures.concurrentSteps("steps_retry");
        List<String> ids = project.revisionIds();
        String url = Fixtures.atFirstRevision(project, "steps_retry");
        String s = ids.get(1);
        List<LockHolder> writer = new ArrayList<>();
        // Once the transactional part has committed, a writer opens a transaction on the table and leaves it open: the
        // concurrent index build must wait for it, and gives up at the lock timeout.
        Commits commits = new Commits() {
            @Override
            public void stepCommitted(String revision, String step) {
                super.stepCommitted(revision, step);
                if (step.equals("transactional part")) {
                    try {
                        writer.add(LockHolder.hold(url, "order-writer", "UPDATE items SET qty = qty WHERE id = 1"));
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        };
        RecordingOutput output = new RecordingOutput();
        Wataomi wataomi = new Wataomi(project.config(url, Map.of(PropertyNames.DDL_LOCK_TIMEOUT, "200ms",
                PropertyNames.DDL_LOCK_RETRIES, "30")), output, commits);
        Thread release = new Thread(() -> {
            try {
                output.await("step s-2 (try ", 2, 120_000);
            } catch (InterruptedException | AssertionError e) {
                // released below all the same; the assertions say what was missing
            } finally {
                try {
                    writer.get(0).release();
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            }
        });
        release.start();
        try {
            wataomi.upgrade("head", false, null);
        } finally {
            release.join(180_000);
            for (LockHolder w : writer) {
                w.close();
            }
        }
        assertEquals(1, commits.seen.stream().filter((s + " transactional part")::equals).count(),
                "the committed transactional part is not run again:\n" + commits.seen);
        assertTrue(output.text().contains("Revision " + s + ", step s-2 (try 1 of 31)"), output.text());
        assertTrue(output.text().contains("order-writer") && output.text().contains("pid " + writer.get(0).pid()), output.text());
        assertEquals(ids, List.copyOf(TestProject.appliedRevisions(url)));
        assertEquals(Boolean.TRUE, Fixtures.indexValid(url, "ix_items_code"));
    }

    /** A revision with a changeSet that runs outside the transaction between two that run in it. */
    private static final String MIDDLE = """
                <changeSet id="m-1" author="test">
                    <createTable tableName="m"><column name="id" type="int"/></createTable>
                </changeSet>
                <changeSet id="m-2" author="test" runInTransaction="false">
                    <sql>CREATE INDEX CONCURRENTLY ix_m_id ON m (id)</sql>
                </changeSet>
                <changeSet id="m-3" author="test">
                    <addColumn tableName="m"><column name="note" type="text"/></addColumn>
                </changeSet>
            """;

    @Test
    void aChangeSetOutsideTheTransactionInTheMiddleStillCommitsWhatCameBeforeItAndWarns() throws Exception {
        TestProject project = TestProject.create("steps_middle");
        project.writeRevision("middle", MIDDLE);
        String id = project.revisionIds().get(0);
        String url = TestDatabase.create("steps_middle");
        Commits commits = new Commits();
        RecordingOutput output = new RecordingOutput();
        new Wataomi(project.config(url), output, commits).upgrade("head", false, null);
        assertEquals(List.of(id + " before m-2", id), commits.seen);
        assertTrue(output.text().contains("changeSet m-2 has runInTransaction=false but changeSets that run in the transaction"
                + " follow it"), output.text());
        assertEquals(Boolean.TRUE, Fixtures.indexValid(url, "ix_m_id"));
        assertEquals(List.of(id), List.copyOf(TestProject.appliedRevisions(url)));
    }

    @Test
    void theScriptOfAChangeSetOutsideTheTransactionInTheMiddleAppliesWithPsql() throws Exception {
        TestProject project = TestProject.create("steps_middle_sql");
        project.writeRevision("middle", MIDDLE);
        String id = project.revisionIds().get(0);
        String url = TestDatabase.create("steps_middle_sql");
        Path file = project.basedir().resolve("target/middle.sql");
        new Wataomi(project.config(url), Output.silent()).upgrade("head", true, file);
        String sql = Files.readString(file, StandardCharsets.UTF_8);
        int build = sql.indexOf("CREATE INDEX CONCURRENTLY ix_m_id");
        assertTrue(sql.lastIndexOf("COMMIT;", build) > sql.lastIndexOf("BEGIN;", build), "the build runs outside a transaction:\n" + sql);

        SqlScriptRunner.apply(url, file);
        assertEquals(Boolean.TRUE, Fixtures.indexValid(url, "ix_m_id"));
        assertTrue(TestProject.tableExists(url, "m"));
        assertEquals(List.of(id), List.copyOf(TestProject.appliedRevisions(url)));
    }

    @Test
    void theScriptRunsTheStepsOutsideTheTransactionUnderSessionTimeouts() throws Exception {
        TestProject project = Fixtures.concurrentSteps("steps_sql");
        String url = TestDatabase.create("steps_sql");
        Path file = project.basedir().resolve("target/steps.sql");
        new Wataomi(project.config(url, Map.of(PropertyNames.DDL_LOCK_TIMEOUT, "3s", PropertyNames.STATEMENT_TIMEOUT, "10min")),
                Output.silent()).upgrade("head", true, file);
        String sql = Files.readString(file, StandardCharsets.UTF_8);

        String step = sql.substring(sql.indexOf(", step s-2"));
        assertTrue(step.startsWith(", step s-2: runs on its own, outside a transaction\nSET lock_timeout = '3000ms';\n"
                + "SET statement_timeout = '600000ms';\n"), sql);
        int build = step.indexOf("CREATE INDEX CONCURRENTLY ix_items_code");
        assertTrue(build > 0 && step.indexOf("COMMIT;") > build && step.indexOf("RESET lock_timeout;") > build, sql);
        assertTrue(step.indexOf("BEGIN;") < 0 || step.indexOf("BEGIN;") > step.indexOf("RESET lock_timeout;"),
                "no transaction around the step:\n" + sql);
    }

    /** Adds a row the check refuses, so the upgrade fails at step s-3 (validating it), after s-2 has run. */
    private static MigrationFailure failTheCheck(TestProject project, String url) throws Exception {
        execute(url, "INSERT INTO items VALUES (5000, 1, -1)");
        return assertThrows(MigrationFailure.class, () -> project.wataomi(url, Output.silent()).upgrade("head", false, null));
    }

    static void execute(String url, String sql) throws Exception {
        try (Connection c = TestDatabase.connect(url); Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    private static boolean checkValidated(String url) throws Exception {
        try (Connection c = TestDatabase.connect(url); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT convalidated FROM pg_constraint WHERE conname = 'ck_items_qty'")) {
            return rs.next() && rs.getBoolean(1);
        }
    }

    private static List<String> idsInOrderExecuted(String url, String path) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = TestDatabase.connect(url); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT id FROM databasechangelog WHERE filename = '" + path + "' ORDER BY orderexecuted")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
