package io.wataomi.core.diff;

import io.wataomi.core.model.Catalog;
import io.wataomi.core.model.QualifiedName;
import io.wataomi.core.model.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Renames the user confirmed with {@code wataomi.renames}: {@code table.old_column:new_column} and
 * {@code old_table:new_table} (either may be schema-qualified), comma-separated.
 */
public record Renames(List<TableRename> tables, List<ColumnRename> columns) {
    /** A table renamed within its schema. */
    public record TableRename(QualifiedName from, String to) {
    }

    /** A column renamed within its table (named by its name before any table rename). */
    public record ColumnRename(QualifiedName table, String from, String to) {
    }

    /** No renames. */
    public static Renames none() {
        return new Renames(List.of(), List.of());
    }

    /**
     * Reads and checks the setting against both catalogs: the old name must exist only in the database, the new
     * one only in the entities.
     */
    public static Renames parse(String spec, Catalog current, Catalog desired, String defaultSchema) {
        List<TableRename> tables = new ArrayList<>();
        List<ColumnRename> columns = new ArrayList<>();
        if (spec == null || spec.isBlank()) {
            return none();
        }
        for (String raw : spec.split(",")) {
            String entry = raw.strip();
            if (entry.isEmpty()) {
                continue;
            }
            int colon = entry.indexOf(':');
            if (colon <= 0 || colon == entry.length() - 1 || entry.indexOf(':', colon + 1) >= 0) {
                throw bad(entry, "write old:new, e.g. user.fullname:display_name for a column or old_table:new_table");
            }
            String[] from = entry.substring(0, colon).strip().split("\\.");
            String to = entry.substring(colon + 1).strip();
            Optional<Table> columnTable = from.length == 3 ? current.table(new QualifiedName(from[0], from[1]))
                    : from.length == 2 ? findTable(current, from[0], defaultSchema).filter(t -> t.column(from[1]).isPresent())
                    : Optional.empty();
            if (columnTable.isPresent()) {
                columns.add(checkColumn(entry, columnTable.get(), from[from.length - 1], to, desired, tables));
            } else if (from.length <= 2) {
                QualifiedName old = from.length == 2 ? new QualifiedName(from[0], from[1])
                        : findTable(current, from[0], defaultSchema).map(Table::name).orElse(new QualifiedName(defaultSchema, from[0]));
                tables.add(checkTable(entry, old, to, current, desired));
            } else {
                throw bad(entry, "no table " + from[0] + "." + from[1] + " in the database");
            }
        }
        return new Renames(List.copyOf(tables), List.copyOf(columns));
    }

    private static TableRename checkTable(String entry, QualifiedName old, String to, Catalog current, Catalog desired) {
        QualifiedName renamed = new QualifiedName(old.schema(), to);
        if (current.table(old).isEmpty()) {
            throw bad(entry, "the database has no table or column " + old);
        }
        if (desired.table(renamed).isEmpty()) {
            throw bad(entry, "the entities have no table " + renamed);
        }
        if (desired.table(old).isPresent()) {
            throw bad(entry, "the entities still have table " + old + ", so it is not renamed");
        }
        if (current.table(renamed).isPresent()) {
            throw bad(entry, "the database already has a table " + renamed);
        }
        return new TableRename(old, to);
    }

    private static ColumnRename checkColumn(String entry, Table table, String from, String to, Catalog desired,
                                            List<TableRename> tableRenames) {
        QualifiedName target = tableRenames.stream().filter(r -> r.from().equals(table.name()))
                .map(r -> new QualifiedName(r.from().schema(), r.to())).findFirst().orElse(table.name());
        Table wanted = desired.table(target).orElseThrow(() -> bad(entry, "the entities have no table " + target));
        if (wanted.column(to).isEmpty()) {
            throw bad(entry, "the entities have no column " + to + " in " + target);
        }
        if (wanted.column(from).isPresent()) {
            throw bad(entry, "the entities still have column " + from + " in " + target + ", so it is not renamed");
        }
        if (table.column(to).isPresent()) {
            throw bad(entry, "the database already has a column " + to + " in " + table.name());
        }
        return new ColumnRename(table.name(), from, to);
    }

    private static Optional<Table> findTable(Catalog catalog, String name, String defaultSchema) {
        Optional<Table> inDefault = catalog.table(new QualifiedName(defaultSchema, name));
        if (inDefault.isPresent()) {
            return inDefault;
        }
        List<Table> found = catalog.tables().values().stream().filter(t -> t.name().name().equals(name)).toList();
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    private static DiffException bad(String entry, String why) {
        return new DiffException("wataomi.renames entry '" + entry + "': " + why + ".");
    }
}
