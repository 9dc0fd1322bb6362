package io.wataomi.core.introspect;

import io.wataomi.core.model.CheckConstraint;
import io.wataomi.core.model.Column;
import io.wataomi.core.model.ForeignKey;
import io.wataomi.core.model.Index;
import io.wataomi.core.model.PrimaryKey;
import io.wataomi.core.model.QualifiedName;
import io.wataomi.core.model.Table;
import io.wataomi.core.model.UniqueConstraint;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/** A table being assembled from the rows of the bulk queries, which arrive in no particular table order. */
final class TableDraft {
    private final QualifiedName name;
    private final String comment;
    private final List<Column> columns = new ArrayList<>();
    private final List<UniqueConstraint> uniques = new ArrayList<>();
    private final List<Index> indexes = new ArrayList<>();
    private final List<ForeignKey> foreignKeys = new ArrayList<>();
    private final List<CheckConstraint> checks = new ArrayList<>();
    private PrimaryKey primaryKey;

    TableDraft(QualifiedName name, String comment) {
        this.name = name;
        this.comment = comment;
    }

    /** Columns must be added in position order (the query sorts them). */
    void add(Column column) {
        columns.add(column);
    }

    void primaryKey(PrimaryKey key) {
        primaryKey = key;
    }

    void add(UniqueConstraint unique) {
        uniques.add(unique);
    }

    void add(Index index) {
        indexes.add(index);
    }

    void add(ForeignKey foreignKey) {
        foreignKeys.add(foreignKey);
    }

    void add(CheckConstraint check) {
        checks.add(check);
    }

    /**
     * The table, constraints and indexes sorted by name in Java (not by the server's collation), so that equal
     * schemas give equal records on any server.
     */
    Table build() {
        return new Table(name, columns, primaryKey, sorted(uniques, UniqueConstraint::name), sorted(indexes, Index::name),
                sorted(foreignKeys, ForeignKey::name), sorted(checks, CheckConstraint::name), comment);
    }

    private static <T> List<T> sorted(List<T> items, Function<T, String> name) {
        return items.stream().sorted(Comparator.comparing(name)).toList();
    }
}
