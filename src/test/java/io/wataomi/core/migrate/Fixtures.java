package io.wataomi.core.migrate;

import io.wataomi.core.testing.TestProject;

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
}
