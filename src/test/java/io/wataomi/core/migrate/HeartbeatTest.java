package io.wataomi.core.migrate;

import io.wataomi.core.Wataomi;
import io.wataomi.core.config.PropertyNames;
import io.wataomi.core.testing.RecordingOutput;
import io.wataomi.core.testing.TestDatabase;
import io.wataomi.core.testing.TestProject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A changeSet that runs for seconds ({@code pg_sleep}) on a real PostgreSQL: while it runs, the heartbeat names it (id,
 * author, file) with the seconds it has run, once per interval; with the heartbeat off, or for a quick changeSet, nothing.
 */
class HeartbeatTest {
    private static TestProject slowRevision() {
        TestProject p = TestProject.create("heartbeat");
        p.writeRevision("quick table", """
                    <changeSet id="q-1" author="test">
                        <createTable tableName="quick"><column name="id" type="int"/></createTable>
                    </changeSet>
                """);
        p.writeRevision("slow backfill", """
                    <changeSet id="slow-1" author="backfiller">
                        <sql>SELECT pg_sleep(3.5)</sql>
                        <rollback/>
                    </changeSet>
                """);
        return p;
    }

    @Test
    void aLongChangeSetIsNamedEveryIntervalWhileItRuns() {
        TestProject project = slowRevision();
        String url = TestDatabase.create("heartbeat");
        RecordingOutput output = new RecordingOutput();
        new Wataomi(project.config(url, Map.of(PropertyNames.HEARTBEAT, "1s")), output).upgrade("head", false, null);

        List<String> beats = output.lines().stream().filter(l -> l.contains(" has run for ")).toList();
        assertTrue(beats.size() >= 2 && beats.size() <= 4, "about one line a second of a 3.5 s changeSet:\n" + output.text());
        String file = project.revisions().get(1).fileName();
        for (String line : beats) {
            assertTrue(line.startsWith("INFO   ... changeSet slow-1 by backfiller (") && line.contains(file), line);
        }
        List<Integer> seconds = beats.stream().map(l -> Integer.parseInt(l.replaceAll(".* has run for (\\d+) s$", "$1"))).toList();
        assertTrue(seconds.get(0) >= 1 && seconds.get(seconds.size() - 1) <= 4, seconds.toString());
        for (int i = 1; i < seconds.size(); i++) {
            assertTrue(seconds.get(i) > seconds.get(i - 1), "the seconds grow: " + seconds);
        }
        assertTrue(output.lines().stream().noneMatch(l -> l.contains("changeSet q-1")), "the quick changeSet is not named:\n" + output.text());
    }

    @Test
    void statementsSentToTheServerTogetherAreNamedAsTheirBatch() throws Exception {
        TestProject project = TestProject.create("heartbeat-batch");
        project.writeRevision("quick table", """
                    <changeSet id="q-1" author="test">
                        <createTable tableName="quick"><column name="id" type="int"/></createTable>
                    </changeSet>
                """);
        project.writeRevision("two columns on a busy table", """
                    <changeSet id="b-1" author="test">
                        <addColumn tableName="busy"><column name="a" type="int"/></addColumn>
                    </changeSet>
                    <changeSet id="b-2" author="test">
                        <addColumn tableName="busy"><column name="b" type="int"/></addColumn>
                    </changeSet>
                """);
        String url = TestDatabase.create("heartbeat_batch");
        RecordingOutput output = new RecordingOutput();
        try (Connection holder = TestDatabase.connect(url)) {
            holder.createStatement().execute("CREATE TABLE busy (id int)");
            // A reader holds the table for 3.5 s: the second revision's batch (its two ALTERs, its history rows and its
            // COMMIT, sent together) waits for it with no lock timeout, then runs.
            holder.setAutoCommit(false);
            holder.createStatement().execute("LOCK TABLE busy IN ACCESS SHARE MODE");
            Thread release = new Thread(() -> {
                try {
                    Thread.sleep(3500);
                    holder.rollback();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            release.start();
            new Wataomi(project.config(url, Map.of(PropertyNames.HEARTBEAT, "1s", PropertyNames.DDL_LOCK_TIMEOUT, "0")), output)
                    .upgrade("head", false, null);
            release.join();
        }
        List<String> beats = output.lines().stream().filter(l -> l.contains(" has run for ")).toList();
        assertTrue(beats.size() >= 2, "about one line a second while the batch waits:\n" + output.text());
        for (String line : beats) {
            // b-1's statement first, the revision's marker row last
            assertTrue(line.startsWith("INFO   ... the batch of changeSets b-1 to " + project.revisions().get(1).id() + " (")
                    && line.contains(project.revisions().get(1).fileName()), line);
        }
        assertEquals(2, TestProject.appliedRevisions(url).size());
    }

    @Test
    void zeroTurnsTheHeartbeatOff() {
        TestProject project = slowRevision();
        String url = TestDatabase.create("heartbeat_off");
        RecordingOutput output = new RecordingOutput();
        new Wataomi(project.config(url, Map.of(PropertyNames.HEARTBEAT, "0")), output).upgrade("head", false, null);

        assertEquals(List.of(), output.lines().stream().filter(l -> l.contains(" has run for ")).toList());
        assertEquals(2, TestProject.appliedRevisions(url).size());
    }
}
