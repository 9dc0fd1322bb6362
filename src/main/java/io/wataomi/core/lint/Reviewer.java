package io.wataomi.core.lint;

import io.wataomi.core.lint.Ddl.AddCheck;
import io.wataomi.core.lint.Ddl.AddColumn;
import io.wataomi.core.lint.Ddl.AddForeignKey;
import io.wataomi.core.lint.Ddl.AddUnique;
import io.wataomi.core.lint.Ddl.AlterType;
import io.wataomi.core.lint.Ddl.CreateIndex;
import io.wataomi.core.lint.Ddl.CreateTable;
import io.wataomi.core.lint.Ddl.DropColumn;
import io.wataomi.core.lint.Ddl.DropIndex;
import io.wataomi.core.lint.Ddl.DropTable;
import io.wataomi.core.lint.Ddl.Fixed;
import io.wataomi.core.lint.Ddl.RenameColumn;
import io.wataomi.core.lint.Ddl.RenameTable;
import io.wataomi.core.lint.Ddl.SetNotNull;
import io.wataomi.core.lint.Ddl.ValidateConstraint;
import io.wataomi.core.lint.LiveFacts.TableStats;
import io.wataomi.core.model.QualifiedName;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Judges the actions of one statement: the lock each takes, what it does to the rows, and the rules it breaks on a
 * table that exists in the live database. A table the pending statements created is new: empty and seen by nobody
 * else, so nothing done to it is flagged.
 */
final class Reviewer {
    /**
     * The judgement of one statement.
     *
     * @param table    the table it works on (its first action's), or null
     * @param size     that table's size from the statistics, {@code new}, {@code not in the database}, or {@code -}
     * @param lock     the strongest lock of its actions
     * @param effect   the heaviest work of its actions
     * @param findings the rules it breaks, at their severity
     * @param unread   why some of it could not be read, or empty
     */
    record Review(QualifiedName table, String size, Lock lock, Effect effect, List<Finding> findings, String unread) {
    }

    /** One action's lock and work; the findings go to the list being built. */
    private record Judged(Lock lock, Effect effect) {
    }

    private final LiveFacts facts;
    private final PendingSchema schema;
    private final ReadEvidence reads;
    private final Severities severities;
    private final DefaultVolatility defaults;
    private List<Finding> findings;

    Reviewer(LiveFacts facts, PendingSchema schema, ReadEvidence reads, Severities severities) {
        this.facts = facts;
        this.schema = schema;
        this.reads = reads;
        this.severities = severities;
        this.defaults = new DefaultVolatility(facts);
    }

    /**
     * Judges a statement's actions against the schema as the earlier pending statements leave it.
     *
     * @param inTransaction false in a changeSet with runInTransaction="false"
     * @param lockTimeout   true when the changeSet set a lock_timeout before this statement
     */
    Review review(List<Ddl> actions, boolean inTransaction, boolean lockTimeout) throws SQLException {
        findings = new ArrayList<>();
        Lock lock = Lock.NONE;
        Effect effect = Effect.NONE;
        QualifiedName table = null;
        TableStats stats = null;
        for (Ddl action : actions) {
            Ddl resolved = action instanceof DropIndex d && d.table() == null ? d.on(indexTable(d.index())) : action;
            TableStats s = stats(resolved.table());
            Judged j = judge(resolved, s, inTransaction);
            lock = lock.max(j.lock());
            effect = effect.max(j.effect());
            if (table == null) {
                table = resolved.table();
                stats = s;
            }
        }
        if (stats != null && lock.blocksWrites() && !lockTimeout) {
            add(Rule.REQUIRE_TIMEOUT_SETTINGS, "it takes " + lock.label() + " with no lock_timeout set before it in its changeSet");
        }
        boolean creates = !actions.isEmpty() && actions.get(0) instanceof CreateTable;
        String unread = String.join("; ", actions.stream().filter(Ddl.Unknown.class::isInstance).map(a -> ((Ddl.Unknown) a).reason()).toList());
        return new Review(table, creates ? "new" : size(table, stats), lock, effect, findings, unread);
    }

