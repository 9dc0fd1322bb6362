package io.wataomi.core.testing;

import io.wataomi.core.shared.Output;
import io.wataomi.core.entity.EntityRequest;
import io.wataomi.core.entity.EntitySource;
import org.hibernate.SessionFactory;

import java.util.Map;

/**
 * Hibernate's own verdict on a database: boots a SessionFactory for the same entities, with the same naming
 * and settings as the entity loader, and {@code hibernate.hbm2ddl.auto=validate} on a real connection. Throws
 * Hibernate's SchemaManagementException naming the first missing table or column or wrong type.
 */
public final class HibernateValidation {
    private HibernateValidation() {
    }

    /** Validates the database at a test URL (user {@value TestDatabase#USER}) against the request's entities. */
    public static void validate(EntityRequest request, String jdbcUrl) {
        Map<String, Object> settings = EntitySource.offlineSettings(request.defaultSchema());
        // Hibernate resolves the dialect (and the keywords it quotes) from the connection, as the application does.
        settings.remove("hibernate.dialect");
        settings.remove("hibernate.connection.provider_class");
        settings.put("hibernate.boot.allow_jdbc_metadata_access", "true");
        settings.put("hibernate.hbm2ddl.auto", "validate");
        settings.put("hibernate.connection.url", jdbcUrl);
        settings.put("hibernate.connection.username", TestDatabase.USER);
        settings.put("hibernate.connection.pool_size", "1");
        settings.putAll(request.application().hibernate());
        EntitySource.withMetadata(request, settings, Output.silent(), booted -> {
            try (SessionFactory factory = booted.metadata().buildSessionFactory()) {
                return factory.isOpen();
            }
        });
    }
}
