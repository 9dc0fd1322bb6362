package io.wataomi.core.autogen;

import io.wataomi.core.autogen.GeneratedModel.Entity;
import io.wataomi.core.autogen.GeneratedModel.Field;
import io.wataomi.core.autogen.GeneratedModel.Keys;
import io.wataomi.core.autogen.GeneratedModel.Kind;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Random entity models and random edits of them, deterministic for a seed: tables of typed columns, many-to-one
 * foreign keys, indexes and unique constraints, every name explicit so that successive models are edits of one schema.
 */
final class EntityModelGenerator {
    private static final int MAX_TABLES = 5;
    private static final int MAX_FIELDS = 8;
    /** Every kind of edit a walk can make. */
    static final List<String> KINDS = List.of("addTable", "dropTable", "dropReferencedTable", "addColumn", "dropColumn",
            "widenString", "narrowString", "numeric", "setNotNull", "dropNotNull", "addIndex", "dropIndex", "addForeignKey",
            "dropForeignKey", "addUnique", "dropUnique", "reorderFields");

    /** The kinds of edit of a walk: the initial model, then {@code steps} steps, as {@link #step} makes them. */
    static List<String> walkKinds(long seed, int steps) {
        EntityModelGenerator g = new EntityModelGenerator(seed);
        Edit e = g.initial();
        List<String> kinds = new ArrayList<>(e.kinds());
        for (int i = 0; i < steps; i++) {
            e = g.step(e.after());
            kinds.addAll(e.kinds());
        }
        return kinds;
    }

    /** One step: what was done, the kinds of edit made, and the model after it. */
    record Edit(String description, List<String> kinds, GeneratedModel after) {
        Edit {
            kinds = List.copyOf(kinds);
        }

        Edit(String description, GeneratedModel after) {
            this(description, List.of(), after);
        }

        Edit ofKind(String kind) {
            return new Edit(description, List.of(kind), after);
        }

        /** Edits made one after the other, as one step. */
        static Edit chain(List<Edit> edits, GeneratedModel after) {
            return new Edit(String.join("; ", edits.stream().map(Edit::description).toList()),
                    edits.stream().flatMap(e -> e.kinds().stream()).toList(), after);
        }
    }

    private final Random random;
    private int counter;

    EntityModelGenerator(long seed) {
        this.random = new Random(seed);
    }

    /** A first model of two or three tables. */
    Edit initial() {
        GeneratedModel m = GeneratedModel.empty();
        List<Edit> done = new ArrayList<>();
        int tables = 2 + random.nextInt(2);
        for (int i = 0; i < tables; i++) {
            Edit e = addTable(m).ofKind("addTable");
            m = e.after();
            done.add(e);
        }
        return Edit.chain(done, m);
    }

    /** One to three random edits of a model. */
    Edit step(GeneratedModel model) {
        int edits = 1 + random.nextInt(3);
        List<Edit> done = new ArrayList<>();
        GeneratedModel m = model;
        for (int i = 0; i < edits; i++) {
            Edit e = edit(m);
            m = e.after();
            done.add(e);
        }
        return Edit.chain(done, m);
    }

    private Edit edit(GeneratedModel m) {
        Map<String, Function<GeneratedModel, Edit>> all = new LinkedHashMap<>();
        all.put("addColumn", this::addColumn);
        all.put("dropColumn", this::dropColumn);
        all.put("stringLength", this::stringLength);
        all.put("numeric", this::numeric);
        all.put("nullable", this::nullable);
        all.put("addIndex", this::addIndex);
        all.put("dropIndex", this::dropIndex);
        all.put("addForeignKey", this::addForeignKey);
        all.put("dropForeignKey", this::dropForeignKey);
        all.put("addTable", this::addTable);
        all.put("dropTable", this::dropTable);
        all.put("addUnique", this::addUnique);
        all.put("dropUnique", this::dropUnique);
        all.put("reorderFields", this::reorderFields);
        List<String> kinds = new ArrayList<>(all.keySet());
        while (true) {
            String kind = kinds.get(random.nextInt(kinds.size()));
            Edit e = all.get(kind).apply(m);
            if (e != null) {
                return e.kinds().isEmpty() ? e.ofKind(kind) : e;
            }
        }
    }

    private String name(String prefix) {
        return prefix + "_" + (++counter);
    }

    private <T> T pick(List<T> items) {
        return items.isEmpty() ? null : items.get(random.nextInt(items.size()));
    }

    private Entity pickEntity(GeneratedModel m, Predicate<Entity> filter) {
        return pick(m.entities().values().stream().filter(filter).toList());
    }

