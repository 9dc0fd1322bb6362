package io.wataomi.core.model;

import java.util.List;
import java.util.Optional;

/** A table with everything the diff compares. Lists are in catalog order (columns by position, the rest by name). */
public record Table(QualifiedName name, List<Column> columns, PrimaryKey primaryKey, List<UniqueConstraint> uniques,
                    List<Index> indexes, List<ForeignKey> foreignKeys, List<CheckConstraint> checks, String comment) {
    public Table {
        columns = List.copyOf(columns);
        uniques = List.copyOf(uniques);
        indexes = List.copyOf(indexes);
        foreignKeys = List.copyOf(foreignKeys);
        checks = List.copyOf(checks);
    }

    /** The column of that name. */
    public Optional<Column> column(String columnName) {
        return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
    }

    /** The same table under another name. */
    public Table withName(QualifiedName newName) {
        return new Table(newName, columns, primaryKey, uniques, indexes, foreignKeys, checks, comment);
    }
}
