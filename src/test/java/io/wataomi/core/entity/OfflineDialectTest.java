package io.wataomi.core.entity;

import io.wataomi.core.testing.TestDatabase;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DatabaseMetaData;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The offline dialect tells Hibernate what a real connection to the embedded PostgreSQL 17 would. */
class OfflineDialectTest {
    @Test
    void versionAndKeywordsMatchALiveConnection() throws Exception {
        OfflineDialect dialect = new OfflineDialect();
        try (Connection c = TestDatabase.connect(TestDatabase.create("dialect"))) {
            DatabaseMetaData meta = c.getMetaData();
            assertEquals(meta.getDatabaseMajorVersion(), dialect.getVersion().getDatabaseMajorVersion());
            assertEquals(meta.getDriverName(), "PostgreSQL JDBC Driver");
            // Hibernate quotes these (with auto_quote_keyword) when it boots on a connection.
            String live = meta.getSQLKeywords();
            for (String keyword : live.split(",")) {
                assertEquals(true, dialect.getKeywords().contains(keyword), "not quoted offline: " + keyword);
            }
        }
    }
}
