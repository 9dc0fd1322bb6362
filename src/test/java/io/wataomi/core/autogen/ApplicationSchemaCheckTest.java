package io.wataomi.core.autogen;

import io.wataomi.core.Wataomi;
import io.wataomi.core.entity.EntityModel;
import io.wataomi.core.entity.EntitySource;
import io.wataomi.core.render.Format;
import io.wataomi.core.shared.Output;
import io.wataomi.core.testing.DdlScript;
import io.wataomi.core.testing.QuotingApplication;
import io.wataomi.core.testing.RecordingOutput;
import io.wataomi.core.testing.TestDatabase;
import io.wataomi.core.testing.TestProject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The desired schema is the application's own: on a database built by Hibernate's own CREATE script (hbm2ddl
 * {@code create}, same settings), {@code check} finds nothing to change, for every entity set of the tests.
 */
class ApplicationSchemaCheckTest {
    @ParameterizedTest
    @ValueSource(strings = {"io.wataomi.entities.broad.types", "io.wataomi.entities.broad.relations",
            "io.wataomi.entities.broad.inheritance", "io.wataomi.entities.broad.keys", "io.wataomi.entities.broad.reserved",
            "io.wataomi.entities.shop", "io.wataomi.entities.naming"})
    void checkFindsNothingOnTheSchemaHibernateItselfCreates(String pkg) {
        Path classes = Path.of("target", "test-classes").toAbsolutePath();
        EntityModel model = EntitySource.load(QuotingApplication.request(List.of(classes), List.of(pkg), "auto", "public"),
                Output.silent());
        String url = TestDatabase.create("appschema");
        DdlScript.apply(url, model.ddl());

        RecordingOutput output = new RecordingOutput();
        Wataomi w = new Wataomi(TestProject.create("appschema").config(url, AutogenRoundTripTest.scratchOnTestServer()), output);
        DriftException drift = null;
        try {
            w.check(QuotingApplication.options(List.of(classes), List.of(pkg), "auto", null, Format.XML, false, null));
        } catch (DriftException e) {
            drift = e;
        }
        assertTrue(drift == null, drift == null ? "" : drift.getMessage());
    }
}
