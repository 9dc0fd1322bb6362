package io.wataomi.core.entity;

import io.wataomi.core.testing.QuotingApplication;
import io.wataomi.core.shared.Output;
import io.wataomi.core.testing.DdlScript;
import io.wataomi.core.testing.HibernateValidation;
import io.wataomi.core.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Every broad entity set, under both naming strategies: Hibernate's offline DDL applies cleanly to a fresh
 * PostgreSQL, and Hibernate's own schema validation of the same entities over JDBC accepts the result.
 */
class BroadEntitiesTest {
    static final Path TEST_CLASSES = Path.of("target/test-classes");

    @ParameterizedTest(name = "{0} with {1} naming, schema {2}")
    @CsvSource({
            "types, standard, public", "types, snake_case, app",
            "inheritance, standard, public", "inheritance, snake_case, public",
            "relations, standard, public", "relations, snake_case, app",
            "keys, standard, public", "keys, snake_case, public",
            "reserved, standard, public", "reserved, snake_case, app"})
    void ddlAppliesAndHibernateValidatesIt(String set, String naming, String schema) {
        EntityRequest request = QuotingApplication.request(List.of(TEST_CLASSES), List.of("io.wataomi.entities.broad." + set), naming, schema);
        EntityModel model = EntitySource.load(request, Output.silent());
        assertFalse(model.entityClasses().isEmpty());
        String url = TestDatabase.create("broad_" + set);

        DdlScript.apply(url, model.ddl());
        HibernateValidation.validate(request, url);
    }
}
