package io.wataomi.core.diff;

import io.wataomi.core.model.Catalog;
import io.wataomi.core.model.CheckConstraint;
import io.wataomi.core.model.ForeignKey;
import io.wataomi.core.model.Index;
import io.wataomi.core.model.NameOrigin;
import io.wataomi.core.model.PrimaryKey;
import io.wataomi.core.model.QualifiedName;
import io.wataomi.core.model.Sequence;
import io.wataomi.core.model.Table;
import io.wataomi.core.model.UniqueConstraint;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.wataomi.core.diff.SchemaDiffTest.POST;
import static io.wataomi.core.diff.SchemaDiffTest.USER;
import static io.wataomi.core.diff.SchemaDiffTest.col;
import static io.wataomi.core.diff.SchemaDiffTest.described;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A key, constraint or index that the mapping leaves unnamed matches the live one with the same definition, whatever
 * either is called; only the names the mapping states are compared.
 */
class ImplicitNamesTest {
    private static Table user(List<UniqueConstraint> uniques, List<Index> indexes, List<CheckConstraint> checks, PrimaryKey key) {
        return new Table(USER, List.of(col("id", "bigint", false), col("login", "character varying(50)", false),
                col("age", "integer", true)), key, uniques, indexes, List.of(), checks, null);
    }

    private static Table post(ForeignKey... fks) {
        return new Table(POST, List.of(col("id", "bigint", false), col("user_id", "bigint", true)),
                new PrimaryKey("post_pkey", List.of("id")), List.of(), List.of(), List.of(fks), List.of(), null);
    }

    private static ForeignKey postUser(String name, String onDelete) {
        return new ForeignKey(name, List.of("user_id"), USER, List.of("id"), onDelete, "NO ACTION", false, false);
    }

    private static Index index(String name, boolean unique, String keys) {
        return new Index(name, List.of(keys.split(", ")), unique, false, "btree", null,
                "CREATE " + (unique ? "UNIQUE " : "") + "INDEX " + name + " ON public.\"user\" USING btree (" + keys + ")");
    }

    private static Catalog catalog(Table... tables) {
        return Catalog.of(List.of("public"), List.of(tables), List.of(), List.of(), List.of());
    }

    /** The desired side as the entities give it: only the listed names are stated. */
    private static Catalog desired(List<String> stated, Table... tables) {
        return NameOrigin.markImplicit(catalog(tables), stated);
    }

    private static final PrimaryKey USER_KEY = new PrimaryKey("user_pkey", List.of("id"));

    @Test
    void unnamedKeysConstraintsAndIndexesMatchTheLiveOnesOfTheSameDefinition() {
        Table live = user(List.of(new UniqueConstraint("ux_user_login", List.of("login"), false)),
                List.of(index("user_age_idx", false, "age")), List.of(new CheckConstraint("ck_user_age", "CHECK ((age >= 0))")),
                new PrimaryKey("pk_user", List.of("id")));
        Table wanted = user(List.of(new UniqueConstraint("user_login_key", List.of("login"), false)),
                List.of(index("idx7fkq2", false, "age")), List.of(new CheckConstraint("user_age_check", "CHECK ((age >= 0))")), USER_KEY);
        Diff d = SchemaDiff.compare(catalog(live, post(postUser("pets_owner_id_fkey", "CASCADE"))),
                desired(List.of(), wanted, post(postUser("FK290okww5jujghp4el5i7mgwu0", "CASCADE"))), Renames.none());
        assertTrue(d.isEmpty(), described(d).toString());
    }

    @Test
    void statedNamesAreComparedAndRenamed() {
        Table live = user(List.of(new UniqueConstraint("ux_user_login", List.of("login"), false)), List.of(), List.of(), USER_KEY);
        Table wanted = user(List.of(new UniqueConstraint("uq_login", List.of("login"), false)), List.of(), List.of(), USER_KEY);
        Diff d = SchemaDiff.compare(catalog(live, post(postUser("fk_user_id", "NO ACTION"))),
                desired(List.of("UQ_LOGIN", "\"fk_post_user\""), wanted, post(postUser("fk_post_user", "NO ACTION"))), Renames.none());
        assertEquals(List.of("rename constraint fk_user_id on public.post to fk_post_user",
                "rename constraint ux_user_login on public.user to uq_login"), described(d));
    }

    @Test
    void anUnnamedObjectWhoseDefinitionChangedIsDroppedAndAddedUnderItsNewName() {
        Diff d = SchemaDiff.compare(catalog(user(List.of(), List.of(), List.of(), USER_KEY), post(postUser("post_user_id_fkey", "NO ACTION"))),
                desired(List.of(), user(List.of(), List.of(), List.of(), USER_KEY), post(postUser("FKabc", "CASCADE"))), Renames.none());
        assertEquals(List.of("drop foreign key post_user_id_fkey on public.post", "add foreign key FKabc on public.post [user_id] -> public.user"),
                described(d));
    }

