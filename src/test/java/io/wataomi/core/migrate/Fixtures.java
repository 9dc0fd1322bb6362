package io.wataomi.core.migrate;

import io.wataomi.core.shared.Output;
import io.wataomi.core.testing.LockHolder;
import io.wataomi.core.testing.TestDatabase;
import io.wataomi.core.testing.TestProject;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Revision contents shared by the migration tests. */
final class Fixtures {
    private Fixtures() {
    }

    /** Changesets (not counting the markers) of {@link #threeRevisions}. */
    static final int THREE_REVISIONS_CHANGESETS = 7;

    /**
     * Three revisions, each with 2–3 changeSets of several changes: tables, columns, indexes,
     * constraints, a view and rows.
     */
    static TestProject threeRevisions(String label) {
        TestProject p = TestProject.create(label);
        p.writeRevision("create customer and product", """
                    <changeSet id="r1-1" author="test">
                        <createTable tableName="customer">
                            <column name="id" type="bigint" autoIncrement="true">
                                <constraints primaryKey="true" nullable="false"/>
                            </column>
                            <column name="name" type="varchar(100)">
                                <constraints nullable="false"/>
                            </column>
                            <column name="email" type="varchar(200)"/>
                        </createTable>
                    </changeSet>
                    <changeSet id="r1-2" author="test">
                        <createTable tableName="product">
                            <column name="id" type="int">
                                <constraints primaryKey="true" nullable="false"/>
                            </column>
                            <column name="title" type="varchar(50)">
                                <constraints nullable="false"/>
                            </column>
                            <column name="price" type="numeric(10,2)" defaultValueNumeric="0"/>
                        </createTable>
                        <insert tableName="product">
                            <column name="id" valueNumeric="1"/>
                            <column name="title" value="pen"/>
                            <column name="price" valueNumeric="1.50"/>
                        </insert>
                        <insert tableName="product">
                            <column name="id" valueNumeric="2"/>
                            <column name="title" value="ink"/>
                        </insert>
                    </changeSet>
                    <changeSet id="r1-3" author="test">
                        <createIndex tableName="customer" indexName="idx_customer_email">
                            <column name="email"/>
                        </createIndex>
                        <insert tableName="customer">
                            <column name="name" value="alice"/>
                            <column name="email" value="alice@example.com"/>
                        </insert>
                    </changeSet>
                """);
        p.writeRevision("orders", """
                    <changeSet id="r2-1" author="test">
                        <createTable tableName="orders">
                            <column name="id" type="int">
                                <constraints primaryKey="true" nullable="false"/>
                            </column>
                            <column name="customer_id" type="bigint">
                                <constraints nullable="false"/>
                            </column>
                            <column name="product_id" type="int"/>
                        </createTable>
                        <addForeignKeyConstraint baseTableName="orders" baseColumnNames="customer_id"
                                constraintName="fk_orders_customer" referencedTableName="customer" referencedColumnNames="id"/>
                    </changeSet>
                    <changeSet id="r2-2" author="test">
                        <addColumn tableName="customer">
                            <column name="phone" type="varchar(30)"/>
                        </addColumn>
                        <insert tableName="orders">
                            <column name="id" valueNumeric="10"/>
                            <column name="customer_id" valueNumeric="1"/>
                            <column name="product_id" valueNumeric="2"/>
                        </insert>
                    </changeSet>
                """);
        p.writeRevision("bio and uniqueness", """
                    <changeSet id="r3-1" author="test">
                        <addColumn tableName="customer">
                            <column name="bio" type="text" defaultValue="none"/>
                        </addColumn>
                        <createIndex tableName="orders" indexName="idx_orders_customer">
                            <column name="customer_id"/>
                        </createIndex>
                    </changeSet>
                    <changeSet id="r3-2" author="test">
                        <addUniqueConstraint tableName="product" columnNames="title" constraintName="uq_product_title"/>
                        <update tableName="customer">
                            <column name="phone" value="555-0100"/>
                            <where>name = 'alice'</where>
                        </update>
                        <createView viewName="customer_orders">SELECT c.name, o.id AS order_id FROM customer c JOIN orders o ON o.customer_id = c.id</createView>
                    </changeSet>
                """);
        return p;
    }

    /** The items table with 2,000 rows, the first revision of the concurrent-step fixtures. */
    private static final String ITEMS = """
                <changeSet id="i-1" author="test">
                    <createTable tableName="items">
                        <column name="id" type="int"><constraints primaryKey="true" nullable="false"/></column>
                        <column name="code" type="int"/>
                        <column name="qty" type="int"/>
                    </createTable>
                    <sql>INSERT INTO items SELECT g, g % 97, g % 13 FROM generate_series(1, 2000) g</sql>
                    <rollback><dropTable tableName="items"/></rollback>
                </changeSet>
            """;

