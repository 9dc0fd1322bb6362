package io.wataomi.core.migrate;

import io.wataomi.core.shared.DatabaseFailure;
import io.wataomi.core.Wataomi;
import io.wataomi.core.config.PropertyNames;
import io.wataomi.core.testing.ChildJvm;
import io.wataomi.core.testing.RecordingOutput;
import io.wataomi.core.testing.SchemaDump;
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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Two upgrades at once on one database, and a lock holder killed mid-upgrade. */
@Tag("slow")
class ConcurrentUpgradeTest {

    /** Three revisions that each sleep one second, so that two runs started together overlap. */
    private static TestProject slowProject(String label) {
        TestProject p = TestProject.create(label);
        for (int i = 1; i <= 3; i++) {
            p.writeRevision("slow " + i, """
                        <changeSet id="s%1$d-1" author="test">
                            <createTable tableName="slow_%1$d">
                                <column name="id" type="int"><constraints primaryKey="true" nullable="false"/></column>
                            </createTable>
                            <insert tableName="slow_%1$d"><column name="id" valueNumeric="%1$d"/></insert>
                        </changeSet>
                        <changeSet id="s%1$d-2" author="test">
                            <sql>SELECT pg_sleep(1)</sql>
                            <rollback/>
                        </changeSet>
                    """.formatted(i));
        }
        return p;
    }

    @Test
    @Timeout(value = 180, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void twoUpgradesAtOnceRunEachChangeSetOnce() throws Exception {
        TestProject project = slowProject("concurrent");
        String url = TestDatabase.create("concurrent");
        String dir = project.basedir().toString();
        String a;
        String b;
        try (ChildJvm first = ChildJvm.start(KillTarget.class, dir, url, "0");
             ChildJvm second = ChildJvm.start(KillTarget.class, dir, url, "0")) {
            assertEquals(0, first.waitFor(120_000), first.output());
            assertEquals(0, second.waitFor(120_000), second.output());
            a = first.output();
            b = second.output();
        }
        assertEquals(project.revisionIds(), List.copyOf(TestProject.appliedRevisions(url)));
        Map<String, Integer> rows = TestProject.historyRowCounts(url);
        assertEquals(9, rows.size(), "6 changeSets and 3 markers: " + rows);
        rows.forEach((cs, n) -> assertEquals(1, n, "changeSet " + cs + " recorded " + n + " times"));
        for (int i = 1; i <= 3; i++) {
            assertTrue(TestProject.tableExists(url, "slow_" + i));
        }

        boolean aWaited = a.contains("Waiting for the migration lock");
        boolean bWaited = b.contains("Waiting for the migration lock");
        assertTrue(aWaited ^ bWaited, "exactly one run must have waited for the lock:\n--- first\n" + a + "\n--- second\n" + b);
        String waiter = aWaited ? a : b;
        String holder = aWaited ? b : a;
        assertTrue(holder.contains("Upgrading from base: 3 revisions"), holder);
        assertTrue(waiter.contains("Nothing to do"), "the waiting run must find the work done once it has the lock:\n" + waiter);
        assertTrue(!waiter.contains("STATEMENT "), "the waiting run must not execute any statement:\n" + waiter);
    }

    @Test
    @Timeout(value = 180, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void killedLockHolderDoesNotBlockTheNextRun() throws Exception {
        TestProject project = slowProject("killed_holder");
        String url = TestDatabase.create("killed_holder");
        try (ChildJvm child = ChildJvm.start(KillTarget.class, project.basedir().toString(), url, "1")) {
            child.awaitLine("PAUSED 1", 120_000);
            assertTrue(advisoryLockHeld(url), "the paused child must hold the migration lock");

            // While the holder lives, another run waits for it and gives up at its timeout.
            RecordingOutput blocked = new RecordingOutput();
            // socketTimeout: should the lock not hold the run back, it blocks on the paused child's locks; fail, don't hang.
            Wataomi impatient = new Wataomi(TestProject.config(project.basedir(), url + "?socketTimeout=20",
                    Map.of(PropertyNames.LOCK_TIMEOUT, "1")), blocked);
            DatabaseFailure timeout = assertThrows(DatabaseFailure.class, () -> impatient.upgrade("head", false, null));
            assertTrue(timeout.getMessage().contains("Timed out"), timeout.getMessage());
            assertTrue(blocked.text().contains("Waiting for the migration lock"), blocked.text());

            child.kill();
        }

        RecordingOutput output = new RecordingOutput();
        Wataomi next = new Wataomi(project.config(url, Map.of(PropertyNames.LOCK_TIMEOUT, "10")), output);
        long t0 = System.nanoTime();
        next.upgrade("head", false, null);
        long millis = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(millis < 10_000, "the upgrade after the kill took " + millis + " ms:\n" + output.text());
        assertEquals(project.revisionIds(), List.copyOf(TestProject.appliedRevisions(url)), output.text());
        Map<String, Integer> rows = TestProject.historyRowCounts(url);
        assertEquals(9, rows.size(), rows.toString());
        rows.forEach((cs, n) -> assertEquals(1, n, "changeSet " + cs + " recorded " + n + " times"));
        assertTrue(SchemaDump.of(url).contains("relation | r | slow_3"));
    }

    private static boolean advisoryLockHeld(String url) throws Exception {
        try (Connection c = TestDatabase.connect(url); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted"
                     + " AND database = (SELECT oid FROM pg_database WHERE datname = current_database())"
                     + " AND classid::bigint = " + 0x57415441L + " AND objid::bigint = " + Integer.toUnsignedLong("public".hashCode()))) {
            rs.next();
            return rs.getInt(1) == 1;
        }
    }
}
