package io.wataomi.core.diff;

import io.wataomi.core.model.Catalog;
import io.wataomi.core.model.CheckConstraint;
import io.wataomi.core.model.ForeignKey;
import io.wataomi.core.model.Index;
import io.wataomi.core.model.PrimaryKey;
import io.wataomi.core.model.QualifiedName;
import io.wataomi.core.model.Table;
import io.wataomi.core.model.UniqueConstraint;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Applies confirmed renames to the database's catalog, so the diff sees the renamed objects as unchanged. */
final class RenameApplier {
    /** The rename operations and the catalog as it will be after them. */
    record Result(List<Operation> operations, Catalog renamed) {
    }

    static Result apply(Catalog current, Renames renames) {
        List<Operation> ops = new ArrayList<>();
        Catalog catalog = current;
        for (Renames.ColumnRename r : renames.columns()) {
            ops.add(new Operation.RenameColumn(r.table(), r.from(), r.to()));
            catalog = renameColumn(catalog, r);
        }
        for (Renames.TableRename r : renames.tables()) {
            ops.add(new Operation.RenameTable(r.from(), r.to()));
            catalog = renameTable(catalog, r);
        }
        return new Result(ops, catalog);
    }

    private static Catalog renameTable(Catalog catalog, Renames.TableRename r) {
        QualifiedName to = new QualifiedName(r.from().schema(), r.to());
        List<Table> tables = new ArrayList<>();
        for (Table t : catalog.tables().values()) {
            Table moved = t.name().equals(r.from()) ? t.withName(to) : t;
            tables.add(withForeignKeys(moved, fk -> fk.target().equals(r.from())
                    ? new ForeignKey(fk.name(), fk.columns(), to, fk.targetColumns(), fk.onDelete(), fk.onUpdate(),
                    fk.deferrable(), fk.initiallyDeferred()) : fk));
        }
        return Catalog.of(catalog.schemas(), tables, catalog.sequences().values(), catalog.enums().values(), catalog.views().values());
    }

    private static Catalog renameColumn(Catalog catalog, Renames.ColumnRename r) {
        UnaryOperator<String> name = c -> c.equals(r.from()) ? r.to() : c;
        List<Table> tables = new ArrayList<>();
        for (Table t : catalog.tables().values()) {
            Table changed = t;
            if (t.name().equals(r.table())) {
                changed = new Table(t.name(), t.columns().stream().map(c -> c.name().equals(r.from()) ? c.withName(r.to()) : c).toList(),
                        t.primaryKey() == null ? null : new PrimaryKey(t.primaryKey().name(), map(t.primaryKey().columns(), name)),
                        t.uniques().stream().map(u -> new UniqueConstraint(u.name(), map(u.columns(), name), u.nullsNotDistinct())).toList(),
                        t.indexes().stream().map(i -> renameInIndex(i, r.from(), r.to())).toList(),
                        t.foreignKeys().stream().map(fk -> new ForeignKey(fk.name(), map(fk.columns(), name), fk.target(),
                                fk.targetColumns(), fk.onDelete(), fk.onUpdate(), fk.deferrable(), fk.initiallyDeferred())).toList(),
                        t.checks().stream().map(c -> new CheckConstraint(c.name(), replaceIdentifier(c.expression(), r.from(), r.to()))).toList(),
                        t.comment());
            }
            tables.add(withForeignKeys(changed, fk -> fk.target().equals(r.table())
                    ? new ForeignKey(fk.name(), fk.columns(), fk.target(), map(fk.targetColumns(), name), fk.onDelete(),
                    fk.onUpdate(), fk.deferrable(), fk.initiallyDeferred()) : fk));
        }
        return Catalog.of(catalog.schemas(), tables, catalog.sequences().values(), catalog.enums().values(), catalog.views().values());
    }

    private static Index renameInIndex(Index i, String from, String to) {
        return new Index(i.name(), i.columns().stream().map(c -> replaceIdentifier(c, from, to)).toList(), i.unique(),
                i.expression(), i.method(), i.where() == null ? null : replaceIdentifier(i.where(), from, to),
                replaceIdentifier(i.definition(), from, to));
    }

    /** Replaces an identifier, bare or double-quoted, where it stands as a whole word. */
    static String replaceIdentifier(String text, String from, String to) {
        String quotedTo = Matcher.quoteReplacement(to.matches("[a-z_][a-z0-9_]*") ? to : "\"" + to.replace("\"", "\"\"") + "\"");
        String replaced = text.replace("\"" + from.replace("\"", "\"\"") + "\"", quotedTo);
        return Pattern.compile("(?<![\\w\".])" + Pattern.quote(from) + "(?![\\w\"(])").matcher(replaced).replaceAll(quotedTo);
    }

    private static Table withForeignKeys(Table t, UnaryOperator<ForeignKey> change) {
        return new Table(t.name(), t.columns(), t.primaryKey(), t.uniques(), t.indexes(),
                t.foreignKeys().stream().map(change).toList(), t.checks(), t.comment());
    }

    private static List<String> map(List<String> names, UnaryOperator<String> f) {
        return names.stream().map(f).toList();
    }

    private RenameApplier() {
    }
}
