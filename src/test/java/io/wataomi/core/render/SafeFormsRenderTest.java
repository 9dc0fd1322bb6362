package io.wataomi.core.render;

import io.wataomi.core.diff.Operation;
import io.wataomi.core.model.CheckConstraint;
import io.wataomi.core.model.Column;
import io.wataomi.core.model.ForeignKey;
import io.wataomi.core.model.Index;
import io.wataomi.core.model.PrimaryKey;
import io.wataomi.core.model.QualifiedName;
import io.wataomi.core.model.Table;
import io.wataomi.core.model.UniqueConstraint;
import liquibase.change.Change;
import liquibase.change.core.EmptyChange;
import liquibase.change.core.RawSQLChange;
import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.parser.ChangeLogParserFactory;
import liquibase.precondition.core.PreconditionContainer;
import liquibase.precondition.core.SqlPrecondition;
import liquibase.resource.DirectoryResourceAccessor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The safe forms create renders on tables that exist already, in each format, and the order their steps run in. */
class SafeFormsRenderTest {
    static final QualifiedName CUSTOMER = new QualifiedName("public", "customer");
    static final QualifiedName PURCHASE = new QualifiedName("public", "purchase");
    static final RevisionHeader HEADER = new RevisionHeader("3f2a9c1b7d40", List.of("c205ea66e047"), "safe forms",
            LocalDateTime.of(2025, 11, 29, 10, 30));
    static final Index AGE_INDEX = new Index("ix_customer_age", List.of("age"), false, false, "btree", null,
            "CREATE INDEX ix_customer_age ON public.customer USING btree (age)");
    static final UniqueConstraint EMAIL_UNIQUE = new UniqueConstraint("uq_customer_email", List.of("email"), false);
    static final ForeignKey PURCHASE_CUSTOMER = new ForeignKey("fk_purchase_customer", List.of("customer_id"), CUSTOMER,
            List.of("id"), "NO ACTION", "NO ACTION", false, false);
    static final CheckConstraint AGE_CHECK = new CheckConstraint("ck_customer_age", "CHECK ((age >= 0))");

    static String xml(Operation... ops) {
        return RevisionRenderer.render(Format.XML, HEADER, List.of(ops));
    }

    @Test
    void anIndexOnAnExistingTableIsBuiltConcurrentlyOutsideTheTransactionAfterDroppingAnInvalidLeftover() {
        String xml = xml(new Operation.CreateIndex(CUSTOMER, AGE_INDEX));
        assertTrue(xml.contains("    <changeSet id=\"3f2a9c1b7d40-1\" author=\"wataomi-create\" objectQuotingStrategy=\"QUOTE_ALL_OBJECTS\""
                + " runInTransaction=\"false\">\n"
                + "        <comment>create index ix_customer_age on public.customer [age], concurrently</comment>\n"
                + "        <sql splitStatements=\"false\">DROP INDEX CONCURRENTLY IF EXISTS \"public\".\"ix_customer_age\"</sql>\n"
                + "        <sql splitStatements=\"false\">CREATE INDEX CONCURRENTLY ix_customer_age ON public.customer USING btree (age)</sql>\n"
                + "        <rollback>\n"
                + "            <sql splitStatements=\"false\">DROP INDEX CONCURRENTLY IF EXISTS \"public\".\"ix_customer_age\"</sql>\n"
                + "        </rollback>\n"), xml);
        String yaml = RevisionRenderer.render(Format.YAML, HEADER, List.of(new Operation.CreateIndex(CUSTOMER, AGE_INDEX)));
        assertTrue(yaml.contains("      objectQuotingStrategy: QUOTE_ALL_OBJECTS\n      runInTransaction: false\n"), yaml);
        assertTrue(yaml.contains("          sql: \"CREATE INDEX CONCURRENTLY ix_customer_age ON public.customer USING btree (age)\"\n"), yaml);
        String sql = RevisionRenderer.render(Format.SQL, HEADER, List.of(new Operation.CreateIndex(CUSTOMER, AGE_INDEX)));
        assertTrue(sql.contains("--changeset wataomi-create:3f2a9c1b7d40-1 splitStatements:true runInTransaction:false\n"
                + "--comment: create index ix_customer_age on public.customer [age], concurrently\n"
                + "DROP INDEX CONCURRENTLY IF EXISTS \"public\".\"ix_customer_age\";\n"
                + "CREATE INDEX CONCURRENTLY ix_customer_age ON public.customer USING btree (age);\n"
                + "--rollback DROP INDEX CONCURRENTLY IF EXISTS \"public\".\"ix_customer_age\";\n"), sql);
    }

