package io.wataomi.core.revision;

import io.wataomi.core.Wataomi;
import io.wataomi.core.autogen.CreateResult;
import io.wataomi.core.config.WataomiConfig;
import io.wataomi.core.render.Format;
import io.wataomi.core.shared.Output;
import io.wataomi.core.testing.ChildJvm;
import io.wataomi.core.testing.RecordingOutput;
import io.wataomi.core.testing.TestProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * create and merge take the revision folder lock: a second run, in this JVM or another, waits for the first, says
 * so, and then builds on what the first wrote; a killed holder releases the folder.
 */
class RevisionFolderLockTest {
    /** Writing empty revisions and merges needs no database. */
    static final String NO_DATABASE = "jdbc:postgresql://localhost/unused";
    private static final String WAITING = "Waiting for another create or merge";

    @Test
    @Timeout(60)
    void aCreateWaitsForAnotherThreadHoldingTheFolderAndRevisesWhatItWrote() throws Exception {
        TestProject project = TestProject.create("folder_lock_threads");
        WataomiConfig config = project.config(NO_DATABASE);
        Wataomi first = new Wataomi(config, new RecordingOutput());
        RecordingOutput secondOutput = new RecordingOutput();
        Wataomi second = new Wataomi(config, secondOutput);
        first.createEmpty("base", Format.XML);

        CompletableFuture<CreateResult> waiting;
        Revision written;
        try (RevisionFolderLock held = RevisionFolderLock.acquire(config, Output.silent())) {
            waiting = CompletableFuture.supplyAsync(() -> second.createEmpty("second", Format.XML));
            awaitLine(secondOutput, WAITING);
            assertFalse(waiting.isDone());
            // The holding thread writes a revision of its own: the lock is re-entrant within a thread.
            written = first.createEmpty("first", Format.XML).revision();
        }
        Revision after = waiting.get(30, TimeUnit.SECONDS).revision();
        assertEquals(List.of(written.id()), after.parents(), secondOutput.text());
        assertEquals(1, RevisionFiles.graph(config).heads().size());
    }

    @Test
    @Timeout(120)
    void aMergeWaitsForAnotherProcessAndGoesOnWhenThatProcessIsKilled() throws Exception {
        TestProject project = TestProject.create("folder_lock_process");
        WataomiConfig config = project.config(NO_DATABASE);
        Wataomi wataomi = new Wataomi(config, Output.silent());
        Revision base = wataomi.createEmpty("base", Format.XML).revision();
        Revision left = RevisionWriter.write(config, RevisionWriter.newId(), List.of(base.id()), "left", LocalDateTime.now(), "");
        Revision right = RevisionWriter.write(config, RevisionWriter.newId(), List.of(base.id()), "right", LocalDateTime.now(), "");

        RecordingOutput output = new RecordingOutput();
        try (ChildJvm holder = ChildJvm.start(FolderLockHolder.class, project.basedir().toString())) {
            holder.awaitLine("LOCKED", 60_000);
            CompletableFuture<MergeResult> merge =
                    CompletableFuture.supplyAsync(() -> new Wataomi(config, output).merge("merge heads", List.of()));
            awaitLine(output, WAITING);
            Thread.sleep(500);
            assertFalse(merge.isDone(), "the merge must wait while the other process holds the folder");
            holder.kill();
            Revision merged = merge.get(30, TimeUnit.SECONDS).revision();
            assertEquals(List.of(left.id(), right.id()).stream().sorted().toList(), merged.parents().stream().sorted().toList());
        }
        assertTrue(output.text().contains(".wataomi.lock"), output.text());
    }

    private static void awaitLine(RecordingOutput output, String fragment) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 20_000;
        while (!output.text().contains(fragment)) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("No '" + fragment + "' within 20 s:\n" + output.text());
            }
            Thread.sleep(20);
        }
    }
}
