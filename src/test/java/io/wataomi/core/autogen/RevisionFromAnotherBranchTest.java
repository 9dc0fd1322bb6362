package io.wataomi.core.autogen;

import io.wataomi.core.Wataomi;
import io.wataomi.core.revision.Revision;
import io.wataomi.core.revision.RevisionException;
import io.wataomi.core.revision.RevisionFiles;
import io.wataomi.core.revision.RevisionWriter;
import io.wataomi.core.testing.EntityCompiler;
import io.wataomi.core.testing.RecordingOutput;
import io.wataomi.core.testing.TestDatabase;
import io.wataomi.core.testing.TestProject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two developers share one database. A applies a revision from a branch B does not have; every goal of B that reads
 * the revisions against that database refuses it, naming the revision and the two ways out, instead of writing (and
 * then applying) a revision that drops A's column.
 */
@Tag("slow")
class RevisionFromAnotherBranchTest {

    static Path member(String pkg, boolean nickname) {
        String src = "package " + pkg + ";\n"
                + "import jakarta.persistence.*;\n"
                + "@Entity @Table(name = \"member\")\n"
                + "public class Member {\n"
                + "    @Id Long id;\n"
                + "    @Column(name = \"name\", length = 80) String name;\n"
                + (nickname ? "    @Column(name = \"nickname\", length = 40) String nickname;\n" : "")
                + "}\n";
        return EntityCompiler.compile(Map.of(pkg + ".Member", src));
    }

    @Test
    void anAppliedRevisionThatNoFileDefinesIsRefusedByEveryGoalUntilRestoredOrStamped() throws Exception {
        String url = TestDatabase.create("branches");
        TestProject projectA = TestProject.create("developer_a");
        TestProject projectB = TestProject.create("developer_b");
        Wataomi a = new Wataomi(projectA.config(url, AutogenRoundTripTest.scratchOnTestServer()), new RecordingOutput());
        Revision base = a.create("member", RenamesAndSafetyTest.options(member("br.v1", false), "br.v1", null)).revision();
        a.upgrade("head", false, null);
        copyChangelog(projectA, projectB);

        Revision nickname = a.create("add nickname", RenamesAndSafetyTest.options(member("br.v2", true), "br.v2", null)).revision();
        a.upgrade("head", false, null);
        RenamesAndSafetyTest.execute(url, "INSERT INTO member (id, name, nickname) VALUES (1, 'Ada', 'ada')");
        Map<String, Integer> history = TestProject.historyRowCounts(url);

        RecordingOutput output = new RecordingOutput();
        Wataomi b = new Wataomi(projectB.config(url, AutogenRoundTripTest.scratchOnTestServer()), output);
        AutogenOptions withoutNickname = RenamesAndSafetyTest.options(member("br.b", false), "br.b", null);
        Map<String, Executable> goals = new LinkedHashMap<>();
        goals.put("upgrade", () -> b.upgrade("head", false, null));
        goals.put("upgrade --sql", () -> b.upgrade("head", true, null));
        goals.put("downgrade", () -> b.downgrade("-1", false, null));
        goals.put("downgrade --sql", () -> b.downgrade("-1", true, null));
        goals.put("current", () -> b.current(false));
        goals.put("history", () -> b.history((String) null));
        goals.put("create", () -> b.create("drop nickname?", withoutNickname));
        goals.put("check", () -> b.check(withoutNickname));
        String recorded = "db/changelog/versions/" + nickname.fileName();
        for (Map.Entry<String, Executable> goal : goals.entrySet()) {
            RevisionException e = assertThrows(RevisionException.class, goal.getValue(), goal.getKey() + ":\n" + output.text());
            String m = e.getMessage();
            assertTrue(m.contains("The database has 1 applied revision that no file in") && m.contains(nickname.id())
                    && m.contains(recorded) && m.contains("applied 20"), goal.getKey() + ": " + m);
            assertTrue(m.contains("git checkout <branch> -- src/main/resources/" + recorded)
                    && m.contains("mvn wataomi:stamp -Dwataomi.target=" + base.id()), goal.getKey() + ": " + m);
        }
        assertEquals(List.of(base.id()), RevisionFiles.scan(projectB.config(url)).stream().map(Revision::id).toList(),
                "create wrote no revision");
        assertEquals("ada", RenamesAndSafetyTest.query(url, "SELECT nickname FROM member WHERE id = 1"));
        assertEquals(history, TestProject.historyRowCounts(url));

        // First way out: restore the file from A's branch.
        Path restored = projectB.resourcesRoot().resolve(recorded);
        Files.copy(nickname.file(), restored);
        RevisionWriter.writeMaster(projectB.config(url), RevisionFiles.graph(projectB.config(url)));
        assertEquals(List.of(nickname.id()), b.current(false).current().stream().map(Revision::id).toList());

        // Second way out: the revision is abandoned; stamp the database to one B has. Its column stays.
        Files.delete(restored);
        RevisionWriter.writeMaster(projectB.config(url), RevisionFiles.graph(projectB.config(url)));
        b.stamp(base.id());
        assertTrue(output.text().contains("Removed revision " + nickname.id() + " (" + recorded + ", applied 20"), output.text());
        assertEquals(List.of(base.id()), b.current(false).current().stream().map(Revision::id).toList());
        assertTrue(TestProject.historyRowCounts(url).keySet().stream().noneMatch(k -> k.startsWith(recorded)),
                TestProject.historyRowCounts(url).toString());
        assertEquals("ada", RenamesAndSafetyTest.query(url, "SELECT nickname FROM member WHERE id = 1"));
    }

    /** What developer B has after pulling before A's second revision: the same changelog folder. */
    private static void copyChangelog(TestProject from, TestProject to) {
        Path source = from.resourcesRoot().resolve("db/changelog");
        Path target = to.resourcesRoot().resolve("db/changelog");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path f : files.toList()) {
                Path dest = target.resolve(source.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(f, dest);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