    @Test
    void aTableCreatedInTheSameRevisionKeepsThePlainForms() {
        Table customer = new Table(CUSTOMER, List.of(new Column("id", "bigint", false, null, null, null, null),
                new Column("age", "integer", true, null, null, null, null)), new PrimaryKey("customer_pkey", List.of("id")),
                List.of(), List.of(), List.of(), List.of(), null);
        String xml = xml(new Operation.CreateTable(customer), new Operation.CreateIndex(CUSTOMER, AGE_INDEX),
                new Operation.AddCheck(CUSTOMER, AGE_CHECK));
        assertFalse(xml.contains("runInTransaction"), xml);
        assertFalse(xml.contains("CONCURRENTLY") || xml.contains("NOT VALID"), xml);
        assertTrue(xml.contains("<createIndex schemaName=\"public\" tableName=\"customer\" indexName=\"ix_customer_age\">"), xml);
    }

    @Test
    void safeDdlOffRendersEveryChangeInItsPlainForm() {
        List<Operation> ops = List.of(new Operation.CreateIndex(CUSTOMER, AGE_INDEX), new Operation.AddUnique(CUSTOMER, EMAIL_UNIQUE),
                new Operation.AddCheck(CUSTOMER, AGE_CHECK), new Operation.SetNotNull(CUSTOMER, "email", false));
        for (Format f : Format.values()) {
            String text = RevisionRenderer.render(f, HEADER, ops, RenderOptions.PLAIN);
            assertFalse(text.contains("runInTransaction") || text.contains("CONCURRENTLY") || text.contains("NOT VALID"), text);
        }
    }

    @Test
    void anIndexDropIsConcurrentUnlessTheRevisionRemakesTheTableColumnsAnyway() {
        String xml = xml(new Operation.DropIndex(CUSTOMER, AGE_INDEX));
        assertTrue(xml.contains("runInTransaction=\"false\""), xml);
        assertTrue(xml.contains("<sql splitStatements=\"false\">DROP INDEX CONCURRENTLY IF EXISTS \"public\".\"ix_customer_age\"</sql>\n"
                + "        <rollback>\n"
                + "            <sql splitStatements=\"false\">DROP INDEX CONCURRENTLY IF EXISTS \"public\".\"ix_customer_age\"</sql>\n"
                + "            <sql splitStatements=\"false\">CREATE INDEX CONCURRENTLY ix_customer_age ON public.customer USING btree (age)</sql>\n"), xml);
        String withColumnDrop = xml(new Operation.DropIndex(CUSTOMER, AGE_INDEX),
                new Operation.DropColumn(CUSTOMER, new Column("age", "integer", true, null, null, null, null)));
        assertFalse(withColumnDrop.contains("CONCURRENTLY"), "dropping the column drops the index in the transaction: " + withColumnDrop);
    }