    private String size(QualifiedName table, TableStats stats) {
        if (table == null) {
            return "-";
        }
        if (schema.live(table) == null) {
            return "new";
        }
        return stats == null ? "not in the database" : Sizes.label(stats);
    }

    private QualifiedName indexTable(QualifiedName index) throws SQLException {
        QualifiedName pending = schema.indexTable(index);
        return pending != null ? pending : facts.indexTable(index);
    }

    /** The live statistics of the table a name denotes now, or null when it is new or not in the database. */
    private TableStats stats(QualifiedName table) throws SQLException {
        QualifiedName live = table == null ? null : schema.live(table);
        return live == null ? null : facts.table(live);
    }

    private Judged judge(Ddl action, TableStats stats, boolean inTransaction) throws SQLException {
        boolean existing = stats != null;
        if (action instanceof CreateIndex i) {
            flagIf(i.concurrently() && inTransaction, Rule.CONCURRENT_INDEX_IN_TRANSACTION, "");
            flagIf(existing && !i.concurrently(), Rule.REQUIRE_CONCURRENT_INDEX_CREATION, "");
            return i.table() == null ? unknown() : new Judged(i.concurrently() ? Lock.SHARE_UPDATE_EXCLUSIVE : Lock.SHARE, Effect.SCAN);
        }
        if (action instanceof DropIndex d) {
            flagIf(d.concurrently() && inTransaction, Rule.CONCURRENT_INDEX_IN_TRANSACTION, "");
            flagIf(existing && !d.concurrently(), Rule.REQUIRE_CONCURRENT_INDEX_DELETION, "");
            return d.table() == null ? new Judged(Lock.UNKNOWN, Effect.NONE)
                    : new Judged(d.concurrently() ? Lock.SHARE_UPDATE_EXCLUSIVE : Lock.ACCESS_EXCLUSIVE, Effect.NONE);
        }
        if (action instanceof AddColumn c) {
            return addColumn(c, stats);
        }
        if (action instanceof AlterType t) {
            Effect effect = existing ? TypeChange.of(t, schema.live(t.table()), facts, schema) : Effect.NONE;
            flagIf(existing && effect != Effect.NONE, Rule.CHANGING_COLUMN_TYPE, effect == Effect.UNKNOWN
                    ? "whether it rewrites cannot be told: PostgreSQL does not know the old or the new type yet" : "");
            return new Judged(Lock.ACCESS_EXCLUSIVE, effect);
        }
        if (action instanceof SetNotNull n) {
            boolean proven = !existing || schema.provenNotNull(n.table(), n.column())
                    || facts.notNullColumns(schema.live(n.table())).contains(n.column());
            flagIf(!proven, Rule.ADDING_NOT_NULLABLE_FIELD, "");
            return new Judged(Lock.ACCESS_EXCLUSIVE, proven ? Effect.NONE : Effect.SCAN);
        }
        return constraintOrRename(action, existing);
    }

