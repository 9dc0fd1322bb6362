package io.wataomi.core.lint;

import io.wataomi.core.lint.Ddl.CreateTable;
import io.wataomi.core.model.QualifiedName;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The tables and columns a build's entities map, read from the CREATE TABLE statements Hibernate writes for them. */
final class MappedColumns {
    private MappedColumns() {
    }

    static Map<QualifiedName, Set<String>> of(List<String> entityDdl, String defaultSchema) {
        SqlParser parser = new SqlParser(defaultSchema);
        Map<QualifiedName, Set<String>> out = new HashMap<>();
        for (String statement : entityDdl) {
            for (SqlParser.Parsed parsed : parser.parseAll(statement)) {
                parsed.actions().stream().filter(CreateTable.class::isInstance).map(CreateTable.class::cast)
                        .filter(t -> t.table() != null)
                        .forEach(t -> out.put(t.table(), Set.copyOf(t.columns())));
            }
        }
        return out;
    }
}