    @Test
    void aUniqueConstraintIsAConcurrentUniqueIndexThenAConstraintUsingIt() {
        String xml = xml(new Operation.AddUnique(CUSTOMER, EMAIL_UNIQUE));
        int build = xml.indexOf("CREATE UNIQUE INDEX CONCURRENTLY \"uq_customer_email\" ON \"public\".\"customer\" (\"email\")");
        int attach = xml.indexOf("ADD CONSTRAINT \"uq_customer_email\" UNIQUE USING INDEX \"uq_customer_email\"");
        assertTrue(build > 0 && attach > build, xml);
        assertEquals(2, count(xml, "runInTransaction=\"false\""), xml);
        assertTrue(xml.contains("<sql splitStatements=\"false\">DROP INDEX CONCURRENTLY IF EXISTS \"public\".\"uq_customer_email\"</sql>\n"
                + "        <sql splitStatements=\"false\">CREATE UNIQUE INDEX"), "an invalid leftover is dropped first: " + xml);
        assertTrue(xml.contains("<rollback>\n            <sql splitStatements=\"false\">ALTER TABLE \"public\".\"customer\""
                + " DROP CONSTRAINT IF EXISTS \"uq_customer_email\"</sql>"), xml);
        assertTrue(xml.contains(" runInTransaction=\"false\">\n        <preConditions onFail=\"MARK_RAN\" onFailMessage=\""
                + AfterTransaction.DONE_ALREADY + "\">\n            <sqlCheck expectedResult=\"0\">SELECT count(*) FROM pg_constraint"
                + " WHERE conrelid = '\"public\".\"customer\"'::regclass AND conname = 'uq_customer_email'</sqlCheck>\n"
                + "        </preConditions>\n        <comment>add unique"), "made again only when it is not there: " + xml);
        assertEquals(1, count(xml, "<preConditions"), "the index build can run again as it is: " + xml);
        UniqueConstraint nullsNotDistinct = new UniqueConstraint("uq_customer_email", List.of("email"), true);
        assertTrue(xml(new Operation.AddUnique(CUSTOMER, nullsNotDistinct)).contains("(\"email\") NULLS NOT DISTINCT</sql>"));
    }

    @Test
    void foreignKeysAndChecksAreAddedNotValidThenValidatedAfterTheTransaction() {
        String xml = xml(new Operation.AddForeignKey(PURCHASE, PURCHASE_CUSTOMER), new Operation.AddCheck(CUSTOMER, AGE_CHECK));
        int fk = xml.indexOf("FOREIGN KEY (\"customer_id\") REFERENCES \"public\".\"customer\" (\"id\") NOT VALID</sql>");
        int check = xml.indexOf("ADD CONSTRAINT \"ck_customer_age\" CHECK ((age &gt;= 0)) NOT VALID</sql>");
        int after = xml.indexOf("runInTransaction=\"false\"");
        int validateFk = xml.indexOf("ALTER TABLE \"public\".\"purchase\" VALIDATE CONSTRAINT \"fk_purchase_customer\"");
        int validateCheck = xml.indexOf("ALTER TABLE \"public\".\"customer\" VALIDATE CONSTRAINT \"ck_customer_age\"");
        assertTrue(fk > 0 && check > fk && after > check && validateFk > after && validateCheck > validateFk, xml);
        assertEquals(2, count(xml, "<rollback/>"), "a validation has nothing to undo: " + xml);
        String yaml = RevisionRenderer.render(Format.YAML, HEADER, List.of(new Operation.AddCheck(CUSTOMER, AGE_CHECK)));
        assertTrue(yaml.contains("VALIDATE CONSTRAINT \\\"ck_customer_age\\\"\"\n      rollback: []\n"), yaml);
        String sql = RevisionRenderer.render(Format.SQL, HEADER, List.of(new Operation.AddCheck(CUSTOMER, AGE_CHECK)));
        assertTrue(sql.contains("VALIDATE CONSTRAINT \"ck_customer_age\";\n--rollback empty\n"), sql);
    }

