package io.wataomi.core.diff;

import io.wataomi.core.model.Catalog;
import io.wataomi.core.model.CheckConstraint;
import io.wataomi.core.model.ForeignKey;
import io.wataomi.core.model.Identifiers;
import io.wataomi.core.model.Index;
import io.wataomi.core.model.PrimaryKey;
import io.wataomi.core.model.QualifiedName;
import io.wataomi.core.model.Table;
import io.wataomi.core.model.UniqueConstraint;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/** Applies confirmed renames to the database's catalog, so the diff sees the renamed objects as unchanged. */
final class RenameApplier {
    /** A name PostgreSQL prints without quotes (keywords aside). */
    private static final Pattern PLAIN = Pattern.compile("[a-z_][a-z0-9_]*");

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

    /**
     * Replaces a column name in SQL that PostgreSQL printed (a CHECK, an index definition or predicate), bare or
     * double-quoted, where it names a column: not inside a string literal, and not as part of a qualified name, as a
     * type after {@code ::} or as a function name, which may be spelled the same.
     */
    static String replaceIdentifier(String text, String from, String to) {
        String replacement = PLAIN.matcher(to).matches() ? to : Identifiers.quote(to);
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0, end; i < text.length(); i = end) {
            end = tokenEnd(text, i);
            String token = text.substring(i, end);
            boolean named = token.charAt(0) == '"' ? token.equals(Identifiers.quote(from)) : isWordPart(token.charAt(0)) && token.equals(from);
            out.append(named && standsAlone(text, i, end) ? replacement : token);
        }
        return out.toString();
    }

    /** Where the token at {@code i} ends: a string literal, a quoted identifier, a word, or any other one character. */
    private static int tokenEnd(String text, int i) {
        char c = text.charAt(i);
        if (c == '\'' || c == '"') {
            // An E'...' literal escapes with backslashes, so \' does not end it.
            boolean escapes = c == '\'' && i > 0 && Character.toUpperCase(text.charAt(i - 1)) == 'E' && (i == 1 || !isWordPart(text.charAt(i - 2)));
            return closingQuote(text, i, c, escapes);
        }
        int end = i + 1;
        while (isWordPart(c) && end < text.length() && isWordPart(text.charAt(end))) {
            end++;
        }
        return end;
    }

    private static int closingQuote(String text, int open, char quote, boolean escapes) {
        int j = open + 1;
        while (j < text.length()) {
            char c = text.charAt(j);
            if (escapes && c == '\\' || c == quote && j + 1 < text.length() && text.charAt(j + 1) == quote) {
                j += 2;
            } else if (c == quote) {
                return j + 1;
            } else {
                j++;
            }
        }
        return text.length();
    }

    private static boolean isWordPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }

    /** Not qualified ({@code public.x}), not a type ({@code ::x}), not a function ({@code x(}). */
    private static boolean standsAlone(String text, int start, int end) {
        boolean qualified = start > 0 && text.charAt(start - 1) == '.';
        return !qualified && !text.startsWith("::", start - 2) && !(end < text.length() && text.charAt(end) == '(');
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
