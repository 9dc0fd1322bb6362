package io.wataomi.core.revision;

import io.wataomi.core.config.ConfigException;
import io.wataomi.core.config.LayeredSettings;
import io.wataomi.core.config.WataomiConfig;
import io.wataomi.core.shared.Output;
import io.wataomi.core.testing.RecordingOutput;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * create and merge keep the project's own entries of the master changelog (includes, includeAll, changeSets written in
 * it) as written and in their order, with the revision includes after them; every goal reports a master that does not
 * match the versions folder, with the line to add or remove.
 */
class MasterChangelogTest {
    private static final LocalDateTime WHEN = LocalDateTime.of(2025, 11, 29, 10, 0);
    /** The project's own entries, with its comments, blank line, attribute order and indentation. */
    private static final String OWN_ENTRIES = "    <!-- the schema before wataomi -->\n"
            + "    <include relativeToChangelogFile=\"true\" file=\"legacy/001-init.xml\"/>\n"
            + "\n"
            + "    <includeAll path=\"legacy/more/\" relativeToChangelogFile=\"true\"/>\n"
            + "    <changeSet id=\"seed-1\" author=\"ops\">\n"
            + "        <sql>INSERT INTO app_user (login) VALUES ('admin')</sql>\n"
            + "    </changeSet>\n";
    private static final String HEAD = """
            <?xml version="1.0" encoding="UTF-8"?>
            <databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog"
                    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                    xsi:schemaLocation="http://www.liquibase.org/xml/ns/dbchangelog http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-4.33.xsd">
            """;

    @TempDir
    Path project;

    private WataomiConfig config;

    @BeforeEach
    void configure() throws Exception {
        config = WataomiConfig.from(LayeredSettings.resolve(Map.of(), Map.of(), Map.of(), Map.of()), project);
        Files.createDirectories(config.changelogDirectory().resolve("legacy/more"));
        Files.writeString(config.changelogDirectory().resolve("legacy/001-init.xml"), "<databaseChangeLog/>");
        Files.writeString(config.changelogDirectory().resolve("hand_added.sql"), "--liquibase formatted sql\n");
    }

    private String master() throws Exception {
        return Files.readString(MasterFile.of(config));
    }

    private void writeMaster(String body) throws Exception {
        Files.writeString(MasterFile.of(config), HEAD + body + "</databaseChangeLog>\n");
    }

    @Test
    void createKeepsTheProjectsEntriesAsWrittenAndAddsTheRevisionsAfterThem() throws Exception {
        writeMaster(OWN_ENTRIES);
        Revision first = RevisionWriter.write(config, "aaaaaaaaaaaa", List.of(), "first", WHEN, "");
        Revision second = RevisionWriter.write(config, "bbbbbbbbbbbb", List.of(first.id()), "second", WHEN.plusMinutes(1), "");

        String firstInclude = "    <include file=\"versions/" + first.fileName() + "\" relativeToChangelogFile=\"true\"/>\n";
        String secondInclude = "    <include file=\"versions/" + second.fileName() + "\" relativeToChangelogFile=\"true\"/>\n";
        assertEquals(HEAD + OWN_ENTRIES + firstInclude + secondInclude + "</databaseChangeLog>\n", master());
        MasterChangelog read = MasterChangelog.read(config);
        assertEquals("legacy/001-init.xml, includeAll legacy/more/, changeSet seed-1 (written in the master)", read.baseLabel());
        assertEquals(HEAD + OWN_ENTRIES + "</databaseChangeLog>\n", read.baseText());
        assertEquals(List.of(), read.problems(RevisionFiles.graph(config)));
    }