    private Judged constraintOrRename(Ddl action, boolean existing) {
        if (action instanceof AddForeignKey f) {
            flagIf(existing && !f.notValid(), Rule.CONSTRAINT_MISSING_NOT_VALID, "");
            return new Judged(Lock.SHARE_ROW_EXCLUSIVE, f.notValid() ? Effect.NONE : Effect.SCAN);
        }
        if (action instanceof AddCheck c) {
            flagIf(existing && !c.notValid(), Rule.CONSTRAINT_MISSING_NOT_VALID, "");
            return new Judged(Lock.ACCESS_EXCLUSIVE, c.notValid() ? Effect.NONE : Effect.SCAN);
        }
        if (action instanceof AddUnique u) {
            flagIf(existing && !u.usingIndex(), Rule.DISALLOWED_UNIQUE_CONSTRAINT, "");
            return new Judged(Lock.ACCESS_EXCLUSIVE, u.usingIndex() ? Effect.NONE : Effect.SCAN);
        }
        if (action instanceof ValidateConstraint) {
            return new Judged(Lock.SHARE_UPDATE_EXCLUSIVE, Effect.SCAN);
        }
        if (action instanceof DropColumn d) {
            stillRead(existing, Rule.DROPPING_COLUMN_STILL_READ, () -> reads.column(schema.live(d.table()), d.column()));
            return new Judged(Lock.ACCESS_EXCLUSIVE, Effect.NONE);
        }
        if (action instanceof RenameColumn r) {
            flagIf(existing, Rule.RENAMING_COLUMN, "");
            stillRead(existing, Rule.DROPPING_COLUMN_STILL_READ, () -> reads.column(schema.live(r.table()), r.column()));
            return new Judged(Lock.ACCESS_EXCLUSIVE, Effect.NONE);
        }
        if (action instanceof DropTable d) {
            stillRead(existing, Rule.DROPPING_TABLE, () -> reads.table(schema.live(d.table())));
            return new Judged(Lock.ACCESS_EXCLUSIVE, Effect.NONE);
        }
        if (action instanceof RenameTable) {
            flagIf(existing, Rule.RENAMING_TABLE, "");
            return new Judged(Lock.ACCESS_EXCLUSIVE, Effect.NONE);
        }
        if (action instanceof CreateTable t) {
            return t.table() == null ? unknown() : new Judged(Lock.ACCESS_EXCLUSIVE, Effect.NONE);
        }
        if (action instanceof Fixed f) {
            return new Judged(f.lock(), f.effect());
        }
        return action instanceof Ddl.Setting ? new Judged(Lock.NONE, Effect.NONE) : unknown();
    }

    private Judged addColumn(AddColumn c, TableStats stats) throws SQLException {
        boolean existing = stats != null;
        Effect defaultEffect = c.perRowValue() ? Effect.REWRITE : defaults.effect(c.defaultValue());
        flagIf(existing && defaultEffect != Effect.NONE, Rule.ADDING_FIELD_WITH_VOLATILE_DEFAULT, defaultEffect == Effect.UNKNOWN
                ? "the default calls " + defaults.unknownFunctions(c.defaultValue()) + ", which the database has no function of yet"
                : "");
        boolean required = c.notNull() && c.defaultValue() == null && !c.perRowValue();
        flagIf(existing && required && stats.mayHaveRows(), Rule.ADDING_NOT_NULLABLE_FIELD,
                "it fails on a table with rows: a NOT NULL column needs a default");
        flagIf(existing && c.indexed(), Rule.DISALLOWED_UNIQUE_CONSTRAINT, "the column is added with UNIQUE or PRIMARY KEY");
        flagIf(existing && c.checked(), Rule.CONSTRAINT_MISSING_NOT_VALID, "the column is added with CHECK or REFERENCES");
        Effect rows = required || c.indexed() || c.checked() ? Effect.SCAN : Effect.NONE;
        return new Judged(Lock.ACCESS_EXCLUSIVE, defaultEffect.max(rows));
    }

    /** Flags a drop or rename of something that exists and is known to be read; the evidence is looked for only then. */
    private void stillRead(boolean existing, Rule rule, Supplier<String> evidence) {
        String found = existing ? evidence.get() : null;
        flagIf(found != null, rule, found);
    }

    private void flagIf(boolean condition, Rule rule, String detail) {
        if (condition) {
            add(rule, detail);
        }
    }

    private void add(Rule rule, String detail) {
        Severity severity = severities.of(rule);
        if (severity != Severity.OFF) {
            findings.add(new Finding(rule, severity, detail));
        }
    }

    private static Judged unknown() {
        return new Judged(Lock.UNKNOWN, Effect.UNKNOWN);
    }
}
