package io.wataomi.core.autogen;

import io.wataomi.core.entity.EntityMappingException;
import io.wataomi.core.render.Format;
import io.wataomi.core.revision.RevisionException;
import io.wataomi.core.testing.EntityCompiler;
import io.wataomi.core.testing.QuotingApplication;
import io.wataomi.core.testing.RecordingOutput;
import io.wataomi.core.testing.TestDatabase;
import io.wataomi.core.testing.TestProject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The live database is checked and read, and the scratch database created, on a thread of their own while the entities
 * load: when the entities fail to load, the scratch database made meanwhile is dropped, and a database that is not up
 * to date is reported first, as it was when nothing ran beside the load.
 */
class ServerSideTest {
    /** A mapping Hibernate rejects: the collection names a property its element does not have. */
    private static final Map<String, String> BROKEN = Map.of(
            "broken.Owner", """
                    package broken;
                    import jakarta.persistence.*;
                    import java.util.List;
                    @Entity
                    public class Owner {
                        @Id Long id;
                        @OneToMany(mappedBy = "nobody") List<Item> items;
                    }
                    """,
            "broken.Item", """
                    package broken;
                    import jakarta.persistence.*;
                    @Entity
                    public class Item {
                        @Id Long id;
                        @ManyToOne Owner owner;
                    }
                    """);

    private static AutogenOptions options() {
        return QuotingApplication.options(List.of(EntityCompiler.compile(BROKEN)), List.of("broken"), "auto", null, Format.XML,
                false, null);
    }

    private static List<String> scratchDatabases() throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection c = TestDatabase.connect(TestDatabase.server().jdbcUrl("postgres")); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT datname FROM pg_database WHERE datname LIKE 'wataomi\\_scratch\\_%' ORDER BY 1")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    @Test
    void whenTheEntitiesFailToLoadTheScratchDatabaseMadeMeanwhileIsDropped() throws Exception {
        TestProject project = TestProject.create("server-side-drop");
        String db = TestDatabase.create("server_side_drop");
        List<String> before = scratchDatabases();
        RecordingOutput output = new RecordingOutput();

        EntityMappingException failure = assertThrows(EntityMappingException.class,
                () -> project.wataomi(db, output).create("broken", options()));

        assertTrue(failure.getMessage().contains("nobody"), failure.getMessage());
        assertTrue(output.text().contains("scratch database created (and dropped) on the server of wataomi.url"),
                "the scratch database was created beside the load: " + output.text());
        assertEquals(before, scratchDatabases(), "the scratch database is dropped");
    }

    @Test
    void aDatabaseBehindTheRevisionsIsReportedBeforeTheEntitiesFailure() throws Exception {
        TestProject project = TestProject.create("server-side-behind");
        String db = TestDatabase.create("server_side_behind");
        project.wataomi(db, new RecordingOutput()).createEmpty("written by hand, not applied", Format.XML);
        List<String> before = scratchDatabases();

        RevisionException failure = assertThrows(RevisionException.class,
                () -> project.wataomi(db, new RecordingOutput()).create("broken", options()));

        assertTrue(failure.getMessage().startsWith("Target database is not up to date"), failure.getMessage());
        assertTrue(Arrays.stream(failure.getSuppressed()).anyMatch(s -> s instanceof EntityMappingException),
                "the entities' failure is kept as suppressed: " + Arrays.toString(failure.getSuppressed()));
        assertEquals(before, scratchDatabases(), "no scratch database is left");
    }
}