    @Test
    void anUnnamedUniqueConstraintIsTheLiveUniqueIndexOnTheSameColumnsAndTheOtherWayRound() {
        Table liveIndex = user(List.of(), List.of(index("ux_user_login", true, "login")), List.of(), USER_KEY);
        Table wantedConstraint = user(List.of(new UniqueConstraint("UKlogin", List.of("login"), false)), List.of(), List.of(), USER_KEY);
        assertTrue(SchemaDiff.compare(catalog(liveIndex), desired(List.of(), wantedConstraint), Renames.none()).isEmpty());

        Table liveConstraint = user(List.of(new UniqueConstraint("user_login_key", List.of("login"), false)), List.of(), List.of(), USER_KEY);
        Table wantedIndex = user(List.of(), List.of(index("IDXlogin", true, "login")), List.of(), USER_KEY);
        assertTrue(SchemaDiff.compare(catalog(liveConstraint), desired(List.of(), wantedIndex), Renames.none()).isEmpty());
    }

    @Test
    void aUniqueIndexWithAnotherRuleOrAStatedNameIsNotTakenForTheConstraint() {
        Index descending = new Index("ux_user_login", List.of("login"), true, false, "btree", null,
                "CREATE UNIQUE INDEX ux_user_login ON public.\"user\" USING btree (login DESC)");
        Table wanted = user(List.of(new UniqueConstraint("uq_login", List.of("login"), false)), List.of(), List.of(), USER_KEY);
        assertEquals(List.of("drop index ux_user_login on public.user", "add unique constraint uq_login on public.user [login]"),
                described(SchemaDiff.compare(catalog(user(List.of(), List.of(descending), List.of(), USER_KEY)),
                        desired(List.of(), wanted), Renames.none())));
        assertEquals(List.of("drop index ux_user_login on public.user", "add unique constraint uq_login on public.user [login]"),
                described(SchemaDiff.compare(catalog(user(List.of(), List.of(index("ux_user_login", true, "login")), List.of(), USER_KEY)),
                        desired(List.of("uq_login"), wanted), Renames.none())));
    }

    @Test
    void anUnnamedPrimaryKeyIsTheLiveOneOnTheSameColumnsInAnyOrder() {
        Table live = new Table(POST, post().columns(), new PrimaryKey("post_pkey", List.of("user_id", "id")), List.of(), List.of(),
                List.of(), List.of(), null);
        Table wanted = new Table(POST, post().columns(), new PrimaryKey("post_pkey", List.of("id", "user_id")), List.of(), List.of(),
                List.of(), List.of(), null);
        assertTrue(SchemaDiff.compare(catalog(live), desired(List.of(), wanted), Renames.none()).isEmpty());
        assertEquals(List.of("drop primary key post_pkey on public.post", "add primary key post_pkey on public.post [id, user_id]"),
                described(SchemaDiff.compare(catalog(live), catalog(wanted), Renames.none())));
    }

    @Test
    void anExistingSequencesStartIsNotComparedButItsIncrementIs() {
        QualifiedName name = new QualifiedName("public", "sequence_generator");
        Sequence live = new Sequence(name, "bigint", 1050, 50, 1, Long.MAX_VALUE, 1, false, null);
        Sequence wanted = new Sequence(name, "bigint", 1, 50, 1, Long.MAX_VALUE, 1, false, null);
        Catalog cur = Catalog.of(List.of("public"), List.of(), List.of(live), List.of(), List.of());
        assertTrue(SchemaDiff.compare(cur, Catalog.of(List.of("public"), List.of(), List.of(wanted), List.of(), List.of()),
                Renames.none()).isEmpty());
        Sequence by20 = new Sequence(name, "bigint", 1, 20, 1, Long.MAX_VALUE, 1, false, null);
        assertEquals(List.of(new Operation.AlterSequence(live, by20.withStart(1050))), SchemaDiff.compare(cur,
                Catalog.of(List.of("public"), List.of(), List.of(by20), List.of(), List.of()), Renames.none()).operations());
    }

    @Test
    void aTimestampWithoutPrecisionIsTheSameTypeAsPrecisionSix() {
        Table live = new Table(POST, List.of(col("id", "bigint", false), col("created", "timestamp without time zone", true)),
                new PrimaryKey("post_pkey", List.of("id")), List.of(), List.of(), List.of(), List.of(), null);
        Table wanted = new Table(POST, List.of(col("id", "bigint", false), col("created", "timestamp(6) without time zone", true)),
                live.primaryKey(), List.of(), List.of(), List.of(), List.of(), null);
        assertTrue(SchemaDiff.compare(catalog(live), catalog(wanted), Renames.none()).isEmpty());
        Table millis = new Table(POST, List.of(col("id", "bigint", false), col("created", "timestamp(3) without time zone", true)),
                live.primaryKey(), List.of(), List.of(), List.of(), List.of(), null);
        assertEquals(List.of("alter column public.post.created type timestamp without time zone -> timestamp(3) without time zone"),
                described(SchemaDiff.compare(catalog(live), catalog(millis), Renames.none())));
    }
}
