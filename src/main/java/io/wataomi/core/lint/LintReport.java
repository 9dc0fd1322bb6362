package io.wataomi.core.lint;

import io.wataomi.core.shared.TextTable;

import java.util.ArrayList;
import java.util.List;

/** The lint's output for people: one aligned row per statement and per further rule it breaks, then the details. */
final class LintReport {
    private static final int STATEMENT_WIDTH = 48;

    private LintReport() {
    }

    /** The table: revision, changeSet, statement start, lock, rewrite/scan, table size, rule, fix. */
    static List<String> table(List<LintedStatement> statements) {
        TextTable t = new TextTable().row("revision", "changeSet", "statement", "lock", "rewrite/scan", "table (size)", "rule", "fix");
        for (LintedStatement s : statements) {
            String table = s.table() == null ? "-" : s.table() + " (" + s.size() + ")";
            String[] cells = {s.revision().id(), s.changeSet(), start(s.sql()), s.lock(), s.effect(), table};
            if (s.findings().isEmpty()) {
                t.row(cells[0], cells[1], cells[2], cells[3], cells[4], cells[5], "-", "");
            }
            for (int k = 0; k < s.findings().size(); k++) {
                Finding f = s.findings().get(k);
                String rule = f.rule().id() + " (" + f.severity().label() + ")";
                if (k == 0) {
                    t.row(cells[0], cells[1], cells[2], cells[3], cells[4], cells[5], rule, f.rule().fix());
                } else {
                    t.row("", "", "", "", "", "", rule, f.rule().fix());
                }
            }
        }
        return t.lines();
    }

    /** One paragraph per finding: where, what, why, and the fix. */
    static List<String> details(List<LintedStatement> statements, Severity severity) {
        List<String> out = new ArrayList<>();
        for (LintedStatement s : statements) {
            for (Finding f : s.findings()) {
                if (f.severity() == severity) {
                    out.add("- " + f.rule().id() + ": revision " + s.revision().id() + " (" + s.revision().fileName() + "), changeSet "
                            + s.changeSet() + ": " + start(s.sql()) + (s.table() == null ? "" : " on " + s.table() + " (" + s.size() + ")")
                            + ". " + capitalised(f.detail().isEmpty() ? f.rule().why() : f.detail() + "; " + f.rule().why())
                            + ". Fix: " + f.rule().fix() + ".");
                }
            }
        }
        return out;
    }

    /** The start of a statement on one line. */
    static String start(String sql) {
        String line = sql.strip().replaceAll("\\s+", " ");
        return line.length() <= STATEMENT_WIDTH ? line : line.substring(0, STATEMENT_WIDTH - 3) + "...";
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
