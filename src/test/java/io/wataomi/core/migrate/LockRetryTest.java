package io.wataomi.core.migrate;

import io.wataomi.core.Wataomi;
import io.wataomi.core.config.PropertyNames;
import io.wataomi.core.shared.Output;
import io.wataomi.core.testing.LockHolder;
import io.wataomi.core.testing.RecordingOutput;
import io.wataomi.core.testing.TestDatabase;
import io.wataomi.core.testing.TestProject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An upgrade whose ALTER TABLE waits for a lock that a real session holds (idle in a transaction that read the table):
 * each try gives up at the lock timeout, is rolled back and tried again, naming the session; it succeeds once the
 * session ends, or fails naming it, with the database at the last good revision. Meanwhile the application's queries on
 * the table never wait much longer than the lock timeout.
 */
@Tag("slow")
class LockRetryTest {
    private static final long LOCK_TIMEOUT_MILLIS = 200;

    private static Wataomi impatient(TestProject project, String url, int retries, Output output) {
        return new Wataomi(project.config(url, Map.of(PropertyNames.DDL_LOCK_TIMEOUT, LOCK_TIMEOUT_MILLIS + "ms",
                PropertyNames.DDL_LOCK_RETRIES, Integer.toString(retries))), output);
    }

    @Test
    @Timeout(value = 300, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void retriesNameTheBlockerAndSucceedOnceItEnds() throws Exception {
        TestProject project = Fixtures.alterCustomer("retry_ok");
        List<String> ids = project.revisionIds();
        String url = Fixtures.atFirstRevision(project, "retry_ok");
        RecordingOutput output = new RecordingOutput();

        try (LockHolder report = Fixtures.customerReport(url)) {
            Thread release = report.releaseOnceSeen(output, "(try ", 3);
            impatient(project, url, 20, output).upgrade("head", false, null);
            release.join(180_000);

            List<String> tries = output.lines().stream().filter(l -> l.contains("(try ")).toList();
            assertTrue(tries.size() >= 3, output.text());
            for (String line : tries) {
                assertTrue(line.startsWith("WARN Revision " + ids.get(1) + " (try "), line);
                assertTrue(line.contains("gave up on a lock after 200ms"), line);
                assertTrue(line.contains("AccessExclusiveLock on customer held by pid " + report.pid()
                        + " (report-job, idle in transaction, transaction open "), line);
                assertTrue(line.contains("): SELECT * FROM customer LIMIT 1. Trying again in "), line);
            }
        }
        assertEquals(ids, List.copyOf(TestProject.appliedRevisions(url)));
        assertTrue(columnExists(url, "bio"));
    }

    @Test
    @Timeout(value = 300, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aBlockerThatStaysFailsTheUpgradeNamingItAndTheApplicationNeverWaitsLongerThanTheLockTimeout() throws Exception {
        TestProject project = Fixtures.alterCustomer("retry_fail");
        List<String> ids = project.revisionIds();
        String url = Fixtures.atFirstRevision(project, "retry_fail");
        Map<String, Integer> historyBefore = TestProject.historyRowCounts(url);
        RecordingOutput output = new RecordingOutput();

        LockTimeoutFailure failure;
        long longestQuery;
        long queued;
        try (LockHolder report = Fixtures.customerReport(url);
             ApplicationQueries app = ApplicationQueries.start(url, "SELECT count(*) FROM customer")) {
            failure = assertThrows(LockTimeoutFailure.class, () -> impatient(project, url, 3, output).upgrade("head", false, null));
            longestQuery = app.stop();
            queued = app.slowerThan(LOCK_TIMEOUT_MILLIS / 2);

            String message = failure.getMessage();
            assertTrue(message.contains("Revision " + ids.get(1)) && message.contains("changeSet b-1::test"), message);
            assertTrue(message.contains("The revision was rolled back as a whole; the database is still at the revision before it."), message);
            assertTrue(message.contains("Gave up after 4 tries"), message);
            assertTrue(message.contains("pid " + report.pid() + " (report-job, idle in transaction"), message);
            assertTrue(message.contains("SELECT pg_terminate_backend(" + report.pid() + ");"), message);
            assertTrue(message.contains("have its client commit or roll back"), message);
            assertEquals(3, output.lines().stream().filter(l -> l.contains("(try ")).count(), output.text());
        }
        assertEquals(List.of(ids.get(0)), List.copyOf(TestProject.appliedRevisions(url)));
        assertEquals(historyBefore, TestProject.historyRowCounts(url));
        assertFalse(columnExists(url, "bio"));

        System.out.println("LockRetryTest: lock timeout " + LOCK_TIMEOUT_MILLIS + " ms, longest application query while the"
                + " upgrade retried: " + longestQuery + " ms (" + queued + " queries queued behind the ALTER)");
        assertTrue(queued > 0, "the application's queries must have queued behind the waiting ALTER at least once");
        assertTrue(longestQuery <= LOCK_TIMEOUT_MILLIS + 800, "an application query waited " + longestQuery + " ms");
    }

    @Test
    @Timeout(value = 300, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void withoutALockTimeoutALongWaitIsAnnouncedWhileItLasts() throws Exception {
        TestProject project = Fixtures.alterCustomer("no_timeout");
        List<String> ids = project.revisionIds();
        String url = Fixtures.atFirstRevision(project, "no_timeout");
        RecordingOutput output = new RecordingOutput();
        try (LockHolder report = Fixtures.customerReport(url)) {
            Thread release = report.releaseOnceSeen(output, "has waited 5 s for AccessExclusiveLock on customer", 1);
            new Wataomi(project.config(url, Map.of(PropertyNames.DDL_LOCK_TIMEOUT, "0")), output).upgrade("head", false, null);
            release.join(180_000);
            assertTrue(output.text().contains("held by pid " + report.pid() + " (report-job, idle in transaction"), output.text());
            assertTrue(output.text().contains("wataomi.ddlLockTimeout is 0, so it waits until they end"), output.text());
        }
        assertFalse(output.text().contains("(try "), "no retry without a lock timeout:\n" + output.text());
        assertEquals(ids, List.copyOf(TestProject.appliedRevisions(url)));
    }

    /** The application: a thread that runs one query over and over on its own connection, timing each. */
    static final class ApplicationQueries implements AutoCloseable {
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final AtomicLong longest = new AtomicLong();
        private final List<Long> times = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        private final Thread thread;

        private ApplicationQueries(Connection c, String sql) {
            thread = new Thread(() -> {
                try (c; Statement st = c.createStatement()) {
                    while (running.get()) {
                        long t0 = System.nanoTime();
                        st.execute(sql);
                        long ms = (System.nanoTime() - t0) / 1_000_000;
                        times.add(ms);
                        longest.accumulateAndGet(ms, Math::max);
                        Thread.sleep(5);
                    }
                } catch (Exception e) {
                    times.add(Long.MAX_VALUE);
                    longest.set(Long.MAX_VALUE);
                }
            }, "application-queries");
        }

        static ApplicationQueries start(String url, String sql) throws Exception {
            Connection c = TestDatabase.connect(url);
            try (Statement st = c.createStatement()) {
                st.execute("SET application_name = 'application'");
            }
            ApplicationQueries app = new ApplicationQueries(c, sql);
            app.thread.start();
            return app;
        }

        /** Stops the queries; returns the longest one in milliseconds. */
        long stop() throws InterruptedException {
            running.set(false);
            thread.join(30_000);
            return longest.get();
        }

        long slowerThan(long millis) {
            synchronized (times) {
                return times.stream().filter(t -> t > millis).count();
            }
        }

        @Override
        public void close() throws InterruptedException {
            stop();
        }
    }

    private static boolean columnExists(String url, String column) throws Exception {
        try (Connection c = TestDatabase.connect(url); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM information_schema.columns WHERE table_name = 'customer'"
                     + " AND column_name = '" + column + "'")) {
            rs.next();
            return rs.getInt(1) == 1;
        }
    }
}
