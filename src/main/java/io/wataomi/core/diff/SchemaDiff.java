package io.wataomi.core.diff;

import io.wataomi.core.diff.PhasedOperations.Phase;
import io.wataomi.core.model.Catalog;
import io.wataomi.core.model.Column;
import io.wataomi.core.model.EnumType;
import io.wataomi.core.model.ForeignKey;
import io.wataomi.core.model.QualifiedName;
import io.wataomi.core.model.Sequence;
import io.wataomi.core.model.Table;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Compares the database's catalog with the entities' catalog and orders the operations between them. */
public final class SchemaDiff {
    private SchemaDiff() {
    }

    /** The operations that turn {@code current} into {@code desired}, renames applied first. */
    public static Diff compare(Catalog current, Catalog target, Renames renames) {
        PhasedOperations ops = new PhasedOperations();
        RenameApplier.Result renamed = RenameApplier.apply(current, renames);
        renamed.operations().forEach(op -> ops.add(Phase.RENAME, op));
        UniqueKinds.Matched matched = UniqueKinds.match(renamed.renamed(), target);
        Catalog cur = matched.current();
        Catalog desired = matched.desired();
        Set<ForeignKeyRef> rebuilt = rebuiltForeignKeys(cur, desired);
        for (Table t : cur.tables().values()) {
            Table wanted = desired.tables().get(t.name());
            if (wanted == null) {
                TableDiff.dropped(t, ops);
            } else {
                TableDiff.compare(t, wanted, rebuilt, ops);
            }
        }
        for (Table t : desired.tables().values()) {
            if (!cur.tables().containsKey(t.name())) {
                TableDiff.created(t, ops);
            }
        }
        for (String schema : desired.schemas()) {
            if (!cur.schemas().contains(schema) && uses(desired, schema)) {
                ops.add(Phase.CREATE_SCHEMA, new Operation.CreateSchema(schema));
            }
        }
        compareSequences(cur, desired, ops);
        compareEnums(cur, desired, ops);
        return new Diff(ops.operations(), RenameHints.find(cur, desired));
    }

    private static boolean uses(Catalog c, String schema) {
        return c.tables().keySet().stream().anyMatch(n -> n.schema().equals(schema))
                || c.sequences().keySet().stream().anyMatch(n -> n.schema().equals(schema))
                || c.enums().keySet().stream().anyMatch(n -> n.schema().equals(schema));
    }

    /** A foreign key by table and name. */
    record ForeignKeyRef(QualifiedName table, String name) {
    }

    /**
     * Foreign keys that must be dropped and added again although unchanged: those whose columns, or whose
     * referenced columns, change type, and those that reference a key being dropped.
     */
    private static Set<ForeignKeyRef> rebuiltForeignKeys(Catalog cur, Catalog desired) {
        Set<String> retyped = new HashSet<>();
        Set<String> rekeyed = new HashSet<>();
        for (Table t : cur.tables().values()) {
            Table wanted = desired.tables().get(t.name());
            if (wanted == null) {
                continue;
            }
            for (Column c : t.columns()) {
                wanted.column(c.name()).filter(w -> !Types.same(w.type(), c.type()) || !Objects.equals(w.generated(), c.generated()))
                        .ifPresent(w -> retyped.add(t.name() + "." + c.name()));
            }
            if (t.primaryKey() != null && !TableDiff.sameKey(t.primaryKey(), wanted.primaryKey())) {
                rekeyed.add(t.name() + "." + t.primaryKey().columns());
            }
            t.uniques().stream().filter(u -> wanted.uniques().stream().noneMatch(w -> w.columns().equals(u.columns())))
                    .forEach(u -> rekeyed.add(t.name() + "." + u.columns()));
        }
        Set<ForeignKeyRef> rebuilt = new HashSet<>();
        for (Table t : cur.tables().values()) {
            for (ForeignKey fk : t.foreignKeys()) {
                boolean touched = fk.columns().stream().anyMatch(c -> retyped.contains(t.name() + "." + c))
                        || fk.targetColumns().stream().anyMatch(c -> retyped.contains(fk.target() + "." + c))
                        || rekeyed.contains(fk.target() + "." + fk.targetColumns());
                if (touched) {
                    rebuilt.add(new ForeignKeyRef(t.name(), fk.name()));
                }
            }
        }
        return rebuilt;
    }

    private static void compareSequences(Catalog cur, Catalog desired, PhasedOperations ops) {
        for (Sequence s : cur.sequences().values()) {
            Sequence wanted = desired.sequences().get(s.name());
            if (s.ownedBy() != null && (wanted == null || !s.ownedBy().equals(wanted.ownedBy()))) {
                ops.add(Phase.RELEASE_SEQUENCE, new Operation.AlterSequence(s, s.withOwner(null)));
            }
            if (wanted == null) {
                ops.add(Phase.DROP_SEQUENCE, new Operation.DropSequence(s.withOwner(null)));
            } else if (!s.withOwner(null).equals(wanted.withOwner(null).withStart(s.start()))) {
                // An existing sequence's START only counts for a RESTART without a value: it is not compared.
                ops.add(Phase.CREATE_SEQUENCE, new Operation.AlterSequence(s.withOwner(null), wanted.withOwner(null).withStart(s.start())));
            }
        }
        for (Sequence s : desired.sequences().values()) {
            Sequence existing = cur.sequences().get(s.name());
            if (existing == null) {
                ops.add(Phase.CREATE_SEQUENCE, new Operation.CreateSequence(s.withOwner(null)));
            }
            if (s.ownedBy() != null && (existing == null || !s.ownedBy().equals(existing.ownedBy()))) {
                Sequence kept = existing == null ? s : s.withStart(existing.start());
                ops.add(Phase.OWN_SEQUENCE, new Operation.AlterSequence(kept.withOwner(null), kept));
            }
        }
    }

    private static void compareEnums(Catalog cur, Catalog desired, PhasedOperations ops) {
        for (EnumType e : cur.enums().values()) {
            EnumType wanted = desired.enums().get(e.name());
            if (wanted == null) {
                ops.add(Phase.DROP_TYPE, new Operation.DropEnum(e));
            } else if (!wanted.labels().equals(e.labels())) {
                ops.add(Phase.CREATE_TYPE, new Operation.AlterEnum(e, wanted, columnsOfType(cur, e)));
            }
        }
        for (EnumType e : desired.enums().values()) {
            if (!cur.enums().containsKey(e.name())) {
                ops.add(Phase.CREATE_TYPE, new Operation.CreateEnum(e));
            }
        }
    }

    private static List<Operation.ColumnRef> columnsOfType(Catalog catalog, EnumType e) {
        List<Operation.ColumnRef> refs = new ArrayList<>();
        Set<String> spellings = Set.of(e.name().name(), e.name().toString(), e.name().quoted(),
                "\"" + e.name().name() + "\"", e.name().schema() + ".\"" + e.name().name() + "\"");
        for (Table t : catalog.tables().values()) {
            for (Column c : t.columns()) {
                if (spellings.contains(c.type())) {
                    refs.add(new Operation.ColumnRef(t.name(), c.name()));
                }
            }
        }
        return refs;
    }
}
