package io.wataomi.core.diff;

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

import java.util.List;

/**
 * One realistic instance of every {@link Operation}, each with the schema it applies to. Values are in the
 * canonical form the catalog reader gives, so the diff of the schema before and after applying an operation is
 * that operation again. {@code EveryOperationTest} fails when a new operation has no case here.
 */
public final class EveryOperation {
    public static final QualifiedName CUSTOMER = new QualifiedName("public", "customer");
    public static final QualifiedName PURCHASE = new QualifiedName("public", "purchase");
    public static final QualifiedName INVOICE = new QualifiedName("public", "invoice");

    static final PrimaryKey CUSTOMER_KEY = new PrimaryKey("customer_pkey", List.of("id"));
    static final Table CUSTOMER_TABLE = new Table(CUSTOMER, List.of(column("id", "bigint", false),
            column("name", "character varying(100)", false), column("email", "character varying(255)", true),
            column("age", "integer", true)), CUSTOMER_KEY, List.of(), List.of(), List.of(), List.of(), null);
    static final Table PURCHASE_TABLE = new Table(PURCHASE, List.of(column("id", "bigint", false),
            column("customer_id", "bigint", true)), new PrimaryKey("purchase_pkey", List.of("id")),
            List.of(), List.of(), List.of(), List.of(), null);
    /** A table with what CREATE TABLE carries besides plain columns: identity, defaults, comments. */
    static final Table INVOICE_TABLE = new Table(INVOICE, List.of(
            new Column("id", "bigint", false, null, Column.Identity.BY_DEFAULT, null, null),
            column("number", "character varying(20)", false),
            new Column("total", "numeric(12,2)", false, "0", null, null, "Including tax"),
            new Column("issued_on", "date", true, "CURRENT_DATE", null, null, null)),
            new PrimaryKey("invoice_pkey", List.of("id")), List.of(), List.of(), List.of(), List.of(), "Invoices sent to customers");

    static final UniqueConstraint EMAIL_UNIQUE = new UniqueConstraint("uq_customer_email", List.of("email"), false);
    static final Index AGE_INDEX = new Index("ix_customer_age", List.of("age"), false, false, "btree", null,
            "CREATE INDEX ix_customer_age ON public.customer USING btree (age)");
    static final ForeignKey PURCHASE_CUSTOMER = new ForeignKey("fk_purchase_customer", List.of("customer_id"), CUSTOMER,
            List.of("id"), "CASCADE", "NO ACTION", false, false);
    static final CheckConstraint AGE_CHECK = new CheckConstraint("ck_customer_age", "CHECK ((age >= 0))");
    static final Sequence NUMBERS = new Sequence(new QualifiedName("public", "invoice_number_seq"), "bigint", 1000, 1, 1,
            Long.MAX_VALUE, 1, false, null);
    static final EnumType STATUS = new EnumType(new QualifiedName("public", "customer_status"), List.of("active", "closed"));

    private static final Operation.CreateTable HAS_CUSTOMER = new Operation.CreateTable(CUSTOMER_TABLE);

    /**
     * An operation and the schema it applies to.
     *
     * @param given     operations that build the schema before it (applied as SQL)
     * @param renames   the renames to confirm so that the diff finds it again
     * @param diffFinds what {@link SchemaDiff} finds between the schema before and after: the operation itself, except
     *                  for schemas, which the diff creates only for the objects in them and never drops
     */
    public record Case(List<Operation> given, Operation operation, Renames renames, List<Operation> diffFinds) {
        static Case of(Operation operation, Operation... given) {
            return new Case(List.of(given), operation, Renames.none(), List.of(operation));
        }

        @Override
        public String toString() {
            return operation.getClass().getSimpleName();
        }
    }

    private EveryOperation() {
    }

    /** The operations alone, one per permitted subclass. */
    public static List<Operation> operations() {
        return cases().stream().map(Case::operation).toList();
    }