    @Test
    void setNotNullGoesThroughAValidatedCheckAndItsRollbackIsExact() {
        String sql = RevisionRenderer.render(Format.SQL, HEADER, List.of(new Operation.SetNotNull(CUSTOMER, "email", false)));
        String table = "ALTER TABLE \"public\".\"customer\" ";
        String check = "\"ck_customer_email_not_null\"";
        assertTrue(sql.contains("--changeset wataomi-create:3f2a9c1b7d40-1 splitStatements:true\n--comment: set not null public.customer.email:"
                + " first add check constraint ck_customer_email_not_null on public.customer (email IS NOT NULL), NOT VALID\n"
                + table + "ADD CONSTRAINT " + check + " CHECK (\"email\" IS NOT NULL) NOT VALID;\n"
                + "--rollback " + table + "DROP CONSTRAINT IF EXISTS " + check + ";\n"), sql);
        assertTrue(sql.contains("--changeset wataomi-create:3f2a9c1b7d40-2 splitStatements:true runInTransaction:false\n"
                + "--comment: validate check constraint ck_customer_email_not_null on public.customer\n"
                + table + "VALIDATE CONSTRAINT " + check + ";\n--rollback empty\n"), sql);
        assertTrue(sql.contains("--changeset wataomi-create:3f2a9c1b7d40-3 splitStatements:true runInTransaction:false\n"
                + "--comment: set not null public.customer.email (the validated check spares the scan), then drop check constraint"
                + " ck_customer_email_not_null\n"
                + table + "ALTER COLUMN \"email\" SET NOT NULL;\n"
                + table + "DROP CONSTRAINT IF EXISTS " + check + ";\n"
                + "--rollback " + table + "ALTER COLUMN \"email\" DROP NOT NULL;\n"), sql);
    }

    @Test
    void setNotNullStaysPlainWhenAPrimaryKeyOrIdentityInTheTransactionNeedsIt() {
        String key = xml(new Operation.SetNotNull(CUSTOMER, "email", false),
                new Operation.AddPrimaryKey(CUSTOMER, new PrimaryKey("customer_pkey", List.of("email"))));
        assertFalse(key.contains("runInTransaction") || key.contains("not_null"), key);
        String identity = xml(new Operation.SetNotNull(CUSTOMER, "age", false),
                new Operation.AlterIdentity(CUSTOMER, "age", null, Column.Identity.BY_DEFAULT));
        assertFalse(identity.contains("runInTransaction") || identity.contains("not_null"), identity);
    }

    @Test
    void everyStepAfterTheTransactionFollowsEveryTransactionalOneAndAForeignKeyFollowsTheKeyItReferences() {
        UniqueConstraint code = new UniqueConstraint("uq_customer_code", List.of("code"), false);
        ForeignKey byCode = new ForeignKey("fk_purchase_code", List.of("customer_code"), CUSTOMER, List.of("code"),
                "NO ACTION", "NO ACTION", false, false);
        List<Operation> ops = List.of(new Operation.SetNotNull(CUSTOMER, "email", false), new Operation.AddUnique(CUSTOMER, code),
                new Operation.CreateIndex(CUSTOMER, AGE_INDEX), new Operation.AddCheck(CUSTOMER, AGE_CHECK),
                new Operation.AddForeignKey(PURCHASE, byCode), new Operation.AddForeignKey(PURCHASE, PURCHASE_CUSTOMER),
                new Operation.SetColumnComment(CUSTOMER, "email", null, "Where receipts go"));
        for (Format f : Format.values()) {
            String text = RevisionRenderer.render(f, HEADER, ops);
            List<ChangeSet> sets = parse(f, text);
            int firstAfter = sets.stream().filter(cs -> !cs.isRunInTransaction()).findFirst().map(sets::indexOf).orElseThrow();
            assertTrue(sets.subList(firstAfter, sets.size() - 1).stream().noneMatch(ChangeSet::isRunInTransaction),
                    "no transactional changeSet after the first one that runs after the transaction: " + text);
            List<String> after = sets.subList(firstAfter, sets.size() - 1).stream().map(SafeFormsRenderTest::sql).toList();
            int uniqueBuilt = indexOf(after, "USING INDEX \"uq_customer_code\"");
            int fkAdded = indexOf(after, "ADD CONSTRAINT \"fk_purchase_code\"");
            assertTrue(uniqueBuilt >= 0 && fkAdded > uniqueBuilt, "the foreign key on a key built after the transaction follows it: " + after);
            assertTrue(indexOf(after, "VALIDATE CONSTRAINT \"fk_purchase_code\"") > fkAdded, after.toString());
            assertEquals(-1, indexOf(after, "ADD CONSTRAINT \"fk_purchase_customer\""), "that one references a key that exists: " + after);
            assertTrue(text.contains("once every changeSet above has run"), text);
        }
    }

