package io.wataomi.core.render;

import io.wataomi.core.diff.Operation;
import io.wataomi.core.model.QualifiedName;

import java.util.ArrayList;
import java.util.List;

import static io.wataomi.core.model.Identifiers.quote;

/**
 * Changing an enum's labels. PostgreSQL cannot drop or reorder labels, so the type is rebuilt: renamed aside,
 * created anew, its columns converted through text, and the old one dropped. The same shape undoes it.
 */
final class EnumSql {
    private EnumSql() {
    }

    static List<String> alter(Operation.AlterEnum o) {
        QualifiedName type = o.to().name();
        String aside = type.name() + "_wataomi_old";
        List<String> out = new ArrayList<>();
        out.add("ALTER TYPE " + type.quoted() + " RENAME TO " + quote(aside));
        out.add("CREATE TYPE " + type.quoted() + " AS ENUM (" + SqlText.literals(o.to().labels()) + ")");
        for (Operation.ColumnRef c : o.columns()) {
            out.add(SqlText.alter(c.table()) + "ALTER COLUMN " + quote(c.column()) + " TYPE " + type.quoted()
                    + " USING " + quote(c.column()) + "::text::" + type.quoted());
        }
        out.add("DROP TYPE " + new QualifiedName(type.schema(), aside).quoted());
        return out;
    }
}