    /** Every case, in the order Operation declares them. */
    public static List<Case> cases() {
        return List.of(
                new Case(List.of(), new Operation.CreateSchema("sales"), Renames.none(), List.of()),
                new Case(List.of(new Operation.CreateSchema("sales")), new Operation.DropSchema("sales"), Renames.none(), List.of()),
                Case.of(new Operation.CreateTable(INVOICE_TABLE)),
                Case.of(new Operation.DropTable(CUSTOMER_TABLE), HAS_CUSTOMER),
                renamed(new Operation.RenameTable(CUSTOMER, "client"),
                        new Renames(List.of(new Renames.TableRename(CUSTOMER, "client")), List.of())),
                Case.of(new Operation.AddColumn(CUSTOMER, new Column("bio", "text", true, null, null, null, "About the customer")),
                        HAS_CUSTOMER),
                Case.of(new Operation.DropColumn(CUSTOMER, column("age", "integer", true)), HAS_CUSTOMER),
                renamed(new Operation.RenameColumn(CUSTOMER, "email", "mail"),
                        new Renames(List.of(), List.of(new Renames.ColumnRename(CUSTOMER, "email", "mail")))),
                Case.of(new Operation.AlterColumnType(CUSTOMER, "age", "integer", "bigint"), HAS_CUSTOMER),
                Case.of(new Operation.SetNotNull(CUSTOMER, "email", false), HAS_CUSTOMER),
                Case.of(new Operation.DropNotNull(CUSTOMER, "name"), HAS_CUSTOMER),
                Case.of(new Operation.AlterDefault(CUSTOMER, "age", null, "18"), HAS_CUSTOMER),
                Case.of(new Operation.AlterIdentity(CUSTOMER, "id", null, Column.Identity.BY_DEFAULT), HAS_CUSTOMER),
                Case.of(new Operation.SetTableComment(CUSTOMER, null, "People who buy"), HAS_CUSTOMER),
                Case.of(new Operation.SetColumnComment(CUSTOMER, "email", null, "Where receipts go"), HAS_CUSTOMER),
                Case.of(new Operation.AddPrimaryKey(CUSTOMER, CUSTOMER_KEY), HAS_CUSTOMER,
                        new Operation.DropPrimaryKey(CUSTOMER, CUSTOMER_KEY)),
                Case.of(new Operation.DropPrimaryKey(CUSTOMER, CUSTOMER_KEY), HAS_CUSTOMER),
                Case.of(new Operation.AddUnique(CUSTOMER, EMAIL_UNIQUE), HAS_CUSTOMER),
                Case.of(new Operation.DropUnique(CUSTOMER, EMAIL_UNIQUE), HAS_CUSTOMER, new Operation.AddUnique(CUSTOMER, EMAIL_UNIQUE)),
                Case.of(new Operation.CreateIndex(CUSTOMER, AGE_INDEX), HAS_CUSTOMER),
                Case.of(new Operation.DropIndex(CUSTOMER, AGE_INDEX), HAS_CUSTOMER, new Operation.CreateIndex(CUSTOMER, AGE_INDEX)),
                Case.of(new Operation.AddForeignKey(PURCHASE, PURCHASE_CUSTOMER), HAS_CUSTOMER, new Operation.CreateTable(PURCHASE_TABLE)),
                Case.of(new Operation.DropForeignKey(PURCHASE, PURCHASE_CUSTOMER), HAS_CUSTOMER,
                        new Operation.CreateTable(PURCHASE_TABLE), new Operation.AddForeignKey(PURCHASE, PURCHASE_CUSTOMER)),
                Case.of(new Operation.AddCheck(CUSTOMER, AGE_CHECK), HAS_CUSTOMER),
                Case.of(new Operation.DropCheck(CUSTOMER, AGE_CHECK), HAS_CUSTOMER, new Operation.AddCheck(CUSTOMER, AGE_CHECK)),
                Case.of(new Operation.RenameConstraint(CUSTOMER, "customer_pkey", "pk_customer"), HAS_CUSTOMER),
                Case.of(new Operation.RenameIndex(CUSTOMER, "ix_customer_age", "ix_customer_years"), HAS_CUSTOMER,
                        new Operation.CreateIndex(CUSTOMER, AGE_INDEX)),
                Case.of(new Operation.CreateSequence(NUMBERS)),
                Case.of(new Operation.DropSequence(NUMBERS), new Operation.CreateSequence(NUMBERS)),
                Case.of(new Operation.AlterSequence(NUMBERS, new Sequence(NUMBERS.name(), "bigint", 1000, 10, 1, Long.MAX_VALUE, 20,
                        false, null)), new Operation.CreateSequence(NUMBERS)),
                Case.of(new Operation.CreateEnum(STATUS)),
                Case.of(new Operation.DropEnum(STATUS), new Operation.CreateEnum(STATUS)),
                Case.of(new Operation.AlterEnum(STATUS, new EnumType(STATUS.name(), List.of("active", "paused", "closed")),
                        List.of(new Operation.ColumnRef(CUSTOMER, "status"))), HAS_CUSTOMER, new Operation.CreateEnum(STATUS),
                        new Operation.AddColumn(CUSTOMER, column("status", "public.customer_status", true))));
    }

    private static Case renamed(Operation operation, Renames renames) {
        return new Case(List.of(HAS_CUSTOMER), operation, renames, List.of(operation));
    }

    static Column column(String name, String type, boolean nullable) {
        return new Column(name, type, nullable, null, null, null, null);
    }
}