    @Test
    void aMergeKeepsAnIncludeAddedByHandAndMovesItAboveTheRevisionsAfterSayingSo() throws Exception {
        RevisionWriter.write(config, "aaaaaaaaaaaa", List.of(), "base", WHEN, "");
        RevisionWriter.write(config, "bbbbbbbbbbbb", List.of("aaaaaaaaaaaa"), "left", WHEN.plusMinutes(1), "");
        RevisionWriter.write(config, "cccccccccccc", List.of("aaaaaaaaaaaa"), "right", WHEN.plusMinutes(2), "");
        String handAdded = "    <include file=\"hand_added.sql\" relativeToChangelogFile=\"true\"/>\n";
        Files.writeString(MasterFile.of(config), master().replace("</databaseChangeLog>", handAdded + "</databaseChangeLog>"));

        RecordingOutput output = new RecordingOutput();
        new MergeCommand(config, output).run(new MergeOptions("merge", List.of()));

        assertTrue(output.text().contains("WARN The master changelog src/main/resources/db/changelog/db.changelog-master.xml has"
                + " hand_added.sql after revision includes: wataomi runs it with the base, before the first revision, but plain"
                + " Liquibase (Spring Boot) after them. Move <include file=\"hand_added.sql\" relativeToChangelogFile=\"true\"/> above"
                + " the first revision include"), output.text());
        String text = master();
        int hand = text.indexOf(handAdded);
        assertTrue(hand > 0 && hand < text.indexOf("versions/"), text);
        assertEquals(4, text.split("<include file=\"versions/", -1).length - 1, text);
        assertEquals(List.of(), MasterChangelog.read(config).problems(RevisionFiles.graph(config)));
    }

    @Test
    void everyGoalNamesTheIncludeToAddAndTheIncludeToRemove() throws Exception {
        Revision first = RevisionWriter.write(config, "aaaaaaaaaaaa", List.of(), "first", WHEN, "");
        Revision second = RevisionWriter.write(config, "bbbbbbbbbbbb", List.of(first.id()), "second", WHEN.plusMinutes(1), "");
        String gone = "<include file=\"versions/20250101_0000-dddddddddddd_gone.xml\" relativeToChangelogFile=\"true\"/>";
        String secondLine = "<include file=\"versions/" + second.fileName() + "\" relativeToChangelogFile=\"true\"/>";
        Files.writeString(MasterFile.of(config), master().replace(secondLine, gone));

        RecordingOutput output = new RecordingOutput();
        new HeadsCommand(config, output).run();

        String master = "src/main/resources/db/changelog/db.changelog-master.xml";
        assertTrue(output.text().contains("WARN The master changelog " + master + " includes versions/20250101_0000-dddddddddddd_gone.xml,"
                + " which does not exist: plain Liquibase (Spring Boot) fails on it, and wataomi runs the revisions of the versions"
                + " folder. Remove the line " + gone + " from " + master + ", or restore the file."), output.text());
        assertTrue(output.text().contains("WARN The master changelog " + master + " does not include revision bbbbbbbbbbbb (versions/"
                + second.fileName() + "): plain Liquibase (Spring Boot) does not run it, wataomi does. Add " + secondLine + " to "
                + master + " after the include of aaaaaaaaaaaa"), output.text());

        RevisionWriter.writeMaster(config, RevisionFiles.graph(config));
        assertFalse(master().contains("gone.xml"), master());
        assertTrue(master().contains(secondLine), master());
        assertEquals(List.of(), MasterChangelog.read(config).problems(RevisionFiles.graph(config)));
    }

