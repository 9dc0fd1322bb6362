package io.wataomi.core.introspect;

import io.wataomi.core.model.CheckConstraint;
import io.wataomi.core.model.Column;
import io.wataomi.core.model.EnumType;
import io.wataomi.core.model.ForeignKey;
import io.wataomi.core.model.Index;
import io.wataomi.core.model.PrimaryKey;
import io.wataomi.core.model.QualifiedName;
import io.wataomi.core.model.Sequence;
import io.wataomi.core.model.UniqueConstraint;

import java.sql.ResultSet;
import java.sql.SQLException;

import static io.wataomi.core.introspect.Statements.strings;

/** Turns the rows of {@link CatalogSql}'s queries into model records (column numbers follow each query). */
final class CatalogRows {
    private CatalogRows() {
    }

    /** A row of {@link CatalogSql#COLUMNS}, from column 2 on. */
    static Column column(ResultSet rs) throws SQLException {
        String expression = rs.getString(5);
        // attgenerated is 's' (stored) or, from PostgreSQL 18, 'v' (virtual); pg_attrdef then holds the expression.
        boolean generated = !rs.getString(7).isEmpty();
        return new Column(rs.getString(2), rs.getString(3), !rs.getBoolean(4), generated ? null : expression,
                identity(rs.getString(6)), generated ? expression : null, rs.getString(8));
    }

    private static Column.Identity identity(String attidentity) {
        return switch (attidentity) {
            case "a" -> Column.Identity.ALWAYS;
            case "d" -> Column.Identity.BY_DEFAULT;
            default -> null;
        };
    }

    /** Adds a row of {@link CatalogSql#CONSTRAINTS}, from column 2 on, to its table. */
    static void constraint(ResultSet rs, TableDraft table) throws SQLException {
        String name = rs.getString(2);
        switch (rs.getString(3)) {
            case "p" -> table.primaryKey(new PrimaryKey(name, strings(rs, 5)));
            case "u" -> table.add(new UniqueConstraint(name, strings(rs, 5), rs.getBoolean(13)));
            case "f" -> table.add(new ForeignKey(name, strings(rs, 5), new QualifiedName(rs.getString(6), rs.getString(7)),
                    strings(rs, 8), action(rs.getString(9)), action(rs.getString(10)), rs.getBoolean(11), rs.getBoolean(12)));
            case "c" -> table.add(new CheckConstraint(name, rs.getString(4)));
            default -> throw new IllegalStateException("unexpected constraint type " + rs.getString(3) + " of " + name);
        }
    }

    /** A foreign key action code of pg_constraint as SQL. */
    static String action(String code) {
        return switch (code) {
            case "a" -> "NO ACTION";
            case "r" -> "RESTRICT";
            case "c" -> "CASCADE";
            case "n" -> "SET NULL";
            case "d" -> "SET DEFAULT";
            default -> throw new IllegalStateException("unknown foreign key action " + code);
        };
    }

    /** A row of {@link CatalogSql#INDEXES}, from column 2 on. */
    static Index index(ResultSet rs) throws SQLException {
        return new Index(rs.getString(2), strings(rs, 7), rs.getBoolean(3), rs.getBoolean(8), rs.getString(4),
                rs.getString(5), rs.getString(6));
    }

    /** A row of {@link CatalogSql#SEQUENCES}. */
    static Sequence sequence(ResultSet rs) throws SQLException {
        String ownerTable = rs.getString(10);
        return new Sequence(new QualifiedName(rs.getString(1), rs.getString(2)), rs.getString(3), rs.getLong(4),
                rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getBoolean(9),
                ownerTable == null ? null : ownerTable + "." + rs.getString(11));
    }

    /** A row of {@link CatalogSql#ENUMS}. */
    static EnumType enumType(ResultSet rs) throws SQLException {
        return new EnumType(new QualifiedName(rs.getString(1), rs.getString(2)), strings(rs, 3));
    }
}
