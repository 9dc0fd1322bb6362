package io.wataomi.core.revision;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TargetsTest {
    private static Revision rev(String id, String created, String... parents) {
        return new Revision(id, Arrays.asList(parents), "msg " + id, created, Path.of(id + ".xml"), id + ".xml");
    }

    /** a1 <- b2 <- c3 (linear). */
    private static final RevisionGraph LINEAR = RevisionGraph.of(List.of(
            rev("c3c3c3c3c3c3", "2025-01-03", "b2b2b2b2b2b2"),
            rev("a1a1a1a1a1a1", "2025-01-01"),
            rev("b2b2b2b2b2b2", "2025-01-02", "a1a1a1a1a1a1")));

    /** a1 <- b2, a1 <- c3 (two heads), optionally d4 merging them. */
    private static RevisionGraph branched(boolean merged) {
        List<Revision> revs = new java.util.ArrayList<>(List.of(
                rev("a1a1a1a1a1a1", "2025-01-01"),
                rev("b2b2b2b2b2b2", "2025-01-02", "a1a1a1a1a1a1"),
                rev("c3c3c3c3c3c3", "2025-01-03", "a1a1a1a1a1a1")));
        if (merged) {
            revs.add(rev("d4d4d4d4d4d4", "2025-01-04", "b2b2b2b2b2b2", "c3c3c3c3c3c3"));
        }
        return RevisionGraph.of(revs);
    }

    private static List<String> ids(List<Revision> revs) {
        return revs.stream().map(Revision::id).toList();
    }

    @Test
    void orderIsParentsFirst() {
        assertEquals(List.of("a1a1a1a1a1a1", "b2b2b2b2b2b2", "c3c3c3c3c3c3"), ids(LINEAR.ordered()));
    }

    @Test
    void upgradeHeadAppliesEverythingMissingInOrder() {
        assertEquals(List.of("b2b2b2b2b2b2", "c3c3c3c3c3c3"), ids(Targets.upgrade(LINEAR, Set.of("a1a1a1a1a1a1"), "head")));
        assertEquals(List.of(), Targets.upgrade(LINEAR, Set.of("a1a1a1a1a1a1", "b2b2b2b2b2b2", "c3c3c3c3c3c3"), "head"));
    }

    @Test
    void upgradePlusNAndPrefix() {
        assertEquals(List.of("a1a1a1a1a1a1"), ids(Targets.upgrade(LINEAR, Set.of(), "+1")));
        assertEquals(List.of("b2b2b2b2b2b2", "c3c3c3c3c3c3"), ids(Targets.upgrade(LINEAR, Set.of("a1a1a1a1a1a1"), "+2")));
        assertEquals(List.of("a1a1a1a1a1a1", "b2b2b2b2b2b2"), ids(Targets.upgrade(LINEAR, Set.of(), "b2b")));
        RevisionException past = assertThrows(RevisionException.class, () -> Targets.upgrade(LINEAR, Set.of("a1a1a1a1a1a1"), "+3"));
        assertTrue(past.getMessage().contains("only 2"), past.getMessage());
    }

    @Test
    void unknownAndAmbiguousTargetsListWhatExists() {
        RevisionException unknown = assertThrows(RevisionException.class, () -> Targets.upgrade(LINEAR, Set.of(), "ffff"));
        assertTrue(unknown.getMessage().contains("No revision matches 'ffff'"), unknown.getMessage());
        assertTrue(unknown.getMessage().contains("c3c3c3c3c3c3") && unknown.getMessage().contains("a1a1a1a1a1a1"), unknown.getMessage());
        RevisionGraph g = RevisionGraph.of(List.of(rev("abc111111111", "1"), rev("abc222222222", "2", "abc111111111")));
        RevisionException ambiguous = assertThrows(RevisionException.class, () -> Targets.upgrade(g, Set.of(), "abc"));
        assertTrue(ambiguous.getMessage().contains("ambiguous") && ambiguous.getMessage().contains("abc111111111")
                && ambiguous.getMessage().contains("abc222222222"), ambiguous.getMessage());
    }

    @Test
    void twoHeadsRefuseHeadAndNameMerge() {
        RevisionException e = assertThrows(RevisionException.class, () -> Targets.upgrade(branched(false), Set.of(), "head"));
        assertTrue(e.getMessage().contains("b2b2b2b2b2b2") && e.getMessage().contains("c3c3c3c3c3c3"), e.getMessage());
        assertTrue(e.getMessage().contains("wataomi:merge"), e.getMessage());
        assertEquals(3, Targets.upgrade(branched(false), Set.of(), "heads").size());
    }

    @Test
    void mergeRevisionJoinsHeads() {
        RevisionGraph g = branched(true);
        assertEquals(List.of("d4d4d4d4d4d4"), ids(g.heads()));
        assertEquals(List.of("a1a1a1a1a1a1", "b2b2b2b2b2b2", "c3c3c3c3c3c3", "d4d4d4d4d4d4"), ids(Targets.upgrade(g, Set.of(), "head")));
        // Going down one step from the merge leaves both branches applied.
        Set<String> all = Set.of("a1a1a1a1a1a1", "b2b2b2b2b2b2", "c3c3c3c3c3c3", "d4d4d4d4d4d4");
        assertEquals(List.of("d4d4d4d4d4d4"), ids(Targets.downgrade(g, all, "-1")));
        assertEquals(List.of("b2b2b2b2b2b2", "c3c3c3c3c3c3"),
                ids(g.currentHeads(Set.of("a1a1a1a1a1a1", "b2b2b2b2b2b2", "c3c3c3c3c3c3"))));
    }

    @Test
    void downgradeStepsRevisionAndBase() {
        Set<String> all = Set.of("a1a1a1a1a1a1", "b2b2b2b2b2b2", "c3c3c3c3c3c3");
        assertEquals(List.of("c3c3c3c3c3c3"), ids(Targets.downgrade(LINEAR, all, "-1")));
        assertEquals(List.of("c3c3c3c3c3c3", "b2b2b2b2b2b2"), ids(Targets.downgrade(LINEAR, all, "-2")));
        assertEquals(List.of("c3c3c3c3c3c3", "b2b2b2b2b2b2"), ids(Targets.downgrade(LINEAR, all, "a1a1")));
        assertEquals(List.of("c3c3c3c3c3c3", "b2b2b2b2b2b2", "a1a1a1a1a1a1"), ids(Targets.downgrade(LINEAR, all, "base")));
        RevisionException past = assertThrows(RevisionException.class, () -> Targets.downgrade(LINEAR, all, "-4"));
        assertTrue(past.getMessage().contains("only 3 are applied"), past.getMessage());
        assertTrue(past.getMessage().contains("a1a1a1a1a1a1"), past.getMessage());
    }

    @Test
    void stampSetsTheLineage() {
        assertEquals(Set.of("a1a1a1a1a1a1", "b2b2b2b2b2b2", "c3c3c3c3c3c3"), Targets.stamp(LINEAR, Set.of(), "head"));
        assertEquals(Set.of("a1a1a1a1a1a1"), Targets.stamp(LINEAR, Set.of("a1a1a1a1a1a1", "b2b2b2b2b2b2"), "a1"));
        assertEquals(Set.of(), Targets.stamp(LINEAR, Set.of("a1a1a1a1a1a1"), "base"));
    }

    @Test
    void brokenGraphsAreRefused() {
        RevisionException unknownParent = assertThrows(RevisionException.class,
                () -> RevisionGraph.of(List.of(rev("a1a1a1a1a1a1", "1", "ffffffffffff"))));
        assertTrue(unknownParent.getMessage().contains("ffffffffffff"), unknownParent.getMessage());
        assertThrows(RevisionException.class, () -> RevisionGraph.of(List.of(rev("a1a1a1a1a1a1", "1"), rev("a1a1a1a1a1a1", "2"))));
        RevisionException cycle = assertThrows(RevisionException.class, () -> RevisionGraph.of(List.of(
                rev("a1a1a1a1a1a1", "1", "b2b2b2b2b2b2"), rev("b2b2b2b2b2b2", "2", "a1a1a1a1a1a1"))));
        assertTrue(cycle.getMessage().contains("cycle"), cycle.getMessage());
    }
    @Test
    void stepCountsOutOfRangeAreOneLineErrorsNamingTheSettingAndTheValidForms() {
        Set<String> all = Set.of("a1a1a1a1a1a1", "b2b2b2b2b2b2", "c3c3c3c3c3c3");
        List<RevisionException> errors = List.of(
                assertThrows(RevisionException.class, () -> Targets.upgrade(LINEAR, Set.of(), "+99999999999999999999")),
                assertThrows(RevisionException.class, () -> Targets.downgrade(LINEAR, all, "-99999999999999999999")),
                assertThrows(RevisionException.class, () -> Targets.stamp(LINEAR, Set.of(), "+99999999999999999999")));
        for (RevisionException e : errors) {
            String m = e.getMessage();
            assertTrue(m.contains("wataomi.target") && m.contains("99999999999999999999'") && m.contains("1 to 2147483647"), m);
            assertFalse(m.contains("\n"), m);
        }
        assertTrue(errors.get(0).getMessage().contains("head, heads, +N"), errors.get(0).getMessage());
        assertTrue(errors.get(1).getMessage().contains("-N, a revision id"), errors.get(1).getMessage());
    }

    @Test
    void zeroStepsAndHeadOfNoRevisionsAreErrorsNotCrashes() {
        RevisionException zero = assertThrows(RevisionException.class, () -> Targets.upgrade(LINEAR, Set.of(), "+0"));
        assertTrue(zero.getMessage().contains("wataomi.target is '+0'"), zero.getMessage());
        assertThrows(RevisionException.class, () -> Targets.downgrade(LINEAR, Set.of("a1a1a1a1a1a1"), "-0"));
        RevisionGraph none = RevisionGraph.of(List.of());
        RevisionException head = assertThrows(RevisionException.class, () -> Targets.stamp(none, Set.of(), "head"));
        assertTrue(head.getMessage().contains("no revisions"), head.getMessage());
    }
}
