package io.wataomi.core.autogen;

import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

/** A generated entity model, entities by table name: what the property test edits and renders as JPA sources. */
record GeneratedModel(SortedMap<String, GeneratedModel.Entity> entities) {
    GeneratedModel {
        entities = Collections.unmodifiableSortedMap(new TreeMap<>(entities));
    }

    GeneratedModel with(Entity e) {
        SortedMap<String, Entity> m = new TreeMap<>(entities);
        m.put(e.table(), e);
        return new GeneratedModel(m);
    }

    /** The same schema whatever the order of fields in the sources. */
    boolean sameSchema(GeneratedModel other) {
        return normal().equals(other.normal());
    }

    /** The columns ({@code table.column}) of tables in both models that {@code after} no longer has. */
    Set<String> droppedColumns(GeneratedModel after) {
        Set<String> out = new TreeSet<>();
        entities.forEach((t, e) -> {
            Entity kept = after.entities().get(t);
            if (kept != null) {
                e.fields().stream().map(Field::column)
                        .filter(c -> kept.fields().stream().noneMatch(f -> f.column().equals(c)))
                        .forEach(c -> out.add(t + "." + c));
            }
        });
        return out;
    }

    private Map<String, Entity> normal() {
        Map<String, Entity> out = new TreeMap<>();
        entities.forEach((t, e) -> out.put(t, e.withFields(e.fields().stream()
                .sorted(Comparator.comparing(Field::column)).toList())));
        return out;
    }

    /** An empty model. */
    static GeneratedModel empty() {
        return new GeneratedModel(new TreeMap<>());
    }

    /** The Java types a column can have; primitives are NOT NULL by Hibernate's rules. */
    enum Kind {
        STRING("String"), INT("int"), INTEGER("Integer"), LONG("Long"), BOOLEAN("boolean"), BOXED_BOOLEAN("Boolean"),
        DECIMAL("java.math.BigDecimal"), DATE("java.time.LocalDate"), INSTANT("java.time.Instant"),
        UUID("java.util.UUID"), REF(null);

        final String javaType;

        Kind(String javaType) {
            this.javaType = javaType;
        }

        boolean primitive() {
            return this == INT || this == BOOLEAN;
        }
    }

    /** A mapped column: a basic attribute, or the join column of a many-to-one ({@code target}, {@code fkName}). */
    record Field(String column, Kind kind, int length, int precision, int scale, boolean nullable, String target,
                 String fkName) {
        Field withNullable(boolean value) {
            return new Field(column, kind, length, precision, scale, value, target, fkName);
        }

        Field withKind(Kind value) {
            return new Field(column, value, length, precision, scale, nullable, target, fkName);
        }

        Field withLength(int value) {
            return new Field(column, kind, value, precision, scale, nullable, target, fkName);
        }

        Field withNumeric(int p, int s) {
            return new Field(column, kind, length, p, s, nullable, target, fkName);
        }
    }

    /** A named column list: an index or a unique constraint. */
    record Keys(String name, List<String> columns) {
    }

    /** One entity: its table, its fields in source order, its indexes and unique constraints. */
    record Entity(String table, List<Field> fields, List<Keys> indexes, List<Keys> uniques) {
        Entity {
            fields = List.copyOf(fields);
            indexes = List.copyOf(indexes);
            uniques = List.copyOf(uniques);
        }

        Entity withFields(List<Field> value) {
            return new Entity(table, value, indexes, uniques);
        }

        Entity withIndexes(List<Keys> value) {
            return new Entity(table, fields, value, uniques);
        }

        Entity withUniques(List<Keys> value) {
            return new Entity(table, fields, indexes, value);
        }

        /** The same entity without a column, and without the indexes and unique constraints that use it. */
        Entity without(String column) {
            Predicate<Keys> keep = k -> !k.columns().contains(column);
            return new Entity(table, fields.stream().filter(f -> !f.column().equals(column)).toList(),
                    indexes.stream().filter(keep).toList(), uniques.stream().filter(keep).toList());
        }

        /** The entity's class name. */
        String className() {
            return className(table);
        }

        static String className(String table) {
            return "E" + table.replace("_", "");
        }
    }
}
