package io.wataomi.core.diff;

import io.wataomi.core.model.Catalog;
import io.wataomi.core.model.Column;
import io.wataomi.core.model.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Probable renames: a dropped and an added column of the same type in one table, or a dropped and an added table
 * with the same columns. Reported with the setting that confirms them; never applied without it.
 */
final class RenameHints {
    private RenameHints() {
    }

    static List<String> find(Catalog cur, Catalog desired) {
        List<String> hints = new ArrayList<>();
        List<Table> droppedTables = cur.tables().values().stream().filter(t -> !desired.tables().containsKey(t.name())).toList();
        List<Table> addedTables = desired.tables().values().stream().filter(t -> !cur.tables().containsKey(t.name())).toList();
        for (Table d : droppedTables) {
            for (Table a : addedTables) {
                if (a.name().schema().equals(d.name().schema()) && shape(a).equals(shape(d))) {
                    hints.add(hint("table " + d.name() + " -> " + a.name().name(), d.name().name() + ":" + a.name().name()));
                }
            }
        }
        for (Table t : cur.tables().values()) {
            Table w = desired.tables().get(t.name());
            if (w == null) {
                continue;
            }
            for (Column gone : t.columns()) {
                if (w.column(gone.name()).isPresent()) {
                    continue;
                }
                for (Column added : w.columns()) {
                    if (t.column(added.name()).isEmpty() && added.type().equals(gone.type())) {
                        hints.add(hint("column " + t.name() + "." + gone.name() + " -> " + added.name(),
                                t.name().name() + "." + gone.name() + ":" + added.name()));
                    }
                }
            }
        }
        return hints;
    }

    private static Set<String> shape(Table t) {
        return t.columns().stream().map(c -> c.name() + " " + c.type()).collect(Collectors.toSet());
    }

    private static String hint(String what, String setting) {
        return "Probable rename of " + what + ": the revision drops and adds, losing the data. To rename instead, run again with"
                + " -Dwataomi.renames=" + setting;
    }
}
