package io.wataomi.core.render;

import java.util.List;

/** Writes a revision as a Liquibase formatted-SQL changelog: one changeset per operation with its --rollback lines. */
final class SqlRevision {
    private SqlRevision() {
    }

    static String render(RevisionHeader h, List<OperationChangeSet> changeSets) {
        StringBuilder sb = new StringBuilder("--liquibase formatted sql\n\n");
        // Labelled: outside a changeset Liquibase reads "-- comment ..." or "-- changeset ..." as a directive and refuses the file.
        sb.append("-- Message: ").append(oneLine(h.message())).append("\n--\n");
        sb.append("-- Revision ID: ").append(h.id()).append('\n');
        sb.append("-- Revises: ").append(h.revises()).append('\n');
        sb.append("-- Create Date: ").append(h.createdForPeople()).append("\n\n");
        sb.append("-- Revision identifiers, read by wataomi (standard changelog properties).\n");
        for (String[] p : h.properties()) {
            sb.append("--property name:").append(p[0]).append(" value:").append(oneLine(p[1])).append(" global:false\n");
        }
        sb.append('\n');
        if (changeSets.isEmpty()) {
            sb.append("-- Write the upgrade here as changesets, above the revision marker, e.g.\n")
                    .append("-- --changeset you:").append(h.id()).append("-1\n")
                    .append("-- ALTER TABLE \"user\" ADD COLUMN bio text;\n")
                    .append("-- --rollback ALTER TABLE \"user\" DROP COLUMN bio;\n\n");
        }
        boolean inTransaction = true;
        for (OperationChangeSet s : changeSets) {
            if (inTransaction && !s.inTransaction()) {
                inTransaction = false;
                AfterTransaction.NOTE.forEach(line -> sb.append("-- ").append(line).append('\n'));
                sb.append('\n');
            }
            s.notes().forEach(line -> sb.append("-- ").append(oneLine(line)).append('\n'));
            sb.append("--changeset wataomi-create:").append(s.id()).append(" splitStatements:true")
                    .append(s.inTransaction() ? "" : " runInTransaction:false").append('\n');
            if (s.doneWhen() != null) {
                sb.append("--preconditions onFail:MARK_RAN\n--precondition-sql-check expectedResult:0 ").append(oneLine(s.doneWhen())).append('\n');
            }
            sb.append("--comment: ").append(oneLine(s.comment())).append('\n');
            for (String stmt : s.sql()) {
                sb.append(stmt).append(";\n");
            }
            if (s.rollbackSql().isEmpty()) {
                sb.append("--rollback empty\n");
            }
            for (String stmt : s.rollbackSql()) {
                for (String line : (stmt + ";").split("\n")) {
                    sb.append("--rollback ").append(line).append('\n');
                }
            }
            sb.append('\n');
        }
        sb.append("-- ").append(AfterTransaction.marker(changeSets)).append("\n");
        sb.append("--changeset wataomi:").append(h.id()).append('\n');
        sb.append("--comment: Revision ").append(h.id()).append(": ").append(oneLine(h.message())).append('\n');
        sb.append("SELECT 1;\n--rollback SELECT 1;\n");
        return sb.toString();
    }

    private static String oneLine(String s) {
        return s.replace('\n', ' ').replace('\r', ' ');
    }
}
