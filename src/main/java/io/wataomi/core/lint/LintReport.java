package io.wataomi.core.lint;

import io.wataomi.core.shared.TextTable;

import java.util.ArrayList;
import java.util.List;

/** The lint's output for people: one aligned row per statement and per further rule it breaks, then the details. */
final class LintReport {
    private static final int STATEMENT_WIDTH = 48;

    private LintReport() {
    }

    /**
     * The table: revision, changeSet, statement start, lock, rewrite/scan, table size, rule, fix; a statement breaking
     * several rules takes one row per rule. A statement that could not be read says why in the fix column.
     */
    static List<String> table(List<LintedStatement> statements) {
        TextTable t = new TextTable().row("revision", "changeSet", "statement", "lock", "rewrite/scan", "table (size)", "rule", "fix");
        for (LintedStatement s : statements) {
            String table = s.table() == null ? "-" : s.table() + " (" + s.size() + ")";
            String rule = "-";
            String fix = s.unread().isEmpty() ? "" : "not read: " + s.unread();
            if (!s.findings().isEmpty()) {
                rule = label(s.findings().get(0));
                fix = s.findings().get(0).rule().fix();
            }
            t.row(s.revision().id(), s.changeSet(), start(s.sql()), s.lock(), s.effect(), table, rule, fix);
            for (Finding f : s.findings().subList(Math.min(1, s.findings().size()), s.findings().size())) {
                t.row("", "", "", "", "", "", label(f), f.rule().fix());
            }
        }
        return t.lines();
    }

    private static String label(Finding f) {
        return f.rule().id() + " (" + f.severity().label() + ")";
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
        return line.length() <= STATEMENT_WIDTH ? line : line.substring(0, STATEMENT_WIDTH - 3).stripTrailing() + "...";
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
