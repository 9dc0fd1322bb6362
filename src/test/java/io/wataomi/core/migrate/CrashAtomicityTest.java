package io.wataomi.core.migrate;

import io.wataomi.core.shared.Output;
import io.wataomi.core.testing.ChildJvm;
import io.wataomi.core.testing.SchemaDump;
import io.wataomi.core.testing.TestDatabase;
import io.wataomi.core.testing.TestProject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

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
 * upgrade must reach the head with every changeSet recorded once.
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
}
