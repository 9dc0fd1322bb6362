import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Writes a Maven project with a linear chain of wataomi revisions, in the exact format that
 * {@code mvn wataomi:create} writes (see examples/quickstart). Deterministic (fixed seed). The same changes are
 * also written as Flyway migrations ({@code src/main/resources/db/migration/V<n>__<slug>.sql}) and as an Alembic
 * script directory ({@code alembic/}: one revision per migration, Alembic's own operations), so that each tool runs
 * the same DDL in its own form.
 *
 * Usage: java Generate.java PROJECT_DIR [REVISIONS]
 *
 * Each revision has 3 changeSets plus its marker:
 *   1. createTable  (7 columns: PK id, unique code, not-null and defaulted columns)
 *   2. createIndex  on the new table
 *   3. by turns: addColumn (+ createIndex) to an earlier table, addForeignKeyConstraint to an
 *      earlier table, or addColumn with a not-null default + addUniqueConstraint on an earlier table.
 */
public class Generate {
    static final String NS = "<databaseChangeLog\n"
            + "        xmlns=\"http://www.liquibase.org/xml/ns/dbchangelog\"\n"
            + "        xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
            + "        xsi:schemaLocation=\"http://www.liquibase.org/xml/ns/dbchangelog"
            + " http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-latest.xsd\">\n";

    static final String[] NOUNS = {"account", "invoice", "order", "product", "shipment", "ticket", "project", "payment",
            "customer", "supplier", "warehouse", "contract", "report", "session", "device", "article"};

    public static void main(String[] args) throws IOException {
        Path project = Path.of(args[0]).toAbsolutePath();
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        Path changelog = project.resolve("src/main/resources/db/changelog");
        Path versions = changelog.resolve("versions");
        if (Files.exists(project)) {
            try (Stream<Path> s = Files.walk(project)) {
                for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        Files.createDirectories(versions);
        Files.writeString(project.resolve("pom.xml"), pom(), StandardCharsets.UTF_8);
        Path flyway = project.resolve("src/main/resources/db/migration");
        Path alembic = project.resolve("alembic");
        Files.createDirectories(flyway);
        Files.createDirectories(alembic.resolve("versions"));
        Files.writeString(alembic.resolve("alembic.ini"), "[alembic]\nscript_location = %(here)s\n", StandardCharsets.UTF_8);
        Files.writeString(alembic.resolve("env.py"), ALEMBIC_ENV, StandardCharsets.UTF_8);

        Random rnd = new Random(20261124L);
        Set<String> ids = new HashSet<>();
        List<String> tables = new ArrayList<>();
        List<String> files = new ArrayList<>();
        LocalDateTime when = LocalDateTime.of(2025, 1, 6, 9, 0, 0);
        String parent = "";
        int changeSets = 0;
        for (int i = 0; i < count; i++) {
            String id;
            do {
                byte[] b = new byte[6];
                rnd.nextBytes(b);
                id = HexFormat.of().formatHex(b);
            } while (!ids.add(id));
            when = when.plusMinutes(20 + rnd.nextInt(600)).plusSeconds(rnd.nextInt(60)).withNano(rnd.nextInt(1_000_000) * 1000);
            String table = String.format("%s_%04d", NOUNS[i % NOUNS.length], i);
            String message = "create " + table.replace('_', ' ') + " table";
            StringBuilder cs = new StringBuilder();
            StringBuilder sql = new StringBuilder();
            StringBuilder py = new StringBuilder();
            int n = 0;

            // 1. createTable
            cs.append(open(id, ++n));
            cs.append("        <createTable tableName=\"").append(table).append("\">\n");
            cs.append("            <column name=\"id\" type=\"bigint\" autoIncrement=\"true\">\n");
            cs.append("                <constraints primaryKey=\"true\" primaryKeyName=\"").append(table).append("_pkey\"/>\n");
            cs.append("            </column>\n");
            cs.append("            <column name=\"code\" type=\"varchar(64)\">\n");
            cs.append("                <constraints nullable=\"false\" unique=\"true\" uniqueConstraintName=\"uq_").append(table).append("_code\"/>\n");
            cs.append("            </column>\n");
            cs.append("            <column name=\"name\" type=\"varchar(255)\">\n");
            cs.append("                <constraints nullable=\"false\"/>\n");
            cs.append("            </column>\n");
            cs.append("            <column name=\"status\" type=\"varchar(32)\" defaultValue=\"active\">\n");
            cs.append("                <constraints nullable=\"false\"/>\n");
            cs.append("            </column>\n");
            cs.append("            <column name=\"parent_id\" type=\"bigint\"/>\n");
            cs.append("            <column name=\"amount\" type=\"numeric(12, 2)\"/>\n");
            cs.append("            <column name=\"created_at\" type=\"timestamp with time zone\" defaultValueComputed=\"now()\">\n");
            cs.append("                <constraints nullable=\"false\"/>\n");
            cs.append("            </column>\n");
            cs.append("        </createTable>\n");
            cs.append("    </changeSet>\n\n");
            sql.append("CREATE TABLE ").append(table).append(" (\n")
                    .append("    id bigint GENERATED BY DEFAULT AS IDENTITY NOT NULL,\n")
                    .append("    code varchar(64) NOT NULL,\n")
                    .append("    name varchar(255) NOT NULL,\n")
                    .append("    status varchar(32) DEFAULT 'active' NOT NULL,\n")
                    .append("    parent_id bigint,\n")
                    .append("    amount numeric(12, 2),\n")
                    .append("    created_at timestamp with time zone DEFAULT now() NOT NULL,\n")
                    .append("    CONSTRAINT ").append(table).append("_pkey PRIMARY KEY (id),\n")
                    .append("    CONSTRAINT uq_").append(table).append("_code UNIQUE (code)\n);\n");
            py.append("    op.create_table('").append(table).append("',\n")
                    .append("        sa.Column('id', sa.BigInteger(), sa.Identity(always=False), nullable=False),\n")
                    .append("        sa.Column('code', sa.String(64), nullable=False),\n")
                    .append("        sa.Column('name', sa.String(255), nullable=False),\n")
                    .append("        sa.Column('status', sa.String(32), server_default='active', nullable=False),\n")
                    .append("        sa.Column('parent_id', sa.BigInteger()),\n")
                    .append("        sa.Column('amount', sa.Numeric(12, 2)),\n")
                    .append("        sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),\n")
                    .append("        sa.PrimaryKeyConstraint('id', name='").append(table).append("_pkey'),\n")
                    .append("        sa.UniqueConstraint('code', name='uq_").append(table).append("_code'))\n");

            // 2. createIndex
            cs.append(open(id, ++n));
            cs.append("        <createIndex tableName=\"").append(table).append("\" indexName=\"ix_").append(table).append("_status_created\">\n");
            cs.append("            <column name=\"status\"/>\n");
            cs.append("            <column name=\"created_at\"/>\n");
            cs.append("        </createIndex>\n");
            cs.append("    </changeSet>\n\n");
            sql.append("CREATE INDEX ix_").append(table).append("_status_created ON ").append(table).append(" (status, created_at);\n");
            py.append("    op.create_index('ix_").append(table).append("_status_created', '").append(table)
                    .append("', ['status', 'created_at'])\n");

            // 3. a change to this or an earlier table
            String earlier = tables.isEmpty() ? table : tables.get(rnd.nextInt(tables.size()));
            cs.append(open(id, ++n));
            switch (i % 3) {
                case 0 -> {
                    String col = String.format("note_%04d", i);
                    cs.append("        <addColumn tableName=\"").append(earlier).append("\">\n");
                    cs.append("            <column name=\"").append(col).append("\" type=\"varchar(512)\"/>\n");
                    cs.append("        </addColumn>\n");
                    cs.append("        <createIndex tableName=\"").append(earlier).append("\" indexName=\"ix_").append(earlier)
                            .append("_").append(col).append("\">\n");
                    cs.append("            <column name=\"").append(col).append("\"/>\n");
                    cs.append("        </createIndex>\n");
                    sql.append("ALTER TABLE ").append(earlier).append(" ADD ").append(col).append(" varchar(512);\n");
                    sql.append("CREATE INDEX ix_").append(earlier).append("_").append(col).append(" ON ").append(earlier)
                            .append(" (").append(col).append(");\n");
                    py.append("    op.add_column('").append(earlier).append("', sa.Column('").append(col).append("', sa.String(512)))\n");
                    py.append("    op.create_index('ix_").append(earlier).append("_").append(col).append("', '").append(earlier)
                            .append("', ['").append(col).append("'])\n");
                }
                case 1 -> {
                    sql.append("ALTER TABLE ").append(table).append(" ADD CONSTRAINT fk_").append(table)
                            .append("_parent FOREIGN KEY (parent_id) REFERENCES ").append(earlier).append(" (id) ON DELETE SET NULL;\n");
                    py.append("    op.create_foreign_key('fk_").append(table).append("_parent', '").append(table).append("', '")
                            .append(earlier).append("', ['parent_id'], ['id'], ondelete='SET NULL')\n");
                    cs.append("        <addForeignKeyConstraint baseTableName=\"").append(table)
                        .append("\" baseColumnNames=\"parent_id\"\n")
                        .append("                                 constraintName=\"fk_").append(table).append("_parent\"\n")
                        .append("                                 referencedTableName=\"").append(earlier)
                        .append("\" referencedColumnNames=\"id\" onDelete=\"SET NULL\"/>\n");
                }
                default -> {
                    String col = String.format("flag_%04d", i);
                    cs.append("        <addColumn tableName=\"").append(earlier).append("\">\n");
                    cs.append("            <column name=\"").append(col).append("\" type=\"boolean\" defaultValueBoolean=\"false\">\n");
                    cs.append("                <constraints nullable=\"false\"/>\n");
                    cs.append("            </column>\n");
                    cs.append("        </addColumn>\n");
                    cs.append("        <addUniqueConstraint tableName=\"").append(earlier).append("\" columnNames=\"code, ")
                            .append(col).append("\" constraintName=\"uq_").append(earlier).append("_").append(col).append("\"/>\n");
                    sql.append("ALTER TABLE ").append(earlier).append(" ADD ").append(col).append(" boolean DEFAULT false NOT NULL;\n");
                    sql.append("ALTER TABLE ").append(earlier).append(" ADD CONSTRAINT uq_").append(earlier).append("_").append(col)
                            .append(" UNIQUE (code, ").append(col).append(");\n");
                    py.append("    op.add_column('").append(earlier).append("', sa.Column('").append(col)
                            .append("', sa.Boolean(), server_default=sa.text('false'), nullable=False))\n");
                    py.append("    op.create_unique_constraint('uq_").append(earlier).append("_").append(col).append("', '")
                            .append(earlier).append("', ['code', '").append(col).append("'])\n");
                }
            }
            cs.append("    </changeSet>\n");
            changeSets += n;
            tables.add(table);

            String name = fileName(id, message, when);
            Files.writeString(versions.resolve(name), revision(id, parent, message, when, cs.toString()), StandardCharsets.UTF_8);
            files.add(name);
            Files.writeString(flyway.resolve("V" + (i + 1) + "__" + slug(message) + ".sql"), sql.toString(), StandardCharsets.UTF_8);
            Files.writeString(alembic.resolve("versions/" + id + "_" + slug(message) + ".py"),
                    alembicRevision(id, parent, message, py.toString()), StandardCharsets.UTF_8);
            parent = id;
        }

        StringBuilder master = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        master.append("<!-- Master changelog, kept by wataomi: create and merge rewrite the list below in dependency order.\n");
        master.append("     Plain Liquibase (the CLI, Spring Boot's spring.liquibase.change-log) can run this file as is. -->\n");
        master.append(NS);
        for (String f : files) {
            master.append("    <include file=\"versions/").append(f).append("\" relativeToChangelogFile=\"true\"/>\n");
        }
        master.append("</databaseChangeLog>\n");
        Files.writeString(changelog.resolve("db.changelog-master.xml"), master.toString(), StandardCharsets.UTF_8);
        System.out.printf("Generated %d revisions, %d changeSets (+%d markers), head %s, in %s%n",
                count, changeSets, count, parent, project);
    }

    static final String ALEMBIC_ENV = """
            import os
            from alembic import context
            from sqlalchemy import create_engine

            engine = create_engine(os.environ["BENCH_ALEMBIC_URL"])
            with engine.connect() as connection:
                context.configure(connection=connection, target_metadata=None)
                with context.begin_transaction():
                    context.run_migrations()
            """;

    static String alembicRevision(String id, String parent, String message, String operations) {
        return "\"\"\"" + message + "\n\nRevision ID: " + id + "\nRevises: " + parent + "\n\"\"\"\n"
                + "from alembic import op\nimport sqlalchemy as sa\n\n"
                + "revision = '" + id + "'\ndown_revision = " + (parent.isEmpty() ? "None" : "'" + parent + "'") + "\n"
                + "branch_labels = None\ndepends_on = None\n\n\n"
                + "def upgrade():\n" + operations + "\n\ndef downgrade():\n    pass\n";
    }

    static String open(String id, int n) {
        return "    <changeSet id=\"" + id + "-" + n + "\" author=\"bench\">\n";
    }

    static String slug(String message) {
        String s = message.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        if (s.length() > 40) {
            s = s.substring(0, 40).replaceAll("_+$", "");
        }
        return s;
    }

    static String fileName(String id, String message, LocalDateTime when) {
        return String.format("%04d%02d%02d_%02d%02d-%s_%s.xml", when.getYear(), when.getMonthValue(), when.getDayOfMonth(),
                when.getHour(), when.getMinute(), id, slug(message));
    }

    static String revision(String id, String parent, String message, LocalDateTime when, String changeSets) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!--\n");
        sb.append("    ").append(message).append("\n\n");
        sb.append("    Revision ID: ").append(id).append('\n');
        sb.append("    Revises: ").append(parent.isEmpty() ? "<base>" : parent).append('\n');
        sb.append("    Create Date: ").append(when.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS"))).append('\n');
        sb.append("-->\n").append(NS).append('\n');
        sb.append("    <!-- Revision identifiers, read by wataomi (standard changelog properties). -->\n");
        sb.append("    <property name=\"wataomi.revision\" value=\"").append(id).append("\" global=\"false\"/>\n");
        sb.append("    <property name=\"wataomi.down_revision\" value=\"").append(parent).append("\" global=\"false\"/>\n");
        sb.append("    <property name=\"wataomi.message\" value=\"").append(message).append("\" global=\"false\"/>\n");
        sb.append("    <property name=\"wataomi.create_date\" value=\"")
                .append(when.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME)).append("\" global=\"false\"/>\n\n");
        sb.append(changeSets).append('\n');
        sb.append("    <!-- Revision marker: wataomi records it last, in the same transaction. Keep it last. -->\n");
        sb.append("    <changeSet id=\"").append(id).append("\" author=\"wataomi\">\n");
        sb.append("        <comment>Revision ").append(id).append(": ").append(message).append("</comment>\n");
        sb.append("    </changeSet>\n</databaseChangeLog>\n");
        return sb.toString();
    }

    static String pom() {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <project xmlns="http://maven.apache.org/POM/4.0.0"
                         xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                         xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">
                  <modelVersion>4.0.0</modelVersion>

                  <!-- Generated by bench/Generate.java: the same revisions for wataomi:upgrade, liquibase:update and flyway:migrate. -->
                  <groupId>io.wataomi.bench</groupId>
                  <artifactId>bench-project</artifactId>
                  <version>1.0.0-SNAPSHOT</version>
                  <packaging>pom</packaging>

                  <properties>
                    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
                  </properties>

                  <build>
                    <plugins>
                      <plugin>
                        <groupId>io.wataomi</groupId>
                        <artifactId>wataomi-maven-plugin</artifactId>
                        <version>0.1.0-SNAPSHOT</version>
                      </plugin>
                      <plugin>
                        <groupId>org.flywaydb</groupId>
                        <artifactId>flyway-maven-plugin</artifactId>
                        <version>13.12.0</version>
                        <dependencies>
                          <dependency>
                            <groupId>org.flywaydb</groupId>
                            <artifactId>flyway-database-postgresql</artifactId>
                            <version>13.12.0</version>
                          </dependency>
                          <dependency>
                            <groupId>org.postgresql</groupId>
                            <artifactId>postgresql</artifactId>
                            <version>42.7.7</version>
                          </dependency>
                        </dependencies>
                      </plugin>
                      <plugin>
                        <groupId>org.liquibase</groupId>
                        <artifactId>liquibase-maven-plugin</artifactId>
                        <version>4.33.0</version>
                        <dependencies>
                          <dependency>
                            <groupId>org.postgresql</groupId>
                            <artifactId>postgresql</artifactId>
                            <version>42.7.7</version>
                          </dependency>
                        </dependencies>
                      </plugin>
                    </plugins>
                  </build>
                </project>
                """;
    }
}
