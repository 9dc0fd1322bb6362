package io.wataomi.core.testing;

import io.wataomi.core.shared.Output;
import io.wataomi.core.entity.EntityModel;
import io.wataomi.core.entity.EntityRequest;
import io.wataomi.core.entity.EntitySource;
import org.hibernate.tool.schema.spi.SchemaManagementException;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The validation utility really validates: a database that lacks a mapped column fails it. */
class HibernateValidationTest {
    @Test
    void aMissingColumnFailsValidation() throws Exception {
        EntityRequest request = QuotingApplication.of(List.of(Path.of("target/test-classes")), List.of("io.wataomi.entities.broad.keys"));
        EntityModel model = EntitySource.load(request, Output.silent());
        String url = TestDatabase.create("validation");
        DdlScript.apply(url, model.ddl());
        try (Connection c = TestDatabase.connect(url)) {
            c.createStatement().execute("ALTER TABLE enrollment DROP COLUMN enrolledon");
        }
        SchemaManagementException e = assertThrows(SchemaManagementException.class, () -> HibernateValidation.validate(request, url));
        assertTrue(e.getMessage().contains("enrolledOn"), e.getMessage());
    }
}
