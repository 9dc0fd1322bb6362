package io.wataomi.core.autogen;

import io.wataomi.core.Wataomi;
import io.wataomi.core.render.Format;
import io.wataomi.core.revision.Revision;
import io.wataomi.core.revision.RevisionFiles;
import io.wataomi.core.shared.Output;
import io.wataomi.core.testing.ChildJvm;
import io.wataomi.core.testing.TestDatabase;
import io.wataomi.core.testing.TestProject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Two creates at once on one project: the second waits for the first and then finds its change already written. */
@Tag("slow")
class ConcurrentCreateTest {

    @Test
    @Timeout(value = 240, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void twoCreatesAtOnceWriteOneRevision() throws Exception {
        TestProject project = TestProject.create("concurrent_create");
        String url = TestDatabase.create("concurrent_create");
        AutogenRoundTripTest.scratchOnTestServer();
        Path classes = RenamesAndSafetyTest.person("cc.v1", "person", "name", true);
        Revision base = new Wataomi(project.config(url), Output.silent()).createEmpty("base", Format.XML).revision();
        String dir = project.basedir().toString();
        String first;
        String second;
        try (ChildJvm one = ChildJvm.start(CreateTarget.class, dir, url, classes.toString(), "cc.v1", "add person");
             ChildJvm two = ChildJvm.start(CreateTarget.class, dir, url, classes.toString(), "cc.v1", "add person")) {
            assertEquals(0, one.waitFor(200_000), one.output());
            assertEquals(0, two.waitFor(200_000), two.output());
            first = one.output();
            second = two.output();
        }
        List<Revision> written = RevisionFiles.scan(project.config(url));
        assertEquals(2, written.size(), "the base and one revision, not two with the same parent and change:\n--- first\n" + first
                + "\n--- second\n" + second);

        boolean firstWaited = first.contains("Waiting for another create or merge");
        assertTrue(firstWaited ^ second.contains("Waiting for another create or merge"),
                "exactly one run must have waited:\n--- first\n" + first + "\n--- second\n" + second);
        String waiter = firstWaited ? first : second;
        String writer = firstWaited ? second : first;
        Revision person = written.stream().filter(r -> !r.id().equals(base.id())).findFirst().orElseThrow();
        assertTrue(writer.contains("Created revision " + person.id() + " (revises " + base.id() + ")"), writer);
        assertTrue(waiter.contains("No changes detected"), "the waiting run must see the revision written meanwhile:\n" + waiter);
    }
}
