package io.wataomi.core.revision;

import io.wataomi.core.config.LayeredSettings;
import io.wataomi.core.config.WataomiConfig;
import io.wataomi.core.render.Format;
import io.wataomi.core.render.RevisionHeader;
import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.parser.ChangeLogParserFactory;
import liquibase.resource.DirectoryResourceAccessor;
import liquibase.resource.ResourceAccessor;
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

class RevisionFilesTest {
    @TempDir
    Path project;

    private WataomiConfig config() {
        return WataomiConfig.from(LayeredSettings.resolve(Map.of(), Map.of(), Map.of(), Map.of()), project);
    }

    @Test
    void writtenRevisionReadsBackWithSeedFileNameAndMaster() throws Exception {
        WataomiConfig config = config();
        LocalDateTime when = LocalDateTime.of(2025, 11, 29, 10, 30, 0);
        Revision first = RevisionWriter.write(config, "aaaaaaaaaaaa", List.of(), "Initial migration", when, "");
        Revision second = RevisionWriter.write(config, "abc123def456", List.of(first.id()),
                "add user bio & \"quotes\" <tags> -- dashes", when.plusMinutes(1), "");
        assertEquals("20251129_1031-abc123def456_add_user_bio_quotes_tags_dashes.xml", second.fileName());
        assertEquals("db/changelog/versions/" + second.fileName(), second.logicalPath());
        assertEquals("add user bio & \"quotes\" <tags> -- dashes", second.message());
        assertEquals(List.of("aaaaaaaaaaaa"), second.parents());
        String text = Files.readString(second.file());
        assertTrue(text.contains("Revision ID: abc123def456"), text);
        assertTrue(text.contains("Revises: aaaaaaaaaaaa"), text);
        String master = Files.readString(MasterFile.of(config));
        assertTrue(master.indexOf(first.fileName()) < master.indexOf(second.fileName()), master);
        assertEquals(2, RevisionFiles.scan(config).size());
    }

    /** Read on both cores, the files still fail in their order: the first that is not a revision is named, its message as written. */
    @Test
    void amongManyFilesTheFirstThatIsNotARevisionIsNamed() throws Exception {
        WataomiConfig config = config();
        LocalDateTime when = LocalDateTime.of(2025, 11, 29, 10, 30, 0);
        for (int i = 0; i < 60; i++) {
            RevisionWriter.write(config, String.format("%012x", i + 1), i == 0 ? List.of() : List.of(String.format("%012x", i)),
                    "revision " + i, when.plusMinutes(i), "");
        }
        Path versions = config.versionsDirectory();
        Files.writeString(versions.resolve("20251129_1100-ffffffffffff_second.xml"), "<databaseChangeLog/>");
        Files.writeString(versions.resolve("20251129_1045-eeeeeeeeeeee_first.xml"), "<databaseChangeLog/>");

        RevisionException e = assertThrows(RevisionException.class, () -> RevisionFiles.scan(config));

        assertTrue(e.getMessage().startsWith(versions.resolve("20251129_1045-eeeeeeeeeeee_first.xml")
                + " has no wataomi.revision property, so it is not a revision."), e.getMessage());
    }

    @Test
    void newIdsAreTwelveHexDigits() {
        assertTrue(RevisionWriter.newId().matches("[0-9a-f]{12}"));
    }

    /** The file name folds the accents of the seed team's Vietnamese messages; the file keeps the message as written. */
    @Test
    void accentedMessageGivesAReadableFileNameAndStaysAsWrittenInTheFile() throws Exception {
        WataomiConfig config = config();
        String message = "thêm mô tả cho workspace (đơn giản)";
        Revision r = RevisionWriter.write(config, "abc123def456", List.of(), message, LocalDateTime.of(2025, 11, 29, 10, 30), "");
        assertEquals("20251129_1030-abc123def456_them_mo_ta_cho_workspace_don_gian.xml", r.fileName());
        assertEquals(message, r.message());
        assertEquals(message, RevisionFiles.read(r.file(), r.logicalPath()).message());
        assertTrue(Files.readString(r.file()).contains("value=\"" + message + "\""), Files.readString(r.file()));
    }
    /** Every format declares the path it was written under, so Liquibase records that path whatever the file is called later. */
    @Test
    void everyFormatKeepsTheLogicalPathItWasWrittenWithAfterARename() throws Exception {
        WataomiConfig config = config();
        LocalDateTime when = LocalDateTime.of(2025, 11, 29, 10, 30, 0);
        for (Format format : Format.values()) {
            Revision r = RevisionWriter.write(config, new RevisionHeader(RevisionWriter.newId(), List.of(), "user " + format, when),
                    format, List.of());
            String written = "db/changelog/versions/" + r.fileName();
            Path renamed = Files.move(r.file(), r.file().resolveSibling("renamed_" + r.fileName()));
            String physical = config.logicalPath(renamed);
            ResourceAccessor resources = new DirectoryResourceAccessor(config.resourcesRoot());
            DatabaseChangeLog log = ChangeLogParserFactory.getInstance().getParser(physical, resources)
                    .parse(physical, new ChangeLogParameters(), resources);
            assertEquals(written, log.getChangeSets().get(0).getFilePath(), format + ":\n" + Files.readString(renamed));
            Files.delete(renamed);
        }
    }
    /** A revision file copied to start a new one keeps the copied logical path: Liquibase would mix the two files' history rows. */
    @Test
    void twoRevisionFilesDeclaringOneLogicalPathAreRefused() throws Exception {
        WataomiConfig config = config();
        Revision first = RevisionWriter.write(config, "aaaaaaaaaaaa", List.of(), "first", LocalDateTime.of(2025, 1, 1, 10, 0), "");
        Path copy = first.file().resolveSibling("20250101_1001-bbbbbbbbbbbb_copied.xml");
        // Only the identifiers are edited; the copied logicalFilePath stays.
        Files.writeString(copy, Files.readString(first.file())
                .replace("value=\"aaaaaaaaaaaa\" global", "value=\"bbbbbbbbbbbb\" global")
                .replace("changeSet id=\"aaaaaaaaaaaa\"", "changeSet id=\"bbbbbbbbbbbb\"")
                .replace("value=\"\" global", "value=\"aaaaaaaaaaaa\" global"));
        RevisionException e = assertThrows(RevisionException.class, () -> RevisionFiles.graph(config));
        assertTrue(e.getMessage().contains(first.fileName()) && e.getMessage().contains(copy.getFileName().toString())
                && e.getMessage().contains("logicalFilePath=\"db/changelog/versions/" + first.fileName() + "\"")
                && e.getMessage().contains("logicalFilePath=\"db/changelog/versions/20250101_1001-bbbbbbbbbbbb_copied.xml\""), e.getMessage());
    }
}
