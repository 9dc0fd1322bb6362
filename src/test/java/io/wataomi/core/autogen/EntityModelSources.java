package io.wataomi.core.autogen;

import io.wataomi.core.autogen.GeneratedModel.Entity;
import io.wataomi.core.autogen.GeneratedModel.Field;
import io.wataomi.core.autogen.GeneratedModel.Keys;
import io.wataomi.core.autogen.GeneratedModel.Kind;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Renders a generated model as JPA entity sources in one package, every table, column and constraint named. */
final class EntityModelSources {
    private EntityModelSources() {
    }

    /** The sources keyed by fully qualified class name. */
    static Map<String, String> render(GeneratedModel model, String pkg) {
        Map<String, String> out = new LinkedHashMap<>();
        model.entities().values().forEach(e -> out.put(pkg + "." + e.className(), entity(e, pkg)));
        return out;
    }

    private static String entity(Entity e, String pkg) {
        StringBuilder s = new StringBuilder();
        s.append("package ").append(pkg).append(";\n\nimport jakarta.persistence.*;\n\n@Entity\n");
        s.append(table(e)).append("\npublic class ").append(e.className()).append(" {\n");
        s.append("    @Id @Column(name = \"id\") Long id;\n");
        e.fields().forEach(f -> s.append("    ").append(field(f)).append('\n'));
        return s.append("}\n").toString();
    }

    private static String table(Entity e) {
        List<String> parts = new ArrayList<>();
        parts.add("name = \"" + e.table() + "\"");
        if (!e.indexes().isEmpty()) {
            parts.add("indexes = {" + e.indexes().stream().map(k -> "@Index(name = \"" + k.name() + "\", columnList = \""
                    + String.join(", ", k.columns()) + "\")").collect(Collectors.joining(", ")) + "}");
        }
        if (!e.uniques().isEmpty()) {
            parts.add("uniqueConstraints = {" + e.uniques().stream().map(EntityModelSources::unique)
                    .collect(Collectors.joining(", ")) + "}");
        }
        return "@Table(" + String.join(", ", parts) + ")";
    }

    private static String unique(Keys k) {
        return "@UniqueConstraint(name = \"" + k.name() + "\", columnNames = {"
                + k.columns().stream().map(c -> "\"" + c + "\"").collect(Collectors.joining(", ")) + "})";
    }

    private static String field(Field f) {
        String javaName = "f" + f.column().replace("_", "");
        if (f.kind() == Kind.REF) {
            return "@ManyToOne(optional = " + f.nullable() + ") @JoinColumn(name = \"" + f.column() + "\", nullable = "
                    + f.nullable() + ", foreignKey = @ForeignKey(name = \"" + f.fkName() + "\")) "
                    + Entity.className(f.target()) + " " + javaName + ";";
        }
        String column = "@Column(name = \"" + f.column() + "\", nullable = " + f.nullable() + switch (f.kind()) {
            case STRING -> ", length = " + f.length();
            case DECIMAL -> ", precision = " + f.precision() + ", scale = " + f.scale();
            default -> "";
        } + ")";
        return column + " " + f.kind().javaType + " " + javaName + ";";
    }
}
