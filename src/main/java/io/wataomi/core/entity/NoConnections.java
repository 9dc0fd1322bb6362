package io.wataomi.core.entity;

import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;
import org.hibernate.service.UnknownUnwrapTypeException;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The connection provider of offline schema generation: Hibernate needs one to boot, and without it warns
 * on every run that none was found. Asking it for a connection is a bug, reported as such.
 */
final class NoConnections implements ConnectionProvider {
    @Override
    public Connection getConnection() throws SQLException {
        throw new SQLException("wataomi generates the entities' schema without a database connection");
    }

    @Override
    public void closeConnection(Connection connection) throws SQLException {
        connection.close();
    }

    @Override
    public boolean supportsAggressiveRelease() {
        return false;
    }

    @Override
    public boolean isUnwrappableAs(Class<?> type) {
        return type.isInstance(this);
    }

    @Override
    public <T> T unwrap(Class<T> type) {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new UnknownUnwrapTypeException(type);
    }
}
