package io.wataomi.core.introspect;

import io.wataomi.core.model.Catalog;
import io.wataomi.core.model.CheckConstraint;
import io.wataomi.core.model.Column;
import io.wataomi.core.model.EnumType;
import io.wataomi.core.model.ForeignKey;
import io.wataomi.core.model.Index;
import io.wataomi.core.model.PrimaryKey;
import io.wataomi.core.model.QualifiedName;
import io.wataomi.core.model.Sequence;
import io.wataomi.core.model.Table;
import io.wataomi.core.model.UniqueConstraint;
import io.wataomi.core.model.View;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static io.wataomi.core.model.Column.Identity.ALWAYS;
import static io.wataomi.core.model.Column.Identity.BY_DEFAULT;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every feature of {@link CatalogFixture#DDL} reads back as exactly these records. */
class CatalogReaderTest {
    private static Catalog catalog;

    @BeforeAll
    static void read() throws Exception {
        catalog = CatalogFixture.read(CatalogFixture.database("catalog_reader"), CatalogFixture.SCHEMAS);
    }

    @Test
    void readsTheRequestedSchemasWithoutPartitionsOrOtherSchemas() {
        assertEquals(CatalogFixture.SCHEMAS, catalog.schemas());
        assertEquals(List.of("Audit.EventLog", "app.order", "public.databasechangeloglock", "public.group",
                "public.measurement", "public.membership", "public.reading", "public.user"), names(catalog.tables()));
        assertEquals(List.of("Audit.EventLog_Id_seq", "app.order_ticket_seq", "public.group_id_seq", "public.invoice_no"),
                names(catalog.sequences()));
    }

    @Test
    void readsColumnsWithTypesDefaultsIdentityGeneratedAndComments() {
        Table user = table("public", "user");
        assertEquals("People who sign in", user.comment());
        assertEquals(List.of(
                column("id", "bigint", false, null, ALWAYS, null, null),
                column("email", "character varying(320)", false, null, null, null, "Login, unique"),
                column("displayName", "character varying(100)", true, null, null, null, null),
                column("balance", "numeric(12,2)", false, "0", null, null, null),
                column("created_at", "timestamp(3) with time zone", false, "now()", null, null, null),
                column("tags", "text[]", true, null, null, null, null),
                column("scores", "integer[]", false, "'{}'::integer[]", null, null, null),
                column("settings", "jsonb", true, "'{}'::jsonb", null, null, null),
                column("external_id", "uuid", true, "gen_random_uuid()", null, null, null),
                column("mood", "public.mood", true, null, null, null, null),
                column("email_lower", "text", true, null, null, "lower((email)::text)", null)), user.columns());
        assertEquals(List.of(
                column("id", "bigint", false, null, BY_DEFAULT, null, null),
                column("number", "integer", false, "nextval('public.invoice_no'::regclass)", null, null, null),
                column("ticket", "bigint", true, "nextval('app.order_ticket_seq'::regclass)", null, null, null),
                column("customer_id", "bigint", true, null, null, null, null),
                column("status", "app.status", false, "'new'::app.status", null, null, null),
                column("region", "character(2)", false, null, null, null, null),
                column("code", "character varying(30)", true, null, null, null, null),
                column("total", "numeric(10,2)", true, null, null, null, null),
                column("weight", "double precision", true, null, null, null, null),
                column("note", "text", true, null, null, null, null),
                column("placed_on", "date", true, null, null, null, null)), table("app", "order").columns());
        assertEquals(column("Id", "bigint", false, "nextval('\"Audit\".\"EventLog_Id_seq\"'::regclass)", null, null, null),
                table("Audit", "EventLog").columns().get(0));
        assertEquals(column("role", "character varying(20)", false, "'member'::character varying", null, null, null),
                table("public", "membership").column("role").orElseThrow());
    }

    @Test
    void readsPrimaryKeysAndUniqueConstraintsInKeyOrder() {
        assertEquals(new PrimaryKey("membership_pkey", List.of("group_id", "user_id")), table("public", "membership").primaryKey());
        assertEquals(new PrimaryKey("EventLog_pkey", List.of("Id")), table("Audit", "EventLog").primaryKey());
        assertEquals(new PrimaryKey("measurement_pkey", List.of("id", "taken")), table("public", "measurement").primaryKey());
        assertEquals(List.of(new UniqueConstraint("order_code_key", List.of("code"), true),
                new UniqueConstraint("order_region_code_key", List.of("code", "region"), false)), table("app", "order").uniques());
        assertEquals(List.of(new UniqueConstraint("user_email_key", List.of("email"), false)), table("public", "user").uniques());
    }

    @Test
    void readsIndexesThatBackNoConstraint() {
        assertEquals(List.of(
                new Index("order_code_hash", List.of("code"), false, false, "hash", null,
                        "CREATE INDEX order_code_hash ON app.\"order\" USING hash (code)"),
                new Index("order_lower_note_idx", List.of("lower(note)"), true, true, "btree", "(note IS NOT NULL)",
                        "CREATE UNIQUE INDEX order_lower_note_idx ON app.\"order\" USING btree (lower(note)) WHERE (note IS NOT NULL)"),
                new Index("order_status_placed_idx", List.of("status", "placed_on"), false, false, "btree", null,
                        "CREATE INDEX order_status_placed_idx ON app.\"order\" USING btree (status, placed_on DESC)")),
                table("app", "order").indexes());
        assertEquals(List.of(
                new Index("user_created_incl", List.of("created_at"), false, false, "btree", null,
                        "CREATE INDEX user_created_incl ON public.\"user\" USING btree (created_at DESC) INCLUDE (email)"),
                new Index("user_tags_gin", List.of("tags"), false, false, "gin", null,
                        "CREATE INDEX user_tags_gin ON public.\"user\" USING gin (tags)")), table("public", "user").indexes());
        assertEquals(List.of(new Index("membership_role_user_idx", List.of("role", "user_id"), true, false, "btree", null,
                        "CREATE UNIQUE INDEX membership_role_user_idx ON public.membership USING btree (role, user_id)")),
                table("public", "membership").indexes());
        assertEquals(List.of(new Index("measurement_taken_idx", List.of("taken"), false, false, "btree", null,
                        "CREATE INDEX measurement_taken_idx ON ONLY public.measurement USING btree (taken)")),
                table("public", "measurement").indexes());
        assertEquals(List.of(), table("public", "group").indexes(), "the primary key's index is the constraint");
    }

    @Test
    void readsForeignKeysWithTargetsActionsAndDeferral() {
        QualifiedName user = new QualifiedName("public", "user");
        QualifiedName group = new QualifiedName("public", "group");
        assertEquals(List.of(
                new ForeignKey("membership_group_fk", List.of("group_id"), group, List.of("id"), "NO ACTION", "NO ACTION", true, true),
                new ForeignKey("membership_user_id_fkey", List.of("user_id"), user, List.of("id"), "CASCADE", "NO ACTION", false, false)),
                table("public", "membership").foreignKeys());
        assertEquals(List.of(new ForeignKey("group_parent_id_fkey", List.of("parent_id"), group, List.of("id"), "SET NULL",
                "NO ACTION", false, false)), table("public", "group").foreignKeys());
        assertEquals(List.of(new ForeignKey("order_customer_fk", List.of("customer_id"), user, List.of("id"), "NO ACTION",
                "NO ACTION", false, false)), table("app", "order").foreignKeys());
        assertEquals(List.of(new ForeignKey("EventLog_Order", List.of("OrderId"), new QualifiedName("app", "order"), List.of("id"),
                "RESTRICT", "CASCADE", false, false)), table("Audit", "EventLog").foreignKeys());
        // One key, not one more per partition of the target (PostgreSQL stores those clones too).
        assertEquals(List.of(new ForeignKey("reading_measurement_fk", List.of("m_id", "m_taken"),
                new QualifiedName("public", "measurement"), List.of("id", "taken"), "NO ACTION", "NO ACTION", false, false)),
                table("public", "reading").foreignKeys());
    }

    @Test
    void readsCheckConstraintsButNotNotNull() {
        assertEquals(List.of(new CheckConstraint("Total positive", "CHECK ((total > (0)::numeric))")), table("app", "order").checks());
        assertEquals(List.of(new CheckConstraint("user_balance_check", "CHECK ((balance >= (0)::numeric))")),
                table("public", "user").checks());
        assertEquals(List.of(new CheckConstraint("membership_role_check", "CHECK (((role)::text = ANY "
                        + "((ARRAY['member'::character varying, 'owner'::character varying])::text[])))")),
                table("public", "membership").checks());
        assertEquals(List.of(), table("Audit", "EventLog").checks());
    }

    @Test
    void readsSequencesExceptIdentityOnesWithTheirOwner() {
        assertEquals(List.of(
                new Sequence(new QualifiedName("Audit", "EventLog_Id_seq"), "bigint", 1, 1, 1, Long.MAX_VALUE, 1, false, "EventLog.Id"),
                new Sequence(new QualifiedName("app", "order_ticket_seq"), "bigint", 1, 50, 1, Long.MAX_VALUE, 1, false, "order.ticket"),
                new Sequence(new QualifiedName("public", "group_id_seq"), "integer", 1, 1, 1, Integer.MAX_VALUE, 1, false, "group.id"),
                new Sequence(new QualifiedName("public", "invoice_no"), "integer", 1000, 5, 10, 99999, 20, true, null)),
                List.copyOf(catalog.sequences().values()));
    }

    @Test
    void readsEnumLabelsInSortOrderAndListsViews() {
        assertEquals(List.of(new EnumType(new QualifiedName("app", "status"), List.of("new", "active", "closed")),
                new EnumType(new QualifiedName("public", "mood"), List.of("sad", "ok", "happy")),
                new EnumType(new QualifiedName("public", "nothing"), List.of())), List.copyOf(catalog.enums().values()));
        assertEquals(List.of(new View(new QualifiedName("app", "order_totals"), true),
                new View(new QualifiedName("public", "active_users"), false)), List.copyOf(catalog.views().values()));
    }

    @Test
    void readsTheHistoryTablesLikeAnyOther() {
        assertEquals(new Table(new QualifiedName("public", "databasechangeloglock"),
                List.of(column("id", "integer", false, null, null, null, null),
                        column("locked", "boolean", false, null, null, null, null)),
                new PrimaryKey("databasechangeloglock_pkey", List.of("id")), List.of(), List.of(), List.of(), List.of(), null),
                table("public", "databasechangeloglock"));
    }

    private static Table table(String schema, String name) {
        return catalog.table(new QualifiedName(schema, name)).orElseThrow(() -> new AssertionError("no table " + schema + "." + name));
    }

    private static Column column(String name, String type, boolean nullable, String defaultValue, Column.Identity identity,
                                 String generated, String comment) {
        return new Column(name, type, nullable, defaultValue, identity, generated, comment);
    }

    private static List<String> names(Map<QualifiedName, ?> items) {
        return items.keySet().stream().map(QualifiedName::toString).collect(Collectors.toList());
    }
}