    /** A concurrent step that builds an index on items.code, dropping first an invalid one a cut-short build left. */
    private static final String INDEX_STEP = """
                <changeSet id="s-2" author="test" runInTransaction="false">
                    <sql>DROP INDEX CONCURRENTLY IF EXISTS ix_items_code;
                CREATE INDEX CONCURRENTLY ix_items_code ON items (code)</sql>
                    <rollback><sql>DROP INDEX CONCURRENTLY IF EXISTS ix_items_code</sql></rollback>
                </changeSet>
            """;

    /** A table with rows, then a revision that adds a column to it (an ACCESS EXCLUSIVE lock on an existing table). */
    static TestProject alterCustomer(String label) {
        TestProject p = TestProject.create(label);
        p.writeRevision("customer", """
                    <changeSet id="c-1" author="test">
                        <createTable tableName="customer">
                            <column name="id" type="int"><constraints primaryKey="true" nullable="false"/></column>
                            <column name="name" type="varchar(50)"/>
                        </createTable>
                        <sql>INSERT INTO customer SELECT g, 'c' || g FROM generate_series(1, 100) g</sql>
                        <rollback><dropTable tableName="customer"/></rollback>
                    </changeSet>
                """);
        p.writeRevision("add customer bio", """
                    <changeSet id="b-1" author="test">
                        <addColumn tableName="customer"><column name="bio" type="varchar(255)"/></addColumn>
                    </changeSet>
                """);
        return p;
    }

    /** A report of the application that read the customer table and stays idle in its transaction. */
    static LockHolder customerReport(String url) throws SQLException {
        return LockHolder.hold(url, "report-job", "SELECT * FROM customer LIMIT 1");
    }

    /**
     * Two revisions: items, then one whose transactional part creates another table (so a writer on items does not block
     * it) and whose concurrent step indexes items.
     */
    static TestProject concurrentIndex(String label) {
        TestProject p = TestProject.create(label);
        p.writeRevision("items", ITEMS);
        p.writeRevision("audit and index items by code", """
                    <changeSet id="s-1" author="test">
                        <createTable tableName="audit">
                            <column name="id" type="int"><constraints primaryKey="true" nullable="false"/></column>
                        </createTable>
                    </changeSet>
                """ + INDEX_STEP);
        return p;
    }

    /**
     * Three revisions, the second with concurrent steps: its transactional part adds a column and a NOT VALID check,
     * then an index built concurrently (dropping a leftover invalid one first) and the check validated, each on its own.
     */
    static TestProject concurrentSteps(String label) {
        TestProject p = TestProject.create(label);
        p.writeRevision("items", ITEMS);
        p.writeRevision("index items by code and check qty", """
                    <changeSet id="s-1" author="test">
                        <addColumn tableName="items"><column name="weight" type="int"/></addColumn>
                        <sql>ALTER TABLE items ADD CONSTRAINT ck_items_qty CHECK (qty >= 0) NOT VALID</sql>
                        <rollback>
                            <sql>ALTER TABLE items DROP CONSTRAINT ck_items_qty</sql>
                            <dropColumn tableName="items" columnName="weight"/>
                        </rollback>
                    </changeSet>
                """ + INDEX_STEP + """
                    <changeSet id="s-3" author="test" runInTransaction="false">
                        <sql>ALTER TABLE items VALIDATE CONSTRAINT ck_items_qty</sql>
                        <rollback/>
                    </changeSet>
                """);
        p.writeRevision("notes", """
                    <changeSet id="n-1" author="test">
                        <createTable tableName="notes">
                            <column name="id" type="int"><constraints primaryKey="true" nullable="false"/></column>
                        </createTable>
                    </changeSet>
                """);
        return p;
    }

    /** A new database with the project's first revision applied; returns its URL. */
    static String atFirstRevision(TestProject project, String label) {
        String url = TestDatabase.create(label);
        project.wataomi(url, Output.silent()).upgrade(project.revisionIds().get(0), false, null);
        return url;
    }

    /** True when the index exists and is valid (a concurrent build that was cut short leaves it invalid). */
    static Boolean indexValid(String url, String index) throws SQLException {
        try (Connection c = TestDatabase.connect(url); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT i.indisvalid FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid"
                     + " WHERE c.relname = '" + index + "'")) {
            return rs.next() ? rs.getBoolean(1) : null;
        }
    }
}