    private Field newBasicField() {
        Kind kind = Kind.values()[random.nextInt(Kind.values().length - 1)];
        boolean nullable = !kind.primitive() && random.nextBoolean();
        int precision = 4 + random.nextInt(15);
        return new Field(name("c"), kind, 10 + random.nextInt(200), precision, random.nextInt(Math.min(precision, 6) + 1),
                nullable, null, null);
    }

    private Field newReference(String target) {
        return new Field(name("c"), Kind.REF, 0, 0, 0, random.nextBoolean(), target, name("fk"));
    }

    private static String describe(Field f) {
        String type = switch (f.kind()) {
            case STRING -> "String(" + f.length() + ")";
            case DECIMAL -> "BigDecimal(" + f.precision() + "," + f.scale() + ")";
            case REF -> "@ManyToOne " + Entity.className(f.target()) + " fk " + f.fkName();
            default -> f.kind().javaType;
        };
        return f.column() + " " + type + (f.nullable() ? " null" : " not null");
    }

    private Edit addTable(GeneratedModel m) {
        if (m.entities().size() >= MAX_TABLES) {
            return null;
        }
        String table = name("t");
        List<Field> fields = new ArrayList<>();
        int n = 1 + random.nextInt(4);
        for (int i = 0; i < n; i++) {
            fields.add(newBasicField());
        }
        List<String> targets = new ArrayList<>(m.entities().keySet());
        if (!targets.isEmpty() && random.nextBoolean()) {
            fields.add(newReference(pick(targets)));
        }
        Entity e = new Entity(table, fields, List.of(), List.of());
        String columns = String.join(", ", fields.stream().map(EntityModelGenerator::describe).toList());
        return new Edit("add table " + table + " (" + columns + ")", m.with(e));
    }

    private Edit dropTable(GeneratedModel m) {
        if (m.entities().size() <= 1) {
            return null;
        }
        String table = pick(new ArrayList<>(m.entities().keySet()));
        SortedMap<String, Entity> rest = new TreeMap<>(m.entities());
        rest.remove(table);
        List<String> refs = new ArrayList<>();
        for (Entity e : List.copyOf(rest.values())) {
            Entity kept = e;
            for (Field f : e.fields()) {
                if (f.kind() == Kind.REF && f.target().equals(table)) {
                    kept = kept.without(f.column());
                    refs.add(e.table() + "." + f.column());
                }
            }
            rest.put(e.table(), kept);
        }
        String what = "drop table " + table + (refs.isEmpty() ? "" : " and the references " + refs);
        return new Edit(what, new GeneratedModel(rest)).ofKind(refs.isEmpty() ? "dropTable" : "dropReferencedTable");
    }

    private Edit addColumn(GeneratedModel m) {
        Entity e = pickEntity(m, x -> x.fields().size() < MAX_FIELDS);
        if (e == null) {
            return null;
        }
        Field f = newBasicField();
        return new Edit("add column " + e.table() + "." + describe(f), m.with(e.withFields(append(e.fields(), f))));
    }

    private Edit dropColumn(GeneratedModel m) {
        Entity e = pickEntity(m, x -> x.fields().stream().anyMatch(f -> f.kind() != Kind.REF));
        if (e == null) {
            return null;
        }
        Field f = pick(e.fields().stream().filter(x -> x.kind() != Kind.REF).toList());
        return new Edit("drop column " + e.table() + "." + f.column(), m.with(e.without(f.column())));
    }

    private Edit addForeignKey(GeneratedModel m) {
        Entity e = pickEntity(m, x -> x.fields().size() < MAX_FIELDS);
        if (e == null) {
            return null;
        }
        Field f = newReference(pick(new ArrayList<>(m.entities().keySet())));
        return new Edit("add foreign key " + e.table() + "." + describe(f), m.with(e.withFields(append(e.fields(), f))));
    }

    private Edit dropForeignKey(GeneratedModel m) {
        Entity e = pickEntity(m, x -> x.fields().stream().anyMatch(f -> f.kind() == Kind.REF));
        if (e == null) {
            return null;
        }
        Field f = pick(e.fields().stream().filter(x -> x.kind() == Kind.REF).toList());
        String what = "drop foreign key " + e.table() + "." + f.column() + " (" + f.fkName() + ")";
        return new Edit(what, m.with(e.without(f.column())));
    }

    private Edit stringLength(GeneratedModel m) {
        boolean widen = random.nextBoolean();
        Edit e = changeField(m, f -> f.kind() == Kind.STRING && (widen || f.length() >= 4), f -> f.withLength(widen
                ? f.length() + 1 + random.nextInt(100) : Math.max(1, f.length() / 2 - random.nextInt(5))));
        return e == null ? null : e.ofKind(widen ? "widenString" : "narrowString");
    }

