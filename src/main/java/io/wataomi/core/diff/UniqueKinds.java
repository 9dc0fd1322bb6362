package io.wataomi.core.diff;

import io.wataomi.core.model.Catalog;
import io.wataomi.core.model.Index;
import io.wataomi.core.model.Table;
import io.wataomi.core.model.UniqueConstraint;

import java.util.ArrayList;
import java.util.List;

/**
 * A UNIQUE constraint and a plain unique index on the same columns enforce the same rule: Hibernate makes the
 * constraint, while Liquibase's {@code createIndex} and many hand-written scripts make the index. When the wanted
 * one's name is made up, the live one of the other kind is the same object, and neither is compared further.
 */
final class UniqueKinds {
    private UniqueKinds() {
    }

    /** Both catalogs, without the unique constraints and indexes that match one of the other kind. */
    record Matched(Catalog current, Catalog desired) {
    }

    static Matched match(Catalog current, Catalog desired) {
        List<Table> cur = new ArrayList<>(current.tables().values());
        List<Table> want = new ArrayList<>(desired.tables().values());
        boolean changed = false;
        for (int i = 0; i < cur.size(); i++) {
            Table c = cur.get(i);
            Table w = desired.tables().get(c.name());
            if (w == null) {
                continue;
            }
            Pair pair = match(c, w);
            if (pair.current() != c) {
                cur.set(i, pair.current());
                want.set(want.indexOf(w), pair.wanted());
                changed = true;
            }
        }
        return changed ? new Matched(with(current, cur), with(desired, want)) : new Matched(current, desired);
    }

    private static Catalog with(Catalog c, List<Table> tables) {
        return Catalog.of(c.schemas(), tables, c.sequences().values(), c.enums().values(), c.views().values());
    }

    private record Pair(Table current, Table wanted) {
    }

    /** The current and the wanted table without their pairs across kinds; the same tables when there is none. */
    private static Pair match(Table cur, Table want) {
        List<UniqueConstraint> curUniques = new ArrayList<>(cur.uniques());
        List<Index> curIndexes = new ArrayList<>(cur.indexes());
        List<UniqueConstraint> wantUniques = new ArrayList<>(want.uniques());
        List<Index> wantIndexes = new ArrayList<>(want.indexes());
        for (UniqueConstraint u : want.uniques()) {
            if (u.implicitName() && !u.nullsNotDistinct() && curUniques.stream().noneMatch(c -> sameRule(c, u.columns()))) {
                curIndexes.stream().filter(i -> sameRule(i, u.columns())).findFirst().ifPresent(i -> {
                    curIndexes.remove(i);
                    wantUniques.remove(u);
                });
            }
        }
        for (Index i : want.indexes()) {
            if (i.implicitName() && sameRule(i, i.columns()) && curIndexes.stream().noneMatch(c -> sameRule(c, i.columns()))) {
                curUniques.stream().filter(u -> sameRule(u, i.columns())).findFirst().ifPresent(u -> {
                    curUniques.remove(u);
                    wantIndexes.remove(i);
                });
            }
        }
        if (curUniques.size() == cur.uniques().size() && curIndexes.size() == cur.indexes().size()) {
            return new Pair(cur, want);
        }
        return new Pair(
                new Table(cur.name(), cur.columns(), cur.primaryKey(), curUniques, curIndexes, cur.foreignKeys(), cur.checks(), cur.comment()),
                new Table(want.name(), want.columns(), want.primaryKey(), wantUniques, wantIndexes, want.foreignKeys(), want.checks(),
                        want.comment()));
    }

    private static boolean sameRule(UniqueConstraint u, List<String> columns) {
        return !u.nullsNotDistinct() && u.columns().equals(columns);
    }

    /** A unique btree index on exactly these columns, ascending, whole-table, with nothing included. */
    private static boolean sameRule(Index i, List<String> columns) {
        if (!i.unique() || !i.plain() || !i.columns().equals(columns)) {
            return false;
        }
        int using = i.definition().indexOf(" USING ");
        return using >= 0 && i.definition().substring(using + " USING ".length()).replace("\"", "")
                .equals("btree (" + String.join(", ", columns) + ")");
    }
}
