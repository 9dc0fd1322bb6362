package io.wataomi.core.autogen;

import io.wataomi.core.shared.DatabaseFailure;
import io.wataomi.core.diff.Diff;
import io.wataomi.core.diff.Operation;
import io.wataomi.core.diff.Renames;
import io.wataomi.core.model.Catalog;
import io.wataomi.core.model.Identifiers;
import io.wataomi.core.model.QualifiedName;
import io.wataomi.core.render.TableSize;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.Map;
import java.util.List;

/**
 * What only the live rows can tell: SET NOT NULL over NULLs (destructive), a NOT NULL column without a default
 * added to a table that has rows (rendered as a data migration: added nullable, filled in, then NOT NULL), and the size
 * of the tables a type change rewrites. Names are looked up as they are before the renames.
 */
final class LiveChecks {
    private LiveChecks() {
    }

    /**
     * The diff with what the rows tell, the sizes of the tables its type changes rewrite, and the tables with rows that it
     * adds a NOT NULL column without a default to, by their new names.
     */
    record Checked(Diff diff, Map<QualifiedName, TableSize> tableSizes, Set<QualifiedName> tablesWithRows) {
    }

    static Checked apply(Diff diff, Renames renames, Catalog current, Connection c) {
        List<Operation> ops = new ArrayList<>();
        List<String> hints = new ArrayList<>(diff.hints());
        Map<QualifiedName, TableSize> sizes = new HashMap<>();
        Set<QualifiedName> withRows = new HashSet<>();
        try (Statement st = c.createStatement()) {
            for (Operation op : diff.operations()) {
                if (op instanceof Operation.AlterColumnType t && t.rewritesTable()) {
                    TableSizes.read(c, before(t.table(), renames)).ifPresent(size -> sizes.put(t.table(), size));
                }
                if (op instanceof Operation.SetNotNull s) {
                    op = new Operation.SetNotNull(s.table(), s.column(), exists(st, "SELECT 1 FROM " + before(s.table(), renames).quoted()
                            + " WHERE " + Identifiers.quote(columnBefore(s.table(), s.column(), renames)) + " IS NULL"));
                } else if (op instanceof Operation.AddColumn a && a.column().needsValue()) {
                    QualifiedName table = before(a.table(), renames);
                    if (current.tables().containsKey(table) && exists(st, "SELECT 1 FROM " + table.quoted())) {
                        withRows.add(a.table());
                    }
                }
                ops.add(op);
            }
        } catch (SQLException e) {
            throw new DatabaseFailure("Database error: " + e.getMessage(), e);
        }
        return new Checked(new Diff(ops, hints), sizes, withRows);
    }

    private static boolean exists(Statement st, String query) throws SQLException {
        try (ResultSet rs = st.executeQuery("SELECT EXISTS (" + query + ")")) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    private static QualifiedName before(QualifiedName table, Renames renames) {
        return renames.tables().stream().filter(r -> r.from().schema().equals(table.schema()) && r.to().equals(table.name()))
                .map(Renames.TableRename::from).findFirst().orElse(table);
    }

    private static String columnBefore(QualifiedName table, String column, Renames renames) {
        QualifiedName old = before(table, renames);
        return renames.columns().stream().filter(r -> r.table().equals(old) && r.to().equals(column))
                .map(Renames.ColumnRename::from).findFirst().orElse(column);
    }
}
