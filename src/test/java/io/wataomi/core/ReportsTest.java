package io.wataomi.core;

import io.wataomi.core.shared.Output;

import io.wataomi.core.autogen.CreateResult;
import io.wataomi.core.migrate.CurrentResult;
import io.wataomi.core.migrate.HistoryResult;
import io.wataomi.core.migrate.MigrationResult;
import io.wataomi.core.migrate.StampResult;
import io.wataomi.core.render.Format;
import io.wataomi.core.revision.MasterFile;
import io.wataomi.core.revision.Revision;
import io.wataomi.core.revision.RevisionException;
import io.wataomi.core.testing.TestDatabase;
import io.wataomi.core.testing.TestProject;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** current, history, heads, stamp, merge and create through the facade, on a real database. */
class ReportsTest {
    private static final String TABLE = """
                <changeSet id="%1$s" author="test">
                    <createTable tableName="%1$s"><column name="id" type="int"/></createTable>
                </changeSet>
            """;

    /** base <- one <- two <- three, applied up to two. */
    private static TestProject chain(String label, String url) {
        TestProject p = TestProject.create(label);
        p.writeRevision("one", TABLE.formatted("t_one"));
        p.writeRevision("two", TABLE.formatted("t_two"));
        p.writeRevision("three", TABLE.formatted("t_three"));
        p.wataomi(url, Output.silent()).upgrade(p.revisionIds().get(1), false, null);
        return p;
    }

    @Test
    void currentNamesTheRevisionAndVerboseAddsItsDetails() {
        String url = TestDatabase.create("reports_current");
        TestProject p = chain("reports_current", url);
        List<String> ids = p.revisionIds();

        CurrentResult plain = p.wataomi(url, Output.silent()).current(false);
        assertEquals(List.of(ids.get(1)), plain.current().stream().map(Revision::id).toList());
        assertEquals("Current revision: " + ids.get(1) + "  two", plain.lines().get(0));
        assertTrue(plain.lines().contains("1 revision not applied; run mvn wataomi:upgrade"), plain.lines().toString());

        List<String> verbose = p.wataomi(url, Output.silent()).current(true).lines();
        String text = String.join("\n", verbose);
        assertTrue(text.contains("Revises:      " + ids.get(0)), text);
        assertTrue(text.contains("File:         " + p.revisions().get(1).file()), text);
        assertTrue(verbose.stream().anyMatch(l -> l.matches("  Applied: +\\d{4}-\\d\\d-\\d\\d .*")), text);
        assertFalse(text.contains("(stamped)"), text);

        String fresh = TestDatabase.create("reports_base");
        assertEquals("Current revision: base (no revision applied), 3 pending", p.wataomi(fresh, Output.silent()).current(false).lines().get(0));
    }

    @Test
    void historyIsNewestFirstWithTheCurrentMarkedAndRangesApply() {
        String url = TestDatabase.create("reports_history");
        TestProject p = chain("reports_history", url);
        List<String> ids = p.revisionIds();

        List<String> lines = p.wataomi(url, Output.silent()).history((String) null).lines();
        assertEquals(4, lines.size(), lines.toString());
        assertTrue(lines.get(1).startsWith("   " + ids.get(2)) && lines.get(1).endsWith("three  (head, pending)"), lines.toString());
        assertTrue(lines.get(2).startsWith(">  " + ids.get(1)) && lines.get(2).endsWith("two  (current)"), lines.toString());
        assertTrue(lines.get(3).contains("<base>") && lines.get(3).endsWith("one"), lines.toString());

        HistoryResult pending = p.wataomi(url, Output.silent()).history("current:");
        assertEquals(List.of(ids.get(1), ids.get(2)), pending.shown().stream().map(Revision::id).toList());
        HistoryResult upTo = p.wataomi(url, Output.silent()).history(":" + ids.get(1).substring(0, 6));
        assertEquals(List.of(ids.get(0), ids.get(1)), upTo.shown().stream().map(Revision::id).toList());
        assertThrows(RevisionException.class, () -> p.wataomi(url, Output.silent()).history("head"));
    }

    @Test
    void stampRecordsWithoutRunningAndVerboseSaysStamped() throws Exception {
        String url = TestDatabase.create("reports_stamp");
        TestProject p = chain("reports_stamp", url);
        List<String> ids = p.revisionIds();

        StampResult up = p.wataomi(url, Output.silent()).stamp("head");
        assertEquals(List.of(ids.get(2)), up.marked().stream().map(Revision::id).toList());
        assertEquals(Set.of(ids.get(0), ids.get(1), ids.get(2)), TestProject.appliedRevisions(url));
        assertFalse(TestProject.tableExists(url, "t_three"), "stamp must not run the revision's DDL");
        assertTrue(String.join("\n", p.wataomi(url, Output.silent()).current(true).lines()).contains("(stamped)"));

        StampResult down = p.wataomi(url, Output.silent()).stamp("base");
        assertEquals(3, down.unmarked().size());
        assertEquals(Set.of(), TestProject.appliedRevisions(url));
        assertTrue(TestProject.tableExists(url, "t_one"), "stamp base must not drop anything");
    }

    @Test
    void mergeJoinsTwoHeadsAndCreateRefusesToGuessAParent() throws Exception {
        TestProject p = TestProject.create("reports_merge");
        String url = TestDatabase.create("reports_merge");
        Wataomi w = p.wataomi(url, Output.silent());
        Revision base = w.createEmpty("base", Format.XML).revision();
        Revision left = io.wataomi.core.revision.RevisionWriter.write(p.config(url), "aaaaaaaaaaa1", List.of(base.id()), "left",
                java.time.LocalDateTime.now(), "");
        Revision right = io.wataomi.core.revision.RevisionWriter.write(p.config(url), "bbbbbbbbbbb2", List.of(base.id()), "right",
                java.time.LocalDateTime.now(), "");
        assertEquals(2, w.heads().heads().size());
        RevisionException refused = assertThrows(RevisionException.class, () -> w.createEmpty("more", Format.XML));
        assertTrue(refused.getMessage().contains("wataomi:merge"), refused.getMessage());

        Revision merge = w.merge("merge heads", List.of()).revision();
        assertEquals(Set.of(left.id(), right.id()), Set.copyOf(merge.parents()));
        assertEquals(List.of(merge.id()), w.heads().heads().stream().map(Revision::id).toList());
        String master = Files.readString(MasterFile.of(p.config(url)));
        assertTrue(master.indexOf(merge.fileName()) > master.indexOf(left.fileName())
                && master.indexOf(merge.fileName()) > master.indexOf(right.fileName()), master);
        MigrationResult up = w.upgrade("head", false, null);
        assertEquals(4, up.ran().size());
        assertEquals(merge.id(), up.ran().get(3).id());

        RevisionException single = assertThrows(RevisionException.class, () -> w.merge("again", List.of()));
        assertTrue(single.getMessage().contains("nothing to merge"), single.getMessage());
    }
}
