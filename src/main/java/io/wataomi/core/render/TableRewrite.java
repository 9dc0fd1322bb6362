package io.wataomi.core.render;

import io.wataomi.core.diff.Operation;

import java.util.List;

/** What create says of a type change that rewrites its table: how big the table is, and how to change it without downtime. */
public final class TableRewrite {
    private TableRewrite() {
    }

    /** Two lines: the rewrite and the table's size (or why it is unknown), then the multi-step alternative. */
    public static List<String> warning(Operation.AlterColumnType op, TableSize size) {
        String known = size == null ? "size unknown: not compared with a live database" : size.describe();
        return List.of("REWRITES THE TABLE: " + op.describe() + " rewrites " + op.table() + " (" + known + ") under an ACCESS"
                        + " EXCLUSIVE lock, so no one reads or writes it until the rewrite ends.",
                "Without downtime, change it in steps instead: add a column of the new type; fill it in batches of"
                        + " rows; keep it in step with a trigger (or have the application write both); then swap the two"
                        + " columns in one short transaction and drop the old one.");
    }
}