    @Test
    void anIncludeOfAMissingChangelogOfTheProjectIsReported() throws Exception {
        writeMaster("    <include file=\"db/changelog/legacy/002-missing.xml\"/>\n");
        List<String> problems = MasterChangelog.read(config).problems(RevisionFiles.graph(config));
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("includes db/changelog/legacy/002-missing.xml, which does not exist: plain Liquibase (Spring"
                + " Boot) fails on it, and so does the base. Remove the line <include file=\"db/changelog/legacy/002-missing.xml\"/>"),
                problems.get(0));
    }

    @Test
    void aMasterWithoutEntriesOfItsOwnHasNoBaseAndAnEmptyOneGetsTheRevisions() throws Exception {
        writeMaster("");
        assertFalse(MasterChangelog.read(config).hasBase());
        Files.writeString(MasterFile.of(config), "<databaseChangeLog xmlns=\"http://www.liquibase.org/xml/ns/dbchangelog\"/>\n");
        Revision first = RevisionWriter.write(config, "aaaaaaaaaaaa", List.of(), "first", WHEN, "");
        assertEquals("<databaseChangeLog xmlns=\"http://www.liquibase.org/xml/ns/dbchangelog\">\n    <include file=\"versions/"
                + first.fileName() + "\" relativeToChangelogFile=\"true\"/>\n</databaseChangeLog>\n", master());
        new HeadsCommand(config, Output.silent()).run();
    }

    @Test
    void aMasterWhoseEndCannotBeFoundIsRefusedBeforeAnythingIsWritten() throws Exception {
        String broken = HEAD + OWN_ENTRIES;
        Files.writeString(MasterFile.of(config), broken);
        RevisionException e = assertThrows(RevisionException.class,
                () -> RevisionWriter.write(config, "aaaaaaaaaaaa", List.of(), "first", WHEN, ""));
        assertTrue(e.getMessage().contains("has no </databaseChangeLog> that wataomi can add the revision includes before"), e.getMessage());
        assertEquals(broken, master());
        assertFalse(Files.exists(config.versionsDirectory()));
    }

    /** A YAML master's own entries, with a comment, a blank line and Spring Boot's usual indentation. */
    private static final String YAML_OWN_ENTRIES = """
            # the schema before wataomi
            databaseChangeLog:
              - include:
                  file: legacy/001-init.xml
                  relativeToChangelogFile: true

              - includeAll:
                  path: legacy/more/
                  relativeToChangelogFile: true
              - changeSet:
                  id: seed-1
                  author: ops
                  changes:
                    - sql:
                        sql: INSERT INTO app_user (login) VALUES ('admin')
            """;

    private Path yamlMaster() {
        return config.changelogDirectory().resolve("db.changelog-master.yaml");
    }

    @Test
    void aYamlMasterIsTheMasterAndKeepsItsEntriesAsWrittenWithYamlIncludesAfterThem() throws Exception {
        Files.writeString(yamlMaster(), YAML_OWN_ENTRIES);
        Revision first = RevisionWriter.write(config, "aaaaaaaaaaaa", List.of(), "first", WHEN, "");
        Revision second = RevisionWriter.write(config, "bbbbbbbbbbbb", List.of(first.id()), "second", WHEN.plusMinutes(1), "");

        assertEquals(yamlMaster(), MasterFile.of(config));
        assertFalse(Files.exists(config.changelogDirectory().resolve("db.changelog-master.xml")));
        String includes = "  - include:\n      file: versions/" + first.fileName() + "\n      relativeToChangelogFile: true\n"
                + "  - include:\n      file: versions/" + second.fileName() + "\n      relativeToChangelogFile: true\n";
        assertEquals(YAML_OWN_ENTRIES + includes, Files.readString(yamlMaster()));
        MasterChangelog read = MasterChangelog.read(config);
        assertEquals("legacy/001-init.xml, includeAll legacy/more/, changeSet seed-1 (written in the master)", read.baseLabel());
        assertEquals(YAML_OWN_ENTRIES, read.baseText());
        assertEquals("db/changelog/db.changelog-master.yaml", read.logicalPath());
        assertEquals(List.of(), read.problems(RevisionFiles.graph(config)));

        Files.writeString(yamlMaster(), Files.readString(yamlMaster()).replace("versions/" + second.fileName(), "versions/gone.xml"));
        List<String> problems = MasterChangelog.read(config).problems(RevisionFiles.graph(config));
        assertTrue(problems.stream().anyMatch(p -> p.contains("Add - include: {file: versions/" + second.fileName()
                + ", relativeToChangelogFile: true} to src/main/resources/db/changelog/db.changelog-master.yaml")), problems.toString());
        RevisionWriter.writeMaster(config, RevisionFiles.graph(config));
        assertEquals(YAML_OWN_ENTRIES + includes, Files.readString(yamlMaster()));
    }

    @Test
    void theMasterSpringBootRunsIsTheOneItsChangeLogSettingNames() throws Exception {
        Files.writeString(config.resourcesRoot().resolve("application.properties"),
                "spring.liquibase.change-log=classpath:/db/changelog/app-master.yml\n");
        Path named = config.changelogDirectory().resolve("app-master.yml");
        Files.writeString(named, "databaseChangeLog:\n  - include:\n      file: legacy/001-init.xml\n      relativeToChangelogFile: true\n");
        Files.writeString(yamlMaster(), "databaseChangeLog:\n");

        assertEquals(named.toAbsolutePath().normalize(), MasterFile.of(config));
        Revision first = RevisionWriter.write(config, "aaaaaaaaaaaa", List.of(), "first", WHEN, "");
        assertTrue(Files.readString(named).endsWith("relativeToChangelogFile: true\n  - include:\n      file: versions/"
                + first.fileName() + "\n      relativeToChangelogFile: true\n"), Files.readString(named));
        assertEquals("databaseChangeLog:\n", Files.readString(yamlMaster()));
    }

    @Test
    void aSpringMasterOutsideTheChangelogDirectoryIsRefusedWithTheSettingToChange() throws Exception {
        Files.writeString(config.resourcesRoot().resolve("application.yml"), "spring:\n  liquibase:\n    change-log: classpath:/db/master.yaml\n");
        ConfigException e = assertThrows(ConfigException.class, () -> MasterFile.of(config));
        assertTrue(e.getMessage().contains("spring.liquibase.change-log is 'classpath:/db/master.yaml' (application.yml), which is not in"
                + " wataomi's changelog directory"), e.getMessage());
        assertTrue(e.getMessage().contains("Set wataomi.changelogDirectory to "), e.getMessage());
    }

    @Test
    void twoCandidateMastersAreRefusedBeforeAnythingIsWritten() throws Exception {
        writeMaster("");
        Files.writeString(yamlMaster(), YAML_OWN_ENTRIES);
        ConfigException e = assertThrows(ConfigException.class,
                () -> RevisionWriter.write(config, "aaaaaaaaaaaa", List.of(), "first", WHEN, ""));
        assertTrue(e.getMessage().contains("has 2 master changelogs (db.changelog-master.yaml, db.changelog-master.xml) and wataomi"
                + " cannot tell which one the application runs. Remove the one it does not run, or name it with"
                + " spring.liquibase.change-log"), e.getMessage());
        assertEquals(YAML_OWN_ENTRIES, Files.readString(yamlMaster()));
        assertFalse(Files.exists(config.versionsDirectory()));
    }

    @Test
    void aClasspathIncludeReadsTheProjectsResourcesAndOneOfADependencyJarIsLeftOutWithAWarning() throws Exception {
        String jar = "    <include file=\"classpath:/config/liquibase/from-a-jar.xml\"/>\n";
        writeMaster("    <include file=\"classpath:db/changelog/legacy/001-init.xml\"/>\n" + jar);
        MasterChangelog read = MasterChangelog.read(config);

        assertEquals("classpath:db/changelog/legacy/001-init.xml", read.baseLabel());
        assertFalse(read.baseText().contains("from-a-jar.xml"), read.baseText());
        List<String> problems = read.problems(RevisionFiles.graph(config));
        assertEquals(List.of("The master changelog src/main/resources/db/changelog/db.changelog-master.xml includes"
                + " classpath:/config/liquibase/from-a-jar.xml, which the project's resources do not hold (a changelog of a dependency"
                + " jar): plain Liquibase (Spring Boot) runs it from the application's classpath, wataomi does not run it and leaves"
                + " it out of the base. Run it with plain Liquibase, or copy the changelog into src/main/resources under the same"
                + " path."), problems);
        Revision first = RevisionWriter.write(config, "aaaaaaaaaaaa", List.of(), "first", WHEN, "");
        assertTrue(master().contains(jar + "    <include file=\"versions/" + first.fileName()), master());
    }
}
