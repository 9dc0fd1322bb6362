package io.wataomi.core.autogen;

import io.wataomi.core.model.Catalog;
import io.wataomi.core.model.CheckConstraint;
import io.wataomi.core.model.Column;
import io.wataomi.core.model.Table;
import io.wataomi.core.model.Identifiers;
import io.wataomi.core.model.QualifiedName;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Compares CHECK and DEFAULT expressions by meaning, not by the text a given path left: PostgreSQL prints an
 * expression read from the application's DDL differently from the same expression re-read from its own output (the
 * desired side is put through that round once; see {@link ScratchNormaliser}). A live expression that differs in text
 * is printed once more on the scratch database, inside the desired table and then rolled back: when it then reads as
 * the desired one, the two are the same and nothing is to change.
 */
final class ExpressionReprint {
    private static final String PROBE = "wataomi_reprint_probe";

    private ExpressionReprint() {
    }

    /** Creates a desired table in the scratch database, when it is not there yet, before an expression is printed in it. */
    @FunctionalInterface
    interface Tables {
        /** Every desired table is in the scratch database already. */
        Tables ALL = (c, table) -> { };

        void ensure(Connection c, QualifiedName table) throws SQLException;
    }

    /** The current catalog with the expressions that mean the desired ones replaced by the desired text. */
    static Catalog reconcile(Connection scratch, Catalog desired, Catalog current, Tables present) throws SQLException {
        List<Table> tables = new ArrayList<>();
        boolean changed = false;
        for (Table live : current.tables().values()) {
            Optional<Table> want = desired.table(live.name());
            Table t = want.isPresent() ? reconcile(scratch, want.get(), live, present) : live;
            changed |= t != live;
            tables.add(t);
        }
        return changed ? Catalog.of(current.schemas(), tables, current.sequences().values(), current.enums().values(),
                current.views().values()) : current;
    }

    private static Table reconcile(Connection c, Table want, Table live, Tables present) throws SQLException {
        List<CheckConstraint> checks = new ArrayList<>();
        boolean changed = false;
        for (CheckConstraint check : live.checks()) {
            // A wanted check of the same name, or whose name is made up, may be this one printed otherwise.
            List<CheckConstraint> candidates = want.checks().stream()
                    .filter(w -> w.name().equals(check.name()) || w.implicitName()).toList();
            boolean probe = !candidates.isEmpty() && candidates.stream().noneMatch(w -> w.expression().equals(check.expression()));
            if (probe) {
                present.ensure(c, want.name());
            }
            String reprinted = probe ? reprintCheck(c, want, check.expression()) : null;
            if (reprinted != null && candidates.stream().anyMatch(w -> w.expression().equals(reprinted))) {
                checks.add(new CheckConstraint(check.name(), reprinted));
                changed = true;
            } else {
                checks.add(check);
            }
        }
        List<Column> columns = new ArrayList<>();
        for (Column col : live.columns()) {
            Column w = want.column(col.name()).orElse(null);
            boolean probe = w != null && col.defaultValue() != null && w.defaultValue() != null
                    && !w.defaultValue().equals(col.defaultValue()) && col.identity() == null && w.identity() == null
                    && col.generated() == null && w.generated() == null;
            if (probe) {
                present.ensure(c, want.name());
            }
            if (probe && w.defaultValue().equals(reprintDefault(c, want, col.name(), col.defaultValue()))) {
                columns.add(col.withDefault(w.defaultValue()));
                changed = true;
            } else {
                columns.add(col);
            }
        }
        return changed ? new Table(live.name(), columns, live.primaryKey(), live.uniques(), live.indexes(), live.foreignKeys(),
                checks, live.comment()) : live;
    }

    /** The check as PostgreSQL prints it after reading it in the desired table, or null when it does not apply there. */
    private static String reprintCheck(Connection c, Table table, String expression) throws SQLException {
        return probe(c, "ALTER TABLE " + table.name().quoted() + " ADD CONSTRAINT " + PROBE + " " + expression,
                "SELECT pg_get_constraintdef(oid) FROM pg_constraint WHERE conname = ? AND conrelid = ?::regclass",
                PROBE, table.name().quoted());
    }

    private static String reprintDefault(Connection c, Table table, String column, String expression) throws SQLException {
        return probe(c, "ALTER TABLE " + table.name().quoted() + " ALTER COLUMN " + Identifiers.quote(column) + " SET DEFAULT " + expression,
                "SELECT pg_get_expr(d.adbin, d.adrelid) FROM pg_attrdef d JOIN pg_attribute a ON a.attrelid = d.adrelid"
                        + " AND a.attnum = d.adnum WHERE a.attname = ? AND d.adrelid = ?::regclass",
                column, table.name().quoted());
    }

    private static String probe(Connection c, String change, String query, String name, String table) throws SQLException {
        Savepoint sp = c.setSavepoint();
        try {
            try (Statement st = c.createStatement()) {
                st.execute(change);
            }
            try (PreparedStatement ps = c.prepareStatement(query)) {
                ps.setString(1, name);
                ps.setString(2, table);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getString(1) : null;
                }
            }
        } catch (SQLException e) {
            return null;
        } finally {
            c.rollback(sp);
        }
    }
}
