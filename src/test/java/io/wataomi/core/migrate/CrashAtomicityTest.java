package io.wataomi.core.migrate;

import io.wataomi.core.config.PropertyNames;
import io.wataomi.core.shared.Output;
import io.wataomi.core.testing.ChildJvm;
import io.wataomi.core.testing.LockHolder;
import io.wataomi.core.testing.SchemaDump;
import io.wataomi.core.testing.TestDatabase;
import io.wataomi.core.testing.TestProject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Kills the migrating JVM (SIGKILL, a separate process) at every point between the statements of a
 * three-revision upgrade. After each kill the database must be exactly at a revision boundary (the
 * schema and the rows of a reference database upgraded to that revision), and a plain re-run of the
 * upgrade must reach the head with every changeSet recorded once. The same for a revision with concurrent
 * steps, where a kill may leave it partly applied, which current shows and upgrade finishes. And a kill while
 * a statement waits for a lock: the server itself cancels the orphaned statement at the lock timeout.
 */
@Tag("slow")
class CrashAtomicityTest {

    @Test
    @Timeout(value = 600, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void killAtEveryStatementLeavesARevisionBoundaryAndReRunCompletes() throws Exception {
        TestProject project = Fixtures.threeRevisions("crash");
        List<String> plan = project.revisionIds();

        // Reference databases, one per revision boundary (0 = nothing applied).
        List<String> reference = new ArrayList<>();
        for (int i = 0; i <= plan.size(); i++) {
            String url = TestDatabase.create("crash_ref" + i);
            if (i > 0) {
                project.wataomi(url, Output.silent()).upgrade(plan.get(i - 1), false, null);
            }
            assertEquals(plan.subList(0, i), List.copyOf(TestProject.appliedRevisions(url)));
            reference.add(SchemaDump.of(url, true));
        }
        assertEquals(plan.size() + 1, new HashSet<>(reference).size(), "every boundary must have a distinct schema");

        // One uninterrupted run in a child JVM counts the kill points.
        String full = TestDatabase.create("crash_count");
        int total;
        try (ChildJvm child = ChildJvm.start(KillTarget.class, project.basedir().toString(), full, "0")) {
            assertEquals(0, child.waitFor(120_000), child.output());
            Matcher m = Pattern.compile("(?m)^DONE (\\d+)$").matcher(child.output());
            assertTrue(m.find(), child.output());
            total = Integer.parseInt(m.group(1));
        }
        assertEquals(reference.get(plan.size()), SchemaDump.of(full, true));
        // Changes and history rows: at least one statement per changeSet plus one per history row.
        int changeSets = Fixtures.THREE_REVISIONS_CHANGESETS + plan.size();
        assertTrue(total >= changeSets * 2 - plan.size(), "too few kill points: " + total);

        System.out.println("CrashAtomicityTest: " + total + " kill points");
        Set<Integer> boundariesSeen = new HashSet<>();
        for (int k = 1; k <= total; k++) {
            String url = TestDatabase.create("crash_k" + k);
            int committedBeforeKill;
            try (ChildJvm child = ChildJvm.start(KillTarget.class, project.basedir().toString(), url, Integer.toString(k))) {
                child.awaitLine("PAUSED " + k, 120_000);
                committedBeforeKill = count(child.output(), "COMMITTED ");
                child.kill();
            }
            TestDatabase.awaitNoOtherSessions(url, 30_000);

            List<String> applied = List.copyOf(TestProject.appliedRevisions(url));
            String at = "killed at statement " + k + " of " + total;
            assertTrue(applied.size() <= plan.size() && applied.equals(plan.subList(0, applied.size())),
                    at + ": applied revisions " + applied + " are not a prefix of the plan " + plan);
            assertEquals(committedBeforeKill, applied.size(),
                    at + ": the revisions committed before the kill, and only those, must be applied");
            assertEquals(reference.get(applied.size()), SchemaDump.of(url, true),
                    at + ": the schema and rows must be exactly those of revision boundary " + applied.size());
            boundariesSeen.add(applied.size());

            project.wataomi(url, Output.silent()).upgrade("head", false, null);
            assertEquals(plan, List.copyOf(TestProject.appliedRevisions(url)), at + ": re-run must reach the head");
            Map<String, Integer> rows = TestProject.historyRowCounts(url);
            assertEquals(changeSets, rows.size(), at + ": every changeSet must be recorded: " + rows);
            rows.forEach((cs, n) -> assertEquals(1, n, "changeSet " + cs + " recorded " + n + " times"));
            assertEquals(reference.get(plan.size()), SchemaDump.of(url, true), at + ": re-run must give the head's schema");
        }
        assertEquals(Set.of(0, 1, 2), boundariesSeen, "kills must have landed inside every revision");
    }

    private static int count(String text, String prefix) {
        int n = 0;
        for (String line : text.split("\n")) {
            if (line.startsWith(prefix)) {
                n++;
            }
        }
        return n;
    }

    @Test
    @Timeout(value = 900, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void killAtEveryStatementOfConcurrentStepsLeavesAResumableRevision() throws Exception {
        TestProject project = Fixtures.concurrentSteps("crash_steps");
        List<String> plan = project.revisionIds();
        String steps = plan.get(1);
        String head = TestDatabase.create("crash_steps_head");
        project.wataomi(head, Output.silent()).upgrade("head", false, null);
        String headSchema = SchemaDump.of(head, true);
        List<String> boundaries = new ArrayList<>();
        for (int i = 0; i <= plan.size(); i++) {
            String url = TestDatabase.create("crash_steps_ref" + i);
            if (i > 0) {
                project.wataomi(url, Output.silent()).upgrade(plan.get(i - 1), false, null);
            }
            boundaries.add(SchemaDump.of(url, true));
        }

        String full = TestDatabase.create("crash_steps_count");
        int total;
        try (ChildJvm child = ChildJvm.start(KillTarget.class, project.basedir().toString(), full, "0")) {
            assertEquals(0, child.waitFor(120_000), child.output());
            Matcher m = Pattern.compile("(?m)^DONE (\\d+)$").matcher(child.output());
            assertTrue(m.find(), child.output());
            total = Integer.parseInt(m.group(1));
        }
        System.out.println("CrashAtomicityTest (concurrent steps): " + total + " kill points");
        Set<String> partialStates = new HashSet<>();
        for (int k = 1; k <= total; k++) {
            String url = TestDatabase.create("crash_steps_k" + k);
            try (ChildJvm child = ChildJvm.start(KillTarget.class, project.basedir().toString(), url, Integer.toString(k))) {
                child.awaitLine("PAUSED " + k, 120_000);
                child.kill();
            }
            TestDatabase.awaitNoOtherSessions(url, 30_000);
            String at = "killed at statement " + k + " of " + total;

            List<String> applied = List.copyOf(TestProject.appliedRevisions(url));
            assertEquals(plan.subList(0, applied.size()), applied, at);
            List<PartlyApplied> partial = project.wataomi(url, Output.silent()).current(false).partlyApplied();
            if (partial.isEmpty()) {
                assertEquals(boundaries.get(applied.size()), SchemaDump.of(url, true), at + ": a revision boundary");
            } else {
                PartlyApplied p = partial.get(0);
                assertEquals(1, partial.size(), at);
                assertEquals(steps, p.revision().id(), at);
                assertEquals(plan.subList(0, 1), applied, at + ": only the revision before it is applied");
                assertTrue(p.ran().get(0).equals("s-1") && p.pending().get(p.pending().size() - 1).equals(steps), at + ": " + p);
                assertTrue(SchemaDump.of(url).contains("weight"), at + ": the transactional part committed as a whole");
                partialStates.add(String.join(",", p.pending()));
            }

            project.wataomi(url, Output.silent()).upgrade("head", false, null);
            assertEquals(plan, List.copyOf(TestProject.appliedRevisions(url)), at + ": re-run must reach the head");
            Map<String, Integer> rows = TestProject.historyRowCounts(url);
            assertEquals(8, rows.size(), at + ": every changeSet must be recorded: " + rows);
            rows.forEach((cs, n) -> assertEquals(1, n, at + ": changeSet " + cs + " recorded " + n + " times"));
            assertEquals(headSchema, SchemaDump.of(url, true), at + ": re-run must give the head's schema");
            assertEquals(Boolean.TRUE, Fixtures.indexValid(url, "ix_items_code"), at);
        }
        assertEquals(Set.of("s-2,s-3," + steps, "s-3," + steps, steps), partialStates,
                "kills must have left the revision partly applied after each of its parts");
    }

    @Test
    @Timeout(value = 300, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aKilledConcurrentIndexBuildLeavesAnInvalidIndexThatUpgradeRebuilds() throws Exception {
        TestProject project = Fixtures.concurrentIndex("crash_build");
        List<String> plan = project.revisionIds();
        String url = Fixtures.atFirstRevision(project, "crash_build");

        try (LockHolder writer = LockHolder.hold(url, "order-writer", "UPDATE items SET qty = qty WHERE id = 1")) {
            int orphan = killWhileWaiting(project, url, "2s", "CREATE INDEX CONCURRENTLY");
            long ms = awaitNone(url, "SELECT count(*) FROM pg_locks WHERE pid = " + orphan + " AND NOT granted", 30_000);
            assertTrue(ms <= 2_000 + 3_000, "the orphaned build still waited " + ms + " ms after the kill");
            assertEquals(Boolean.FALSE, Fixtures.indexValid(url, "ix_items_code"), "a build cut short leaves an invalid index");
            writer.release();
        }
        TestDatabase.awaitNoOtherSessions(url, 30_000);

        List<PartlyApplied> partial = project.wataomi(url, Output.silent()).current(false).partlyApplied();
        assertEquals(1, partial.size());
        assertEquals(List.of("s-1"), partial.get(0).ran());
        assertEquals(List.of("s-2", plan.get(1)), partial.get(0).pending());

        project.wataomi(url, Output.silent()).upgrade("head", false, null);
        assertEquals(plan, List.copyOf(TestProject.appliedRevisions(url)));
        assertEquals(Boolean.TRUE, Fixtures.indexValid(url, "ix_items_code"));
        TestProject.historyRowCounts(url).forEach((cs, n) -> assertEquals(1, n, cs + " recorded " + n + " times"));
    }

    @Test
    @Timeout(value = 300, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void anOrphanedAlterStopsBlockingAtTheLockTimeoutAndOnlyBecauseOfIt() throws Exception {
        TestProject project = Fixtures.alterCustomer("orphan");
        List<String> plan = project.revisionIds();
        String url = Fixtures.atFirstRevision(project, "orphan");

        try (LockHolder report = Fixtures.customerReport(url)) {
            long guarded = applicationWaitAfterKill(project, url, "2s", 10_000);
            System.out.println("CrashAtomicityTest: with wataomi.ddlLockTimeout=2s, an application query issued right after"
                    + " the kill waited " + guarded + " ms behind the orphaned ALTER");
            assertTrue(guarded <= 2_000 + 3_000, "the orphaned ALTER blocked the application for " + guarded + " ms");

            long unguarded = applicationWaitAfterKill(project, url, "0", 6_000);
            assertEquals(-1, unguarded, "without a lock timeout the orphaned ALTER must still block after 6 s");
        }
        assertEquals(List.of(plan.get(0)), List.copyOf(TestProject.appliedRevisions(url)));
    }

    /**
     * Starts an upgrade in a child JVM, kills it once its ALTER waits for the lock, and times a query of the application
     * on the table, run at once; -1 when it still waits at {@code patienceMillis} (the orphan is then terminated).
     */
    private static long applicationWaitAfterKill(TestProject project, String url, String lockTimeout, long patienceMillis)
            throws Exception {
        int orphan = killWhileWaiting(project, url, lockTimeout, "ALTER TABLE");
        try (Connection app = TestDatabase.connect(url); Statement st = app.createStatement()) {
            st.execute("SET statement_timeout = " + patienceMillis);
            long t0 = System.nanoTime();
            try {
                st.execute("SELECT count(*) FROM customer");
                return (System.nanoTime() - t0) / 1_000_000;
            } catch (SQLException e) {
                assertEquals("57014", e.getSQLState(), e.getMessage());
                st.execute("SET statement_timeout = 0");
                st.execute("SELECT pg_terminate_backend(" + orphan + ")");
                return -1;
            }
        } finally {
            awaitNone(url, "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
                    + " AND application_name LIKE 'wataomi%'", 30_000);
        }
    }

    /**
     * Upgrades to head in a child JVM with the given lock timeout and kills it (SIGKILL) once its statement starting with
     * {@code statement} waits for a lock; returns the pid of its backend, which the kill orphaned.
     */
    private static int killWhileWaiting(TestProject project, String url, String lockTimeout, String statement) throws Exception {
        try (ChildJvm child = ChildJvm.start(KillTarget.class, project.basedir().toString(), url, "0",
                PropertyNames.DDL_LOCK_TIMEOUT + "=" + lockTimeout, PropertyNames.DDL_LOCK_RETRIES + "=100")) {
            int orphan = awaitWaiting(url, statement, 120_000, child);
            child.kill();
            return orphan;
        }
    }


    /** The pid of the migration's backend once it waits for a lock in a statement starting with {@code statement}. */
    private static int awaitWaiting(String url, String statement, long timeoutMillis, ChildJvm child) throws Exception {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        try (Connection c = TestDatabase.connect(url); PreparedStatement ps = c.prepareStatement("SELECT pid FROM pg_stat_activity"
                + " WHERE datname = current_database() AND application_name = 'wataomi' AND wait_event_type = 'Lock'"
                + " AND query LIKE ?")) {
            ps.setString(1, statement + "%");
            while (System.currentTimeMillis() < deadline) {
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        return rs.getInt(1);
                    }
                }
                Thread.sleep(20);
            }
        }
        throw new AssertionError("The migration never waited for a lock in " + statement + ":\n" + child.output());
    }

    /** Waits until a count query answers 0; returns how long that took, in milliseconds. */
    private static long awaitNone(String url, String countQuery, long timeoutMillis) throws Exception {
        long t0 = System.nanoTime();
        try (Connection c = TestDatabase.connect(url); Statement st = c.createStatement()) {
            while (true) {
                try (ResultSet rs = st.executeQuery(countQuery)) {
                    rs.next();
                    if (rs.getInt(1) == 0) {
                        return (System.nanoTime() - t0) / 1_000_000;
                    }
                }
                if ((System.nanoTime() - t0) / 1_000_000 > timeoutMillis) {
                    throw new AssertionError("Still not 0 after " + timeoutMillis + " ms: " + countQuery);
                }
                Thread.sleep(20);
            }
        }
    }
}
