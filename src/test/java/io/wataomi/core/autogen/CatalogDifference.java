package io.wataomi.core.autogen;

import io.wataomi.core.model.Catalog;
import io.wataomi.core.model.Column;
import io.wataomi.core.model.QualifiedName;
import io.wataomi.core.model.Table;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compares two catalogs and says, table by table and part by part, where they differ. Columns that a rollback
 * added back ({@code table.column}) are compared wherever they stand: PostgreSQL appends an added column, it cannot
 * put it back at its old position, so only their position is allowed to differ.
 */
final class CatalogDifference {
    private CatalogDifference() {
    }

    /** True when the catalogs are equal, the restored columns' positions aside. */
    static boolean same(Catalog expected, Catalog actual, Set<String> restored) {
        return normal(expected, restored).equals(normal(actual, restored));
    }

    /** The differing tables (columns, keys, indexes, constraints) and other objects, expected against actual. */
    static String describe(Catalog expected, Catalog actual, Set<String> restored) {
        Catalog e = normal(expected, restored);
        Catalog a = normal(actual, restored);
        List<String> lines = new ArrayList<>();
        if (!restored.isEmpty()) {
            lines.add("  (columns restored by a rollback, compared at the end of their tables: " + restored + ")");
        }
        Set<QualifiedName> names = new TreeSet<>(e.tables().keySet());
        names.addAll(a.tables().keySet());
        for (QualifiedName n : names) {
            Table et = e.tables().get(n);
            Table at = a.tables().get(n);
            if (et == null || at == null) {
                lines.add("  table " + n + (et == null ? " should not exist" : " is missing"));
            } else if (!et.equals(at)) {
                lines.addAll(tableLines(et, at));
            }
        }
        part(lines, "  sequences", e.sequences(), a.sequences());
        part(lines, "  enums", e.enums(), a.enums());
        part(lines, "  views", e.views(), a.views());
        return String.join("\n", lines);
    }

    /** The catalog with each table's restored columns moved to its end, in name order. */
    private static Catalog normal(Catalog c, Set<String> restored) {
        List<Table> tables = c.tables().values().stream().map(t -> {
            Comparator<Column> order = Comparator.comparing(col -> restored.contains(t.name().name() + "." + col.name()));
            order = order.thenComparing(col -> restored.contains(t.name().name() + "." + col.name()) ? col.name() : "");
            List<Column> columns = t.columns().stream().sorted(order).toList();
            return new Table(t.name(), columns, t.primaryKey(), t.uniques(), t.indexes(), t.foreignKeys(), t.checks(),
                    t.comment());
        }).toList();
        return Catalog.of(c.schemas(), tables, c.sequences().values(), c.enums().values(), c.views().values());
    }

    private static List<String> tableLines(Table e, Table a) {
        List<String> lines = new ArrayList<>();
        String t = "  table " + e.name() + " ";
        part(lines, t + "columns", e.columns(), a.columns());
        part(lines, t + "primary key", e.primaryKey(), a.primaryKey());
        part(lines, t + "unique constraints", e.uniques(), a.uniques());
        part(lines, t + "indexes", e.indexes(), a.indexes());
        part(lines, t + "foreign keys", e.foreignKeys(), a.foreignKeys());
        part(lines, t + "checks", e.checks(), a.checks());
        part(lines, t + "comment", e.comment(), a.comment());
        return lines;
    }

    private static void part(List<String> lines, String what, Object expected, Object actual) {
        if (!Objects.equals(expected, actual)) {
            lines.add(what + "\n    expected " + expected + "\n    actual   " + actual);
        }
    }
}
