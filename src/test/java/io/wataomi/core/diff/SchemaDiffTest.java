package io.wataomi.core.diff;

import io.wataomi.core.model.Catalog;
import io.wataomi.core.model.CheckConstraint;
import io.wataomi.core.model.Column;
import io.wataomi.core.model.ForeignKey;
import io.wataomi.core.model.Index;
import io.wataomi.core.model.PrimaryKey;
import io.wataomi.core.model.QualifiedName;
import io.wataomi.core.model.Sequence;
import io.wataomi.core.model.Table;
import io.wataomi.core.model.UniqueConstraint;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SchemaDiffTest {
    static final QualifiedName USER = new QualifiedName("public", "user");
    static final QualifiedName POST = new QualifiedName("public", "post");

    static Column col(String name, String type, boolean nullable) {
        return new Column(name, type, nullable, null, null, null, null);
    }

    static Table table(QualifiedName name, List<Column> columns) {
        return new Table(name, columns, new PrimaryKey(name.name() + "_pkey", List.of("id")), List.of(), List.of(), List.of(), List.of(), null);
    }

    static Catalog catalog(Table... tables) {
        return Catalog.of(List.of("public"), List.of(tables), List.of(), List.of(), List.of());
    }

    static List<String> described(Diff d) {
        return d.operations().stream().map(Operation::describe).toList();
    }

    static Table user(Column... extra) {
        List<Column> cols = new ArrayList<>(List.of(col("id", "bigint", false), col("email", "character varying(255)", true)));
        cols.addAll(List.of(extra));
        return table(USER, cols);
    }

    @Test
    void equalCatalogsGiveNoOperation() {
        assertTrue(SchemaDiff.compare(catalog(user()), catalog(user()), Renames.none()).isEmpty());
    }

    @Test
    void addedColumnIsOneAddColumnAndItsReverseDropsIt() {
        Diff d = SchemaDiff.compare(catalog(user()), catalog(user(col("bio", "character varying(255)", true))), Renames.none());
        assertEquals(List.of(new Operation.AddColumn(USER, col("bio", "character varying(255)", true))), d.operations());
        assertEquals(List.of(new Operation.DropColumn(USER, col("bio", "character varying(255)", true))), d.reverse());
        assertTrue(d.destructive().isEmpty());
    }

    @Test
    void typeLengthNullabilityDefaultAndCommentChangesAreEachDetected() {
        Table before = user();
        Table after = table(USER, List.of(col("id", "bigint", false),
                new Column("email", "character varying(100)", false, "'x'::character varying", null, null, "mail")));
        Diff d = SchemaDiff.compare(catalog(before), catalog(after), Renames.none());
        assertEquals(List.of(
                "alter column public.user.email type character varying(255) -> character varying(100)",
                "alter column public.user.email default null -> 'x'::character varying",
                "set not null public.user.email",
                "comment on column public.user.email"), described(d));
        assertEquals(1, d.destructive().size(), "narrowing is destructive");
        Diff widen = SchemaDiff.compare(catalog(after), catalog(before), Renames.none());
        assertTrue(widen.destructive().isEmpty(), widen.destructive().toString());
    }

    @Test
    void numericPrecisionAndIntegerWideningAreNotDestructiveButNarrowingIs() {
        assertTrue(Types.widens("numeric(10,2)", "numeric(12,2)"));
        assertTrue(Types.widens("integer", "bigint"));
        assertTrue(Types.widens("character varying(10)", "text"));
        assertTrue(!Types.widens("numeric(12,2)", "numeric(12,1)"));
        assertTrue(!Types.widens("bigint", "integer"));
        assertTrue(!Types.widens("text", "integer"));
        assertTrue(Types.widens("timestamp with time zone", "timestamp(6) with time zone"));
        assertTrue(!Types.widens("timestamp with time zone", "timestamp(3) with time zone"));
    }

    @Test
    void newTableComesBeforeItsForeignKeyAndDroppedTableAfterDroppingForeignKeys() {
        ForeignKey fk = new ForeignKey("fk_post_user", List.of("user_id"), USER, List.of("id"), "CASCADE", "NO ACTION", false, false);
        Table post = new Table(POST, List.of(col("id", "bigint", false), col("user_id", "bigint", false)),
                new PrimaryKey("post_pkey", List.of("id")), List.of(), List.of(), List.of(fk), List.of(), null);
        Diff create = SchemaDiff.compare(catalog(user()), catalog(user(), post), Renames.none());
        assertEquals(List.of("create table public.post", "add foreign key fk_post_user on public.post [user_id] -> public.user"),
                described(create));
        Diff drop = SchemaDiff.compare(catalog(user(), post), catalog(user()), Renames.none());
        assertEquals(List.of("drop foreign key fk_post_user on public.post", "drop table public.post"), described(drop));
        assertEquals(create.operations(), new Diff(drop.reverse(), List.of()).operations());
    }

    @Test
    void indexesUniquesChecksAndKeysAreComparedAndRenamesOfUnchangedOnesAreRenames() {
        Index ix = new Index("ix_email", List.of("email"), false, false, "btree", null,
                "CREATE INDEX ix_email ON public.\"user\" USING btree (email)");
        Index renamed = new Index("ix_user_email", List.of("email"), false, false, "btree", null,
                "CREATE INDEX ix_user_email ON public.\"user\" USING btree (email)");
        UniqueConstraint uq = new UniqueConstraint("uq_email", List.of("email"), false);
        CheckConstraint ck = new CheckConstraint("ck_id", "CHECK ((id > 0))");
        Table before = new Table(USER, user().columns(), user().primaryKey(), List.of(uq), List.of(ix), List.of(), List.of(ck), null);
        Table after = new Table(USER, user().columns(), new PrimaryKey("pk_user", List.of("id")),
                List.of(), List.of(renamed), List.of(), List.of(new CheckConstraint("ck_id", "CHECK ((id > 1))")), null);
        Diff d = SchemaDiff.compare(catalog(before), catalog(after), Renames.none());
        assertEquals(List.of(
                "drop unique constraint uq_email on public.user",
                "drop check constraint ck_id on public.user",
                "rename index ix_email on public.user to ix_user_email",
                "rename constraint user_pkey on public.user to pk_user",
                "add check constraint ck_id on public.user"), described(d));
    }

    @Test
    void probableRenamesAreHintedAndConfirmedRenamesAreRenames() {
        Table before = user(col("fullname", "text", true));
        Table after = user(col("display_name", "text", true));
        Diff hinted = SchemaDiff.compare(catalog(before), catalog(after), Renames.none());
        assertEquals(List.of("add column public.user.display_name text", "drop column public.user.fullname"), described(hinted));
        assertEquals(1, hinted.hints().size());
        assertTrue(hinted.hints().get(0).contains("-Dwataomi.renames=user.fullname:display_name"), hinted.hints().get(0));
        Renames r = Renames.parse("user.fullname:display_name", catalog(before), catalog(after), "public");
        Diff renamed = SchemaDiff.compare(catalog(before), catalog(after), r);
        assertEquals(List.of(new Operation.RenameColumn(USER, "fullname", "display_name")), renamed.operations());
        assertEquals(List.of(new Operation.RenameColumn(USER, "display_name", "fullname")), renamed.reverse());
    }

    @Test
    void tableRenameCarriesForeignKeysThatPointAtIt() {
        Table people = table(new QualifiedName("public", "people"), user().columns());
        ForeignKey fkOld = new ForeignKey("fk_post_owner", List.of("owner"), USER, List.of("id"), "NO ACTION", "NO ACTION", false, false);
        ForeignKey fkNew = new ForeignKey("fk_post_owner", List.of("owner"), people.name(), List.of("id"), "NO ACTION", "NO ACTION", false, false);
        Table postOld = new Table(POST, List.of(col("id", "bigint", false), col("owner", "bigint", true)),
                new PrimaryKey("post_pkey", List.of("id")), List.of(), List.of(), List.of(fkOld), List.of(), null);
        Table postNew = new Table(POST, postOld.columns(), postOld.primaryKey(), List.of(), List.of(), List.of(fkNew), List.of(), null);
        Table peopleWithOldKey = new Table(people.name(), people.columns(), new PrimaryKey("user_pkey", List.of("id")),
                List.of(), List.of(), List.of(), List.of(), null);
        Catalog before = catalog(user(), postOld);
        Catalog after = catalog(peopleWithOldKey, postNew);
        Diff hinted = SchemaDiff.compare(before, after, Renames.none());
        assertTrue(hinted.hints().stream().anyMatch(h -> h.contains("-Dwataomi.renames=user:people")), hinted.hints().toString());
        Diff d = SchemaDiff.compare(before, after, Renames.parse("user:people", before, after, "public"));
        assertEquals(List.of(new Operation.RenameTable(USER, "people")), d.operations());
    }

    @Test
    void aRenameThatDoesNotFitIsRefusedNamingTheEntry() {
        DiffException e = assertThrows(DiffException.class,
                () -> Renames.parse("user.nosuch:other", catalog(user()), catalog(user()), "public"));
        assertTrue(e.getMessage().contains("user.nosuch:other"), e.getMessage());
        assertThrows(DiffException.class, () -> Renames.parse("oops", catalog(user()), catalog(user()), "public"));
    }

    @Test
    void sequencesAreCreatedAlteredAndDropped() {
        Sequence s = new Sequence(new QualifiedName("public", "tag_seq"), "bigint", 1, 50, 1, Long.MAX_VALUE, 1, false, null);
        Sequence s2 = new Sequence(s.name(), "bigint", 1, 20, 1, Long.MAX_VALUE, 1, false, null);
        Catalog none = catalog(user());
        Catalog one = Catalog.of(List.of("public"), List.of(user()), List.of(s), List.of(), List.of());
        Catalog other = Catalog.of(List.of("public"), List.of(user()), List.of(s2), List.of(), List.of());
        assertEquals(List.of(new Operation.CreateSequence(s)), SchemaDiff.compare(none, one, Renames.none()).operations());
        assertEquals(List.of(new Operation.AlterSequence(s, s2)), SchemaDiff.compare(one, other, Renames.none()).operations());
        assertEquals(List.of(new Operation.DropSequence(s)), SchemaDiff.compare(one, none, Renames.none()).operations());
    }

    @Test
    void foreignKeysOnARetypedColumnAreRebuiltAroundTheTypeChange() {
        ForeignKey fk = new ForeignKey("fk_post_user", List.of("user_id"), USER, List.of("id"), "NO ACTION", "NO ACTION", false, false);
        Table post = new Table(POST, List.of(col("id", "bigint", false), col("user_id", "integer", true)),
                new PrimaryKey("post_pkey", List.of("id")), List.of(), List.of(), List.of(fk), List.of(), null);
        Table post2 = new Table(POST, List.of(col("id", "bigint", false), col("user_id", "bigint", true)),
                post.primaryKey(), List.of(), List.of(), List.of(fk), List.of(), null);
        Diff d = SchemaDiff.compare(catalog(user(), post), catalog(user(), post2), Renames.none());
        assertEquals(List.of("drop foreign key fk_post_user on public.post",
                "alter column public.post.user_id type integer -> bigint",
                "add foreign key fk_post_user on public.post [user_id] -> public.user"), described(d));
    }

    @Test
    void everyOperationReversesToItself() {
        for (Operation op : EveryOperation.operations()) {
            assertEquals(op, op.reverse().reverse(), op.describe());
            assertEquals(op.reverse(), op.reverse().reverse().reverse(), op.reverse().describe());
        }
    }

    @Test
    void notNullOverNullsKeepsItsFlagThroughTheReverseWithoutChangingTheReverse() {
        Operation.SetNotNull overNulls = new Operation.SetNotNull(USER, "email", true);
        assertEquals(overNulls, overNulls.reverse().reverse());
        assertEquals("drop not null public.user.email", overNulls.reverse().describe());
        assertEquals(new Operation.SetNotNull(USER, "email", false), new Operation.DropNotNull(USER, "email").reverse());
    }
}
