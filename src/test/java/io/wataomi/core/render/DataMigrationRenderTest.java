package io.wataomi.core.render;

import io.wataomi.core.diff.Operation;
import io.wataomi.core.model.Column;
import io.wataomi.core.model.QualifiedName;
import liquibase.change.ConstraintsConfig;
import liquibase.change.core.AddColumnChange;
import liquibase.change.core.EmptyChange;
import liquibase.changelog.ChangeSet;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.wataomi.core.render.SafeFormsRenderTest.HEADER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A NOT NULL column without a default added to a table that has rows renders, in every format, as three steps: the column
 * added nullable, an UPDATE whose value is left blank under a commented example with the quoted names, and the NOT NULL
 * (its safe form with safeDdl, after the transaction); each with its explicit rollback.
 */
class DataMigrationRenderTest {
    static final QualifiedName USER = new QualifiedName("public", "user");
    static final Operation.AddColumn ADD_FULL_NAME = new Operation.AddColumn(USER, new Column("full_name", "text", false, null, null, null, null));
    static final String FILL = "UPDATE \"public\".\"user\" SET \"full_name\" = /* the value for the existing rows */ WHERE \"full_name\" IS NULL";
    static final String EXAMPLE = "UPDATE \"public\".\"user\" SET \"full_name\" = concat_ws(' ', \"first_name\", \"last_name\") WHERE \"full_name\" IS NULL";

    private static List<ChangeSet> rendered(Format f, RenderOptions options) {
        String text = RevisionRenderer.render(f, HEADER, List.of(ADD_FULL_NAME), options);
        String comment = switch (f) {
            case XML -> "    <!-- DATA MIGRATION: public.user has rows and full_name is NOT NULL without a default";
            case YAML -> "# DATA MIGRATION: public.user has rows and full_name is NOT NULL without a default";
            case SQL -> "-- DATA MIGRATION: public.user has rows and full_name is NOT NULL without a default";
        };
        assertTrue(text.contains(comment), f + ":\n" + text);
        assertTrue(text.contains(EXAMPLE), "the commented example quotes the names (" + f + "):\n" + text);
        return SafeFormsRenderTest.parse(f, text);
    }

    /**
     * True when the changeSet adds full_name without NOT NULL: Liquibase's addColumn in XML and YAML; in formatted SQL its
     * first statement (the comments above the next changeSet belong to this one's text there).
     */
    private static boolean addsNullable(ChangeSet cs) {
        if (cs.getChanges().get(0) instanceof AddColumnChange add) {
            ConstraintsConfig constraints = add.getColumns().get(0).getConstraints();
            return add.getColumns().get(0).getName().equals("full_name") && (constraints == null || !Boolean.FALSE.equals(constraints.isNullable()));
        }
        String sql = SafeFormsRenderTest.sql(cs);
        String first = sql.substring(0, sql.indexOf(';'));
        return first.contains("ADD COLUMN \"full_name\"") && !first.contains("NOT NULL");
    }

    /** The changeSet's one statement, without the semicolon formatted SQL ends it with. */
    private static String statement(ChangeSet cs) {
        return SafeFormsRenderTest.sql(cs).strip().replaceFirst(";$", "");
    }

    private static long rollbackChanges(ChangeSet cs) {
        return cs.getRollback().getChanges().stream().filter(c -> !(c instanceof EmptyChange)).count();
    }

    @Test
    void withSafeDdlTheFillAndTheNotNullRunAfterTheTransactionThatAddsTheColumnNullable() {
        for (Format f : Format.values()) {
            List<ChangeSet> sets = rendered(f, new RenderOptions(true, Map.of(), Set.of(USER)));
            // add nullable | fill | NOT VALID check | validate | SET NOT NULL, drop the check | marker
            assertEquals(List.of(true, false, false, false, false, true), sets.stream().map(ChangeSet::isRunInTransaction).toList(), f.toString());
            assertTrue(addsNullable(sets.get(0)), f + ": " + SafeFormsRenderTest.sql(sets.get(0)));
            assertEquals(FILL, statement(sets.get(1)), f.toString());
            assertEquals(0, rollbackChanges(sets.get(1)), "the fill's rollback is explicit and empty: the column's drop undoes it");
            assertTrue(SafeFormsRenderTest.sql(sets.get(2)).contains("CHECK (\"full_name\" IS NOT NULL) NOT VALID"), f.toString());
            assertTrue(SafeFormsRenderTest.sql(sets.get(4)).contains("ALTER COLUMN \"full_name\" SET NOT NULL"), f.toString());
            assertEquals(List.of(true, false, true, false, true), sets.subList(0, 5).stream().map(cs -> rollbackChanges(cs) > 0).toList(),
                    "rollbacks: drop the column, nothing, drop the check, nothing, the check back and DROP NOT NULL (" + f + ")");
        }
    }

    @Test
    void withoutSafeDdlTheThreeStepsRunInTheRevisionsTransaction() {
        for (Format f : Format.values()) {
            List<ChangeSet> sets = rendered(f, new RenderOptions(false, Map.of(), Set.of(USER)));
            assertEquals(List.of(true, true, true, true), sets.stream().map(ChangeSet::isRunInTransaction).toList(), f.toString());
            assertTrue(addsNullable(sets.get(0)), f + ": " + SafeFormsRenderTest.sql(sets.get(0)));
            assertEquals(FILL, statement(sets.get(1)), f.toString());
            assertTrue(statement(sets.get(2)).contains("full_name"), f.toString());
        }
    }

    @Test
    void onATableWithoutRowsTheColumnIsAddedNotNullInOneStep() {
        for (Format f : Format.values()) {
            String text = RevisionRenderer.render(f, HEADER, List.of(ADD_FULL_NAME), RenderOptions.SAFE);
            assertFalse(text.contains("DATA MIGRATION") || text.contains("UPDATE"), text);
            assertEquals(2, SafeFormsRenderTest.parse(f, text).size(), f.toString());
        }
        assertEquals(List.of(), RevisionRenderer.toFillIn(List.of(ADD_FULL_NAME), RenderOptions.SAFE));
        assertEquals(List.of("public.user.full_name"), RevisionRenderer.toFillIn(List.of(ADD_FULL_NAME),
                new RenderOptions(true, Map.of(), Set.of(USER))));
    }
}
