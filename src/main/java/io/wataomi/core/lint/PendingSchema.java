package io.wataomi.core.lint;

import io.wataomi.core.lint.Ddl.AddCheck;
import io.wataomi.core.lint.Ddl.AddColumn;
import io.wataomi.core.lint.Ddl.CreateIndex;
import io.wataomi.core.lint.Ddl.CreateTable;
import io.wataomi.core.lint.Ddl.DropTable;
import io.wataomi.core.lint.Ddl.RenameTable;
import io.wataomi.core.lint.Ddl.SetNotNull;
import io.wataomi.core.lint.Ddl.ValidateConstraint;
import io.wataomi.core.model.QualifiedName;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What the pending statements read so far do to the schema, so that each later one is judged on the tables it will
 * meet: tables created (new, empty, seen by nobody), dropped or renamed, indexes created, columns added, and columns
 * proven not null by a validated check.
 */
final class PendingSchema {
    private final Set<QualifiedName> created = new HashSet<>();
    private final Set<QualifiedName> dropped = new HashSet<>();
    /** A table's name now -> its name in the live database. */
    private final Map<QualifiedName, QualifiedName> renamed = new HashMap<>();
    private final Map<QualifiedName, QualifiedName> indexes = new HashMap<>();
    private final Map<QualifiedName, Map<String, String>> addedTypes = new HashMap<>();
    private final Map<QualifiedName, Set<String>> notNull = new HashMap<>();
    /** Checks (column IS NOT NULL) added NOT VALID, by table and constraint name, until validated. */
    private final Map<QualifiedName, Map<String, String>> unvalidated = new HashMap<>();

    /** The live database's name of the table a name denotes now; null for a table created or dropped by the pending statements. */
    QualifiedName live(QualifiedName table) {
        return created.contains(table) || dropped.contains(table) ? null : renamed.getOrDefault(table, table);
    }

    /** The table of an index created by the pending statements, or null. */
    QualifiedName indexTable(QualifiedName index) {
        return indexes.get(index);
    }

    /** The type of a column the pending statements added, or null. */
    String addedType(QualifiedName table, String column) {
        return addedTypes.getOrDefault(table, Map.of()).get(column);
    }

    /** True when a pending statement proved the column holds no null (a validated check, SET NOT NULL). */
    boolean provenNotNull(QualifiedName table, String column) {
        return notNull.getOrDefault(table, Set.of()).contains(column);
    }

    /** Records what an action does. */
    void apply(Ddl action) {
        if (action instanceof CreateTable t) {
            created.add(t.table());
            dropped.remove(t.table());
        } else if (action instanceof DropTable t) {
            created.remove(t.table());
            renamed.remove(t.table());
            dropped.add(t.table());
        } else if (action instanceof RenameTable t) {
            QualifiedName now = new QualifiedName(t.table().schema(), t.newName());
            if (created.remove(t.table())) {
                created.add(now);
            } else {
                renamed.put(now, renamed.getOrDefault(t.table(), t.table()));
            }
        } else if (action instanceof CreateIndex i && i.index() != null) {
            indexes.put(i.index(), i.table());
        } else if (action instanceof AddColumn c) {
            addedTypes.computeIfAbsent(c.table(), k -> new HashMap<>()).put(c.column(), c.type());
        } else if (action instanceof AddCheck c && c.notNullColumn() != null) {
            if (c.notValid()) {
                unvalidated.computeIfAbsent(c.table(), k -> new HashMap<>()).put(c.name(), c.notNullColumn());
            } else {
                notNull(c.table()).add(c.notNullColumn());
            }
        } else if (action instanceof ValidateConstraint v) {
            String column = unvalidated.getOrDefault(v.table(), new HashMap<>()).remove(v.name());
            if (column != null) {
                notNull(v.table()).add(column);
            }
        } else if (action instanceof SetNotNull s) {
            notNull(s.table()).add(s.column());
        }
    }

    private Set<String> notNull(QualifiedName table) {
        return notNull.computeIfAbsent(table, k -> new HashSet<>());
    }
}
