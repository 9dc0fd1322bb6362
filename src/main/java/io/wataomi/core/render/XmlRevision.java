package io.wataomi.core.render;

import java.util.List;
import java.util.Map;

/** Writes a revision as a Liquibase XML changelog: Alembic-like header, identifying properties, changeSets, marker. */
final class XmlRevision {
    static final String NAMESPACE_HEADER = "<databaseChangeLog\n"
            + "        xmlns=\"http://www.liquibase.org/xml/ns/dbchangelog\"\n"
            + "        xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
            + "        xsi:schemaLocation=\"http://www.liquibase.org/xml/ns/dbchangelog\n"
            + "            http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-latest.xsd\">\n";

    private XmlRevision() {
    }

    static String render(RevisionHeader h, List<OperationChangeSet> changeSets) {
        return render(h, changeSets, "");
    }

    static String render(RevisionHeader h, List<OperationChangeSet> changeSets, String rawChangeSets) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!--\n");
        sb.append("    ").append(comment(h.message())).append("\n\n");
        sb.append("    Revision ID: ").append(h.id()).append('\n');
        sb.append("    Revises: ").append(h.revises()).append('\n');
        sb.append("    Create Date: ").append(h.createdForPeople()).append('\n');
        sb.append("-->\n").append(NAMESPACE_HEADER).append('\n');
        sb.append("    <!-- Revision identifiers, read by wataomi (standard changelog properties). -->\n");
        for (String[] p : h.properties()) {
            sb.append("    <property name=\"").append(p[0]).append("\" value=\"").append(attribute(p[1])).append("\" global=\"false\"/>\n");
        }
        sb.append('\n');
        if (!rawChangeSets.isBlank()) {
            sb.append(rawChangeSets).append('\n');
        } else if (changeSets.isEmpty()) {
            sb.append("    <!-- Write the upgrade here as changeSets, above the revision marker, e.g.\n")
                    .append("    <changeSet id=\"").append(h.id()).append("-1\" author=\"you\">\n")
                    .append("        <addColumn tableName=\"user\">\n")
                    .append("            <column name=\"bio\" type=\"text\"/>\n")
                    .append("        </addColumn>\n")
                    .append("    </changeSet>\n")
                    .append("    Liquibase derives the rollback of createTable, addColumn, createIndex and the like;\n")
                    .append("    give <sql> and other changes an explicit <rollback>. -->\n\n");
        }
        boolean inTransaction = true;
        for (OperationChangeSet s : changeSets) {
            if (inTransaction && !s.inTransaction()) {
                inTransaction = false;
                sb.append("    <!-- ").append(String.join("\n         ", AfterTransaction.NOTE)).append(" -->\n\n");
            }
            if (!s.notes().isEmpty()) {
                sb.append("    <!-- ").append(comment(String.join("\n         ", s.notes()))).append(" -->\n");
            }
            sb.append("    <changeSet id=\"").append(attribute(s.id())).append("\" author=\"wataomi-create\" objectQuotingStrategy=\"QUOTE_ALL_OBJECTS\"")
                    .append(s.inTransaction() ? "" : " runInTransaction=\"false\"").append(">\n");
            if (s.doneWhen() != null) {
                sb.append("        <preConditions onFail=\"MARK_RAN\" onFailMessage=\"").append(attribute(AfterTransaction.DONE_ALREADY))
                        .append("\">\n            <sqlCheck expectedResult=\"0\">").append(text(s.doneWhen()))
                        .append("</sqlCheck>\n        </preConditions>\n");
            }
            sb.append("        <comment>").append(text(s.comment())).append("</comment>\n");
            s.changes().forEach(n -> node(sb, n, 2));
            if (s.rollback().isEmpty()) {
                sb.append("        <rollback/>\n");
            } else {
                sb.append("        <rollback>\n");
                s.rollback().forEach(n -> node(sb, n, 3));
                sb.append("        </rollback>\n");
            }
            sb.append("    </changeSet>\n\n");
        }
        sb.append("    <!-- ").append(AfterTransaction.marker(changeSets)).append(" -->\n");
        sb.append("    <changeSet id=\"").append(h.id()).append("\" author=\"wataomi\">\n");
        sb.append("        <comment>").append(text("Revision " + h.id() + ": " + h.message())).append("</comment>\n");
        sb.append("    </changeSet>\n</databaseChangeLog>\n");
        return sb.toString();
    }

    private static void node(StringBuilder sb, ChangeNode n, int depth) {
        String pad = "    ".repeat(depth);
        sb.append(pad).append('<').append(n.name());
        if (n.text() != null) {
            n.attributes().putIfAbsent("splitStatements", false);
        }
        for (Map.Entry<String, Object> a : n.attributes().entrySet()) {
            sb.append(' ').append(a.getKey()).append("=\"").append(attribute(String.valueOf(a.getValue()))).append('"');
        }
        if (n.text() != null) {
            sb.append('>').append(text(n.text())).append("</").append(n.name()).append(">\n");
        } else if (n.children().isEmpty()) {
            sb.append("/>\n");
        } else {
            sb.append(">\n");
            n.children().forEach(c -> node(sb, c, depth + 1));
            sb.append(pad).append("</").append(n.name()).append(">\n");
        }
    }

    static String attribute(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("\n", "&#10;").replace("\r", "&#13;").replace("\t", "&#9;");
    }

    private static String text(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String comment(String s) {
        String out = s.replace("--", "- -");
        return out.endsWith("-") ? out + " " : out;
    }
}
