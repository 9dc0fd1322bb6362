package io.wataomi.core.revision;

import io.wataomi.core.config.LayeredSettings;
import io.wataomi.core.config.WataomiConfig;
import io.wataomi.core.shared.Output;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** merge joins heads only: an ancestor, or any revision something already revises, is refused with the heads named. */
class MergeCommandTest {
    private static final LocalDateTime WHEN = LocalDateTime.of(2025, 11, 29, 10, 0);

    @TempDir
    Path project;

    private WataomiConfig config;

    /** base <- left, base <- right <- right2: two heads, left and right2. */
    private void twoBranches() {
        config = WataomiConfig.from(LayeredSettings.resolve(Map.of(), Map.of(), Map.of(), Map.of()), project);
        RevisionWriter.write(config, "aaaaaaaaaaaa", List.of(), "base", WHEN, "");
        RevisionWriter.write(config, "bbbbbbbbbbbb", List.of("aaaaaaaaaaaa"), "left", WHEN.plusMinutes(1), "");
        RevisionWriter.write(config, "cccccccccccc", List.of("aaaaaaaaaaaa"), "right", WHEN.plusMinutes(2), "");
        RevisionWriter.write(config, "dddddddddddd", List.of("cccccccccccc"), "right again", WHEN.plusMinutes(3), "");
    }

    private MergeResult merge(String... revisions) {
        return new MergeCommand(config, Output.silent()).run(new MergeOptions("merge", List.of(revisions)));
    }

    private void assertNothingWritten() throws Exception {
        try (var files = Files.list(config.versionsDirectory())) {
            assertEquals(4, files.count());
        }
    }

    @Test
    void anAncestorAndItsDescendantAreRefusedNamingTheAncestorAndTheHeads() throws Exception {
        twoBranches();
        RevisionException e = assertThrows(RevisionException.class, () -> merge("cccc", "dddddddddddd"));
        assertTrue(e.getMessage().startsWith("Revision cccccccccccc (right) is not a head: dddddddddddd (right again) revises it."),
                e.getMessage());
        assertTrue(e.getMessage().contains("The heads are: bbbbbbbbbbbb (left), dddddddddddd (right again)."), e.getMessage());
        assertNothingWritten();
    }

    @Test
    void aNonHeadWithAHeadIsRefused() throws Exception {
        twoBranches();
        RevisionException e = assertThrows(RevisionException.class, () -> merge("bbbbbbbbbbbb", "aaaaaaaaaaaa"));
        assertTrue(e.getMessage().startsWith("Revision aaaaaaaaaaaa (base) is not a head: bbbbbbbbbbbb (left), cccccccccccc (right)"
                + " revise it."), e.getMessage());
        assertNothingWritten();
    }

    @Test
    void aHeadNamedTwiceIsRefused() throws Exception {
        twoBranches();
        RevisionException e = assertThrows(RevisionException.class, () -> merge("bbbbbbbbbbbb", "bbbb"));
        assertTrue(e.getMessage().contains("names bbbbbbbbbbbb twice"), e.getMessage());
        assertNothingWritten();
    }

    @Test
    void namedHeadsAreMergedIntoOneHead() {
        twoBranches();
        Revision merged = merge("dddd", "bbbb").revision();
        assertEquals(List.of("dddddddddddd", "bbbbbbbbbbbb"), merged.parents());
        assertEquals(List.of(merged.id()), RevisionFiles.graph(config).heads().stream().map(Revision::id).toList());
    }
}
