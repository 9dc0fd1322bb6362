package io.wataomi.core.entity;

import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.engine.jdbc.dialect.spi.DialectResolutionInfo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The PostgreSQL 17 dialect as Hibernate resolves it on a live connection through the PostgreSQL JDBC driver.
 * The keywords matter: with {@code auto_quote_keyword} Hibernate quotes the SQL:2003 words plus those the driver
 * reports (limit, offset, comment, ...); without a connection it would know only the former, and write
 * {@code limit integer} where the application writes {@code "limit" integer}. A subclass of its own, because
 * Hibernate warns that naming one of its own dialects explicitly is deprecated.
 */
final class OfflineDialect extends PostgreSQLDialect {
    OfflineDialect() {
        super(new Connected());
    }

    /** What a connection to PostgreSQL 17 through the PostgreSQL JDBC driver tells Hibernate. */
    private static final class Connected implements DialectResolutionInfo {
        /** The driver's DatabaseMetaData.getSQLKeywords() on PostgreSQL 17, one per line. */
        private static final String KEYWORDS = "postgresql-17-keywords.txt";

        @Override
        public String getDatabaseName() {
            return "PostgreSQL";
        }

        @Override
        public String getDatabaseVersion() {
            return HibernateBoot.POSTGRESQL_MAJOR + ".0";
        }

        @Override
        public int getDatabaseMajorVersion() {
            return HibernateBoot.POSTGRESQL_MAJOR;
        }

        @Override
        public int getDatabaseMinorVersion() {
            return 0;
        }

        @Override
        public String getDriverName() {
            return "PostgreSQL JDBC Driver";
        }

        @Override
        public int getDriverMajorVersion() {
            return 42;
        }

        @Override
        public int getDriverMinorVersion() {
            return 7;
        }

        @Override
        public String getSQLKeywords() {
            try (InputStream in = OfflineDialect.class.getResourceAsStream(KEYWORDS)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + KEYWORDS);
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip().replace('\n', ',');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
