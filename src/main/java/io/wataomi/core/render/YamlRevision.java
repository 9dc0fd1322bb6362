package io.wataomi.core.render;

import java.util.List;
import java.util.Map;

/** Writes a revision as a Liquibase YAML changelog, every string double-quoted so no value can change meaning. */
final class YamlRevision {
    private YamlRevision() {
    }

    static String render(RevisionHeader h, List<OperationChangeSet> changeSets) {
        StringBuilder sb = new StringBuilder();
        sb.append("# ").append(oneLine(h.message())).append("\n#\n");
        sb.append("# Revision ID: ").append(h.id()).append('\n');
        sb.append("# Revises: ").append(h.revises()).append('\n');
        sb.append("# Create Date: ").append(h.createdForPeople()).append("\n\n");
        sb.append("databaseChangeLog:\n");
        sb.append("# Revision identifiers, read by wataomi (standard changelog properties).\n");
        for (String[] p : h.properties()) {
            sb.append("- property:\n    name: ").append(p[0]).append("\n    value: ").append(quote(p[1])).append("\n    global: false\n");
        }
        if (changeSets.isEmpty()) {
            sb.append("# Write the upgrade here as changeSets, above the revision marker, each with its rollback.\n");
        }
        boolean inTransaction = true;
        for (OperationChangeSet s : changeSets) {
            if (inTransaction && !s.inTransaction()) {
                inTransaction = false;
                AfterTransaction.NOTE.forEach(line -> sb.append("# ").append(line).append('\n'));
            }
            s.notes().forEach(line -> sb.append("# ").append(oneLine(line)).append('\n'));
            sb.append("- changeSet:\n      id: ").append(quote(s.id())).append("\n      author: wataomi-create\n");
            sb.append("      objectQuotingStrategy: QUOTE_ALL_OBJECTS\n");
            if (!s.inTransaction()) {
                sb.append("      runInTransaction: false\n");
            }
            if (s.doneWhen() != null) {
                sb.append("      preConditions:\n        - onFail: MARK_RAN\n        - onFailMessage: ").append(quote(AfterTransaction.DONE_ALREADY))
                        .append("\n        - sqlCheck:\n            expectedResult: 0\n            sql: ").append(quote(s.doneWhen())).append('\n');
            }
            sb.append("      comment: ").append(quote(s.comment())).append('\n');
            sb.append("      changes:\n");
            s.changes().forEach(n -> item(sb, n, 6));
            sb.append("      rollback:").append(s.rollback().isEmpty() ? " []" : "").append('\n');
            s.rollback().forEach(n -> item(sb, n, 6));
        }
        sb.append("# ").append(AfterTransaction.marker(changeSets)).append("\n");
        sb.append("- changeSet:\n      id: ").append(quote(h.id())).append("\n      author: wataomi\n");
        sb.append("      comment: ").append(quote("Revision " + h.id() + ": " + h.message())).append('\n');
        return sb.toString();
    }

    /** A change as a list item: {@code - name:} then its attributes, columns, constraints or sql text. */
    private static void item(StringBuilder sb, ChangeNode n, int indent) {
        String pad = " ".repeat(indent);
        sb.append(pad).append("- ").append(n.name()).append(":\n");
        body(sb, n, indent + 4);
    }

    private static void body(StringBuilder sb, ChangeNode n, int indent) {
        String pad = " ".repeat(indent);
        for (Map.Entry<String, Object> a : n.attributes().entrySet()) {
            sb.append(pad).append(a.getKey()).append(": ").append(scalar(a.getValue())).append('\n');
        }
        if (n.text() != null) {
            sb.append(pad).append("splitStatements: false\n");
            sb.append(pad).append(n.name()).append(": ").append(quote(n.text())).append('\n');
        }
        boolean columnsOpen = false;
        for (ChangeNode c : n.children()) {
            if (c.name().equals("column")) {
                if (!columnsOpen) {
                    sb.append(pad).append("columns:\n");
                    columnsOpen = true;
                }
                item(sb, c, indent);
            } else {
                sb.append(pad).append(c.name()).append(":\n");
                body(sb, c, indent + 2);
            }
        }
    }

    private static String scalar(Object v) {
        return v instanceof Boolean || v instanceof Number ? v.toString() : quote(String.valueOf(v));
    }

    /** A YAML double-quoted scalar (JSON escaping is valid YAML). */
    static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    private static String oneLine(String s) {
        return s.replace('\n', ' ').replace('\r', ' ');
    }
}
