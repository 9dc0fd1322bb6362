package io.wataomi.core.shared;

import java.util.ArrayList;
import java.util.List;

/** Aligned text columns for terminal output. */
public final class TextTable {
    private final List<String[]> rows = new ArrayList<>();

    /** Adds a row; the last cell is never padded. */
    public TextTable row(String... cells) {
        rows.add(cells);
        return this;
    }

    /** The rows as lines, each column as wide as its widest cell. */
    public List<String> lines() {
        int columns = rows.stream().mapToInt(r -> r.length).max().orElse(0);
        int[] width = new int[columns];
        for (String[] r : rows) {
            for (int i = 0; i < r.length - 1; i++) {
                width[i] = Math.max(width[i], r[i].length());
            }
        }
        List<String> out = new ArrayList<>();
        for (String[] r : rows) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < r.length; i++) {
                sb.append(i < r.length - 1 ? String.format("%-" + Math.max(1, width[i]) + "s  ", r[i]) : r[i]);
            }
            out.add(sb.toString().stripTrailing());
        }
        return out;
    }
}
