package io.wataomi.core.autogen;

import io.wataomi.core.model.QualifiedName;
import io.wataomi.core.render.TableSize;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** A table's size from the live database's statistics: the planner's row estimate and the bytes on disk. */
final class TableSizes {
    private TableSizes() {
    }

    /** The table's size, or empty when there is no such table. */
    static Optional<TableSize> read(Connection c, QualifiedName table) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT reltuples::bigint, pg_total_relation_size(oid) FROM pg_class"
                + " WHERE oid = to_regclass(?)")) {
            ps.setString(1, table.quoted());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new TableSize(rs.getLong(1), rs.getLong(2))) : Optional.empty();
            }
        }
    }
}
