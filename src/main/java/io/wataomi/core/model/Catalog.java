package io.wataomi.core.model;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Everything read from one database's catalog for a set of schemas, keyed by qualified name. */
public record Catalog(List<String> schemas, SortedMap<QualifiedName, Table> tables,
                      SortedMap<QualifiedName, Sequence> sequences, SortedMap<QualifiedName, EnumType> enums,
                      SortedMap<QualifiedName, View> views) {
    public Catalog {
        schemas = List.copyOf(schemas);
        tables = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(tables));
        sequences = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(sequences));
        enums = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(enums));
        views = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(views));
    }

    /** A catalog built from lists. */
    public static Catalog of(List<String> schemas, Collection<Table> tables, Collection<Sequence> sequences,
                             Collection<EnumType> enums, Collection<View> views) {
        return new Catalog(schemas, index(tables, Table::name), index(sequences, Sequence::name),
                index(enums, EnumType::name), index(views, View::name));
    }

    private static <T> SortedMap<QualifiedName, T> index(Collection<T> items, Function<T, QualifiedName> key) {
        return items.stream().collect(Collectors.toMap(key, Function.identity(), (a, b) -> a, TreeMap::new));
    }

    /** The table of that name. */
    public Optional<Table> table(QualifiedName name) {
        return Optional.ofNullable(tables.get(name));
    }

    /** An empty catalog. */
    public static Catalog empty(List<String> schemas) {
        return of(schemas, List.of(), List.of(), List.of(), List.of());
    }

    /** True when there is no table, sequence or enum (views aside). */
    public boolean isEmpty() {
        return tables.isEmpty() && sequences.isEmpty() && enums.isEmpty();
    }
}
