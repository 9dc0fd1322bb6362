package io.wataomi.core.autogen;

import io.wataomi.core.Wataomi;
import io.wataomi.core.entity.EntityModel;
import io.wataomi.core.entity.EntitySource;
import io.wataomi.core.migrate.MigrationFailure;
import io.wataomi.core.render.Format;
import io.wataomi.core.revision.RevisionException;
import io.wataomi.core.shared.Output;
import io.wataomi.core.testing.DdlScript;
import io.wataomi.core.testing.QuotingApplication;
import io.wataomi.core.testing.RecordingOutput;
import io.wataomi.core.testing.SchemaDump;
import io.wataomi.core.testing.TestDatabase;
import io.wataomi.core.testing.TestProject;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A teammate's clone: the project has revisions, and the database has their schema already (made by ddl-auto, init or
 * by hand) without any recorded. init refuses, create and upgrade fail, and each says to stamp (upgrade naming the
 * revision); nothing changes the database until the stamp, after which check is clean.
 */
class SchemaAlreadyThereTest {
    private static final String SHOP = "io.wataomi.entities.shop";
    private static final Path CLASSES = Path.of("target", "test-classes").toAbsolutePath();
    private static final AutogenOptions OPTIONS = QuotingApplication.options(List.of(CLASSES), List.of(SHOP), "auto", null,
            Format.XML, false, null);

    private static Wataomi wataomi(TestProject project, String url, Output output) {
        return new Wataomi(project.config(url, AutogenRoundTripTest.scratchOnTestServer()), output);
    }

    @Test
    void everyWayInPointsAtStampAndNothingChangesUntilThen() {
        TestProject project = TestProject.create("already-there");
        CreateResult revision = wataomi(project, TestDatabase.create("already_first"), Output.silent()).create("shop tables", OPTIONS);

        String clone = TestDatabase.create("already_clone");
        EntityModel model = EntitySource.load(QuotingApplication.request(List.of(CLASSES), List.of(SHOP), "auto", "public"),
                Output.silent());
        DdlScript.apply(clone, model.ddl());
        String built = SchemaDump.of(clone, true);
        RecordingOutput output = new RecordingOutput();
        Wataomi wataomi = wataomi(project, clone, output);

        RevisionException init = assertThrows(RevisionException.class, () -> wataomi.init(OPTIONS));
        assertTrue(init.getMessage().contains("This project has revisions already (1, head " + revision.revision().id()), init.getMessage());
        assertTrue(init.getMessage().contains("Apply them with mvn wataomi:upgrade."), init.getMessage());
        assertTrue(init.getMessage().contains("mvn wataomi:stamp -Dwataomi.target=head"), init.getMessage());

        RevisionException create = assertThrows(RevisionException.class, () -> wataomi.create("more", OPTIONS));
        assertTrue(create.getMessage().startsWith("Target database is not up to date"), create.getMessage());
        assertTrue(create.getMessage().contains("record them as applied without running them: mvn wataomi:stamp -Dwataomi.target=head"),
                create.getMessage());
        assertTrue(create.getMessage().contains("mvn wataomi:reset"), create.getMessage());

        MigrationFailure upgrade = assertThrows(MigrationFailure.class, () -> wataomi.upgrade("head", false, null));
        assertTrue(upgrade.getMessage().contains("already exists"), upgrade.getMessage());
        assertTrue(upgrade.getMessage().contains("record it as applied without running it: mvn wataomi:stamp -Dwataomi.target="
                + revision.revision().id()), upgrade.getMessage());
        assertEquals(built, SchemaDump.of(clone, true), "the refusals and the failed upgrade changed the database");
        assertEquals(1, versions(project).size(), "create wrote a revision");

        wataomi.stamp(revision.revision().id());
        wataomi.check(OPTIONS);
        assertTrue(output.text().contains("No changes detected: the database matches the entities."), output.text());
    }

    @Test
    void initWorksWithoutRevisionsAndAnUpgradeFailingForAnotherReasonSaysNothingOfStamp() {
        TestProject project = TestProject.create("nothing-there");
        String url = TestDatabase.create("nothing_there");
        Wataomi wataomi = wataomi(project, url, Output.silent());
        wataomi.init(OPTIONS);
        assertTrue(TestProject.tableExists(url, "customer"));
        project.writeRevision("bad", """
                    <changeSet id="bad-1" author="test">
                        <sql>INSERT INTO no_such_table (id) VALUES (1)</sql>
                    </changeSet>
                """);
        MigrationFailure failure = assertThrows(MigrationFailure.class, () -> wataomi.upgrade("head", false, null));
        assertFalse(failure.getMessage().contains("wataomi:stamp"), failure.getMessage());
    }

    private static List<Path> versions(TestProject project) {
        try (var files = Files.list(project.basedir().resolve("src/main/resources/db/changelog/versions"))) {
            return files.filter(f -> f.toString().endsWith(".xml")).toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
