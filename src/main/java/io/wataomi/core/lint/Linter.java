package io.wataomi.core.lint;

import io.wataomi.core.lint.SqlParser.Parsed;
import io.wataomi.core.migrate.PendingStatements.Statement;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Judges the pending statements in the order they run. A statement object Liquibase generated is read from its fields
 * when {@link LiquibaseDdl} knows its kind, SQL text otherwise (sql and sqlFile changes, several statements per
 * change); each statement is judged on the schema the earlier ones leave.
 */
final class Linter {
    private final LiquibaseDdl typed;
    private final SqlParser parser;
    private final PendingSchema schema = new PendingSchema();
    private final Reviewer reviewer;

    Linter(String defaultSchema, LiveFacts facts, ReadEvidence reads, Severities severities) {
        this.typed = new LiquibaseDdl(defaultSchema);
        this.parser = new SqlParser(defaultSchema);
        this.reviewer = new Reviewer(facts, schema, reads, severities);
    }

    List<LintedStatement> lint(List<Statement> statements) throws SQLException {
        List<LintedStatement> out = new ArrayList<>();
        String changeSet = null;
        boolean lockTimeout = false;
        for (Statement s : statements) {
            String key = s.revision().id() + "/" + s.changeSet();
            if (!key.equals(changeSet)) {
                changeSet = key;
                lockTimeout = false;
            }
            if (s.failure() != null) {
                out.add(new LintedStatement(s.revision(), s.changeSet(), "", null, "-", Lock.UNKNOWN.label(),
                        Effect.UNKNOWN.label(), List.of(), s.failure()));
                continue;
            }
            for (Parsed p : parse(s)) {
                Reviewer.Review r = reviewer.review(p.actions(), s.inTransaction(), lockTimeout);
                p.actions().forEach(schema::apply);
                lockTimeout = lockTimeout(p.actions(), lockTimeout);
                out.add(new LintedStatement(s.revision(), s.changeSet(), p.sql(), r.table(), r.size(), r.lock().label(),
                        r.effect().label(), r.findings(), r.unread()));
            }
        }
        return out;
    }

    /**
     * The statement object's actions when its kind is read from its fields and they match its SQL texts (all of them for
     * one text, one each for an object that generated one text per column), else the SQL text's.
     */
    private List<Parsed> parse(Statement s) {
        List<Ddl> actions = s.statement() == null ? null : typed.read(s.statement());
        if (actions != null && s.parts() == 1) {
            return List.of(new Parsed(s.sql(), actions));
        }
        if (actions != null && s.parts() == actions.size()) {
            return List.of(new Parsed(s.sql(), List.of(actions.get(s.part()))));
        }
        return parser.parseAll(s.sql());
    }

    /** Whether a lock_timeout is in force after these actions: set to anything but zero. */
    private static boolean lockTimeout(List<Ddl> actions, boolean before) {
        boolean on = before;
        for (Ddl a : actions) {
            if (a instanceof Ddl.Setting setting && "lock_timeout".equals(setting.name())) {
                String value = setting.value() == null ? "0" : setting.value().replace("'", "").strip().toLowerCase(Locale.ROOT);
                on = !value.equals("0") && !value.equals("default");
            }
        }
        return on;
    }
}