    @Test
    void aTypeChangeThatRewritesTheTableIsFlaggedWithItsSizeAndTheAlternative() {
        Operation.AlterColumnType widen = new Operation.AlterColumnType(CUSTOMER, "age", "integer", "bigint");
        RenderOptions sized = new RenderOptions(true, Map.of(CUSTOMER, new TableSize(1_000_000, 75_000_000)));
        String xml = RevisionRenderer.render(Format.XML, HEADER, List.of(widen), sized);
        assertTrue(xml.contains("<!-- REWRITES THE TABLE: alter column public.customer.age type integer -> bigint rewrites public.customer"
                + " (about 1,000,000 rows, 72 MB) under an ACCESS EXCLUSIVE lock"), xml);
        assertTrue(xml.contains("add a column of the new type; fill it in batches"), xml);
        assertTrue(RevisionRenderer.render(Format.YAML, HEADER, List.of(widen), sized).contains("# REWRITES THE TABLE: alter column"));
        assertTrue(RevisionRenderer.render(Format.SQL, HEADER, List.of(widen)).contains(
                "-- REWRITES THE TABLE: alter column public.customer.age type integer -> bigint rewrites public.customer (size unknown"));
        Operation.AlterColumnType longer = new Operation.AlterColumnType(CUSTOMER, "email", "character varying(50)", "character varying(100)");
        assertFalse(xml(longer).contains("REWRITES"), "a longer varchar keeps the rows as they are");
    }

    @Test
    void everyFormatParsesWithLiquibaseWithTheStepsAfterTheTransactionMarkedSo(@TempDir Path dir) throws Exception {
        List<Operation> ops = List.of(new Operation.AddUnique(CUSTOMER, EMAIL_UNIQUE), new Operation.AddCheck(CUSTOMER, AGE_CHECK));
        for (Format f : Format.values()) {
            List<ChangeSet> sets = parse(f, RevisionRenderer.render(f, HEADER, ops));
            assertEquals(List.of(true, false, false, false, true), sets.stream().map(ChangeSet::isRunInTransaction).toList(), f.toString());
            assertEquals(List.of(1, 1, 1, 0), sets.subList(0, 4).stream().map(cs -> cs.getRollback().getChanges().stream()
                    .filter(c -> !(c instanceof EmptyChange)).count()).map(Long::intValue).toList(), f.toString());
            PreconditionContainer made = sets.get(2).getPreconditions();
            assertTrue(made != null && made.getOnFail() == PreconditionContainer.FailOption.MARK_RAN
                    && made.getNestedPreconditions().get(0) instanceof SqlPrecondition check && check.getExpectedResult().equals("0")
                    && check.getSql().contains("conname = 'uq_customer_email'"), f + ": the constraint step is skipped when done");
            assertTrue(sets.stream().filter(cs -> cs != sets.get(2)).allMatch(cs -> cs.getPreconditions() == null), f.toString());
        }
    }

    static List<ChangeSet> parse(Format f, String text) {
        try {
            Path dir = Files.createTempDirectory("safe-forms");
            String name = "r." + f.extension();
            Files.writeString(dir.resolve(name), text);
            try (DirectoryResourceAccessor files = new DirectoryResourceAccessor(dir)) {
                DatabaseChangeLog log = ChangeLogParserFactory.getInstance().getParser(name, files).parse(name, new ChangeLogParameters(), files);
                return log.getChangeSets();
            }
        } catch (Exception e) {
            throw new AssertionError("cannot parse the " + f + " revision:\n" + text, e);
        }
    }

    static String sql(ChangeSet cs) {
        StringBuilder sb = new StringBuilder();
        for (Change c : cs.getChanges()) {
            sb.append(c instanceof RawSQLChange raw ? raw.getSql() : c.getDescription()).append('\n');
        }
        return sb.toString();
    }

    private static int indexOf(List<String> sqls, String part) {
        for (int i = 0; i < sqls.size(); i++) {
            if (sqls.get(i).contains(part)) {
                return i;
            }
        }
        return -1;
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }
}