    private Edit numeric(GeneratedModel m) {
        return changeField(m, f -> f.kind() == Kind.DECIMAL, f -> {
            int precision = 4 + random.nextInt(15);
            int scale = random.nextInt(Math.min(precision, 6) + 1);
            boolean same = precision == f.precision() && scale == f.scale();
            return f.withNumeric(same ? precision + 1 : precision, scale);
        });
    }

    private Edit nullable(GeneratedModel m) {
        Entity e = pickEntity(m, x -> !x.fields().isEmpty());
        if (e == null) {
            return null;
        }
        Field f = pick(e.fields());
        Field changed = switch (f.kind()) {
            case INT -> f.withKind(Kind.INTEGER).withNullable(true);
            case BOOLEAN -> f.withKind(Kind.BOXED_BOOLEAN).withNullable(true);
            default -> f.withNullable(!f.nullable());
        };
        return altered(m, e, f, changed).ofKind(changed.nullable() ? "dropNotNull" : "setNotNull");
    }

    private Edit changeField(GeneratedModel m, Predicate<Field> which, Function<Field, Field> change) {
        Entity e = pickEntity(m, x -> x.fields().stream().anyMatch(which));
        if (e == null) {
            return null;
        }
        Field f = pick(e.fields().stream().filter(which).toList());
        return altered(m, e, f, change.apply(f));
    }

    private static Edit altered(GeneratedModel m, Entity e, Field f, Field changed) {
        return new Edit("alter " + e.table() + "." + describe(f) + " -> " + describe(changed),
                m.with(e.withFields(replace(e.fields(), changed))));
    }

    private Edit addIndex(GeneratedModel m) {
        return addKeys(m, false);
    }

    private Edit addUnique(GeneratedModel m) {
        return addKeys(m, true);
    }

    private Edit addKeys(GeneratedModel m, boolean unique) {
        Entity e = pickEntity(m, x -> !x.fields().isEmpty());
        if (e == null) {
            return null;
        }
        List<String> columns = new ArrayList<>(e.fields().stream().map(Field::column).toList());
        Collections.shuffle(columns, random);
        List<String> chosen = List.copyOf(columns.subList(0, Math.min(columns.size(), 1 + random.nextInt(2))));
        List<Keys> existing = unique ? e.uniques() : e.indexes();
        if (existing.stream().anyMatch(k -> k.columns().equals(chosen))) {
            return null;
        }
        Keys k = new Keys(name(unique ? "uq" : "ix"), chosen);
        Entity changed = unique ? e.withUniques(append(e.uniques(), k)) : e.withIndexes(append(e.indexes(), k));
        String what = "add " + (unique ? "unique constraint " : "index ") + k.name() + " on " + e.table() + chosen;
        return new Edit(what, m.with(changed));
    }

    private Edit dropIndex(GeneratedModel m) {
        Entity e = pickEntity(m, x -> !x.indexes().isEmpty());
        if (e == null) {
            return null;
        }
        Keys k = pick(e.indexes());
        return new Edit("drop index " + k.name() + " on " + e.table(), m.with(e.withIndexes(remove(e.indexes(), k))));
    }

    private Edit dropUnique(GeneratedModel m) {
        Entity e = pickEntity(m, x -> !x.uniques().isEmpty());
        if (e == null) {
            return null;
        }
        Keys k = pick(e.uniques());
        String what = "drop unique constraint " + k.name() + " on " + e.table();
        return new Edit(what, m.with(e.withUniques(remove(e.uniques(), k))));
    }

    /** No schema change: the same fields in the reverse source order. */
    private Edit reorderFields(GeneratedModel m) {
        Entity e = pickEntity(m, x -> x.fields().size() > 1);
        if (e == null) {
            return null;
        }
        List<Field> reversed = new ArrayList<>(e.fields());
        Collections.reverse(reversed);
        return new Edit("reorder the fields of " + e.className() + " (no schema change)", m.with(e.withFields(reversed)));
    }

    private static <T> List<T> append(List<T> list, T item) {
        List<T> out = new ArrayList<>(list);
        out.add(item);
        return out;
    }

    private static <T> List<T> remove(List<T> list, T item) {
        List<T> out = new ArrayList<>(list);
        out.remove(item);
        return out;
    }

    private static List<Field> replace(List<Field> fields, Field changed) {
        return fields.stream().map(f -> f.column().equals(changed.column()) ? changed : f).toList();
    }
}
