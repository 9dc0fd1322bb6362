import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes a Maven project with N JPA entities (15 columns each, two indexes, a unique key and a foreign key to an
 * earlier entity) for the create benchmark, and the same tables as a SQLAlchemy model with an Alembic script directory
 * ({@code alembic/}, the model in {@code alembic/model.py}) for Alembic's autogenerate. Fixed seed, so every run
 * generates the same project.
 * Usage: java GenerateEntities.java <project dir> <entities> <plugin version>
 */
public class GenerateEntities {
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        int n = Integer.parseInt(args[1]);
        Path pkg = dir.resolve("src/main/java/bench/model");
        Files.createDirectories(pkg);
        Files.writeString(dir.resolve("pom.xml"), pom(args[2]));
        Path alembic = dir.resolve("alembic");
        Files.createDirectories(alembic.resolve("versions"));
        Files.writeString(alembic.resolve("alembic.ini"), "[alembic]\nscript_location = %(here)s\n");
        Files.writeString(alembic.resolve("env.py"), ALEMBIC_ENV);
        Files.writeString(alembic.resolve("script.py.mako"), ALEMBIC_TEMPLATE);
        StringBuilder model = new StringBuilder("from sqlalchemy import (MetaData, Table, Column, BigInteger, Boolean, Date, DateTime,"
                + " Float, ForeignKey, Identity, Index, Integer, Numeric, String, Text, UniqueConstraint)\n"
                + "from sqlalchemy.dialects.postgresql import UUID\n\nmetadata = MetaData()\n\n");
        Random random = new Random(42);
        for (int i = 1; i <= n; i++) {
            int parent = i == 1 ? 0 : 1 + random.nextInt(i - 1);
            Files.writeString(pkg.resolve(name(i) + ".java"), entity(i, parent, 50));
            model.append(table(i, parent, 50));
        }
        Files.writeString(alembic.resolve("model.py"), model.toString());
    }

    static final String ALEMBIC_ENV = """
            import os
            import sys
            from alembic import context
            from sqlalchemy import create_engine

            sys.path.insert(0, os.path.dirname(__file__))
            from model import metadata

            engine = create_engine(os.environ["BENCH_ALEMBIC_URL"])
            with engine.connect() as connection:
                context.configure(connection=connection, target_metadata=metadata, compare_type=True)
                with context.begin_transaction():
                    context.run_migrations()
            """;

    static final String ALEMBIC_TEMPLATE = """
            \"\"\"${message}

            Revision ID: ${up_revision}
            Revises: ${down_revision | comma,n}
            \"\"\"
            from alembic import op
            import sqlalchemy as sa
            ${imports if imports else ""}
            revision = ${repr(up_revision)}
            down_revision = ${repr(down_revision)}
            branch_labels = None
            depends_on = None


            def upgrade():
                ${upgrades if upgrades else "pass"}


            def downgrade():
                ${downgrades if downgrades else "pass"}
            """;

    /** The same table as a SQLAlchemy Core table, as the entity maps it (Hibernate's types and names). */
    static String table(int i, int parent, int labelLength) {
        String t = "t" + String.format("%04d", i);
        StringBuilder sb = new StringBuilder("Table('").append(t).append("', metadata,\n");
        sb.append("    Column('id', BigInteger, Identity(always=False), primary_key=True),\n");
        sb.append("    Column('amount', Numeric(12, 2)),\n");
        sb.append("    Column('big', BigInteger),\n");
        sb.append("    Column('code', String(40), nullable=False),\n");
        sb.append("    Column('created', DateTime(timezone=True), nullable=False),\n");
        sb.append("    Column('day', Date),\n");
        sb.append("    Column('flag', Boolean, nullable=False),\n");
        sb.append("    Column('label', String(").append(labelLength).append(")),\n");
        sb.append("    Column('name', String(200), nullable=False),\n");
        sb.append("    Column('note', Text),\n");
        sb.append("    Column('qty', Integer),\n");
        sb.append("    Column('ref', UUID(as_uuid=True)),\n");
        sb.append("    Column('score', Float(53)),\n");
        sb.append("    Column('status', String(20)),\n");
        if (parent > 0) {
            sb.append("    Column('parent_id', BigInteger, ForeignKey('t").append(String.format("%04d", parent))
              .append(".id', name='fk_").append(t).append("_parent')),\n");
        } else {
            sb.append("    Column('parent_id', BigInteger),\n");
        }
        sb.append("    Index('ix_").append(t).append("_name', 'name'),\n");
        sb.append("    Index('ix_").append(t).append("_label_status', 'label', 'status'),\n");
        sb.append("    UniqueConstraint('code', name='uq_").append(t).append("_code'))\n\n");
        return sb.toString();
    }

    static String name(int i) {
        return String.format("E%04d", i);
    }

    /** The entity source; labelLength is what the benchmark changes. */
    static String entity(int i, int parent, int labelLength) {
        String t = "t" + String.format("%04d", i);
        StringBuilder sb = new StringBuilder("package bench.model;\n\nimport jakarta.persistence.*;\n\n");
        sb.append("@Entity\n@Table(name = \"").append(t).append("\", indexes = {\n")
          .append("    @Index(name = \"ix_").append(t).append("_name\", columnList = \"name\"),\n")
          .append("    @Index(name = \"ix_").append(t).append("_label_status\", columnList = \"label, status\")},\n")
          .append("    uniqueConstraints = @UniqueConstraint(name = \"uq_").append(t).append("_code\", columnNames = \"code\"))\n");
        sb.append("public class ").append(name(i)).append(" {\n");
        sb.append("    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;\n");
        sb.append("    @Column(nullable = false, length = 40) String code;\n");
        sb.append("    @Column(nullable = false, length = 200) String name;\n");
        sb.append("    @Column(precision = 12, scale = 2) java.math.BigDecimal amount;\n");
        sb.append("    Integer qty;\n");
        sb.append("    @Column(nullable = false) boolean flag;\n");
        sb.append("    @Column(nullable = false) java.time.Instant created;\n");
        sb.append("    @Column(columnDefinition = \"text\") String note;\n");
        sb.append("    java.time.LocalDate day;\n");
        sb.append("    java.util.UUID ref;\n");
        sb.append("    Double score;\n");
        sb.append("    Long big;\n");
        sb.append("    @Column(length = ").append(labelLength).append(") String label;\n");
        sb.append("    @Column(length = 20) String status;\n");
        if (parent > 0) {
            sb.append("    @ManyToOne @JoinColumn(name = \"parent_id\", foreignKey = @ForeignKey(name = \"fk_").append(t)
              .append("_parent\")) ").append(name(parent)).append(" parent;\n");
        } else {
            sb.append("    Long parent_id;\n");
        }
        return sb.append("}\n").toString();
    }

    static String pom(String version) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<project xmlns=\"http://maven.apache.org/POM/4.0.0\">\n"
            + "  <modelVersion>4.0.0</modelVersion>\n  <groupId>bench</groupId>\n  <artifactId>create-bench</artifactId>\n"
            + "  <version>1</version>\n  <properties>\n    <maven.compiler.release>17</maven.compiler.release>\n"
            + "    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>\n  </properties>\n"
            + "  <dependencies>\n    <dependency>\n      <groupId>jakarta.persistence</groupId>\n"
            + "      <artifactId>jakarta.persistence-api</artifactId>\n      <version>3.2.0</version>\n    </dependency>\n"
            + "  </dependencies>\n  <build>\n    <pluginManagement>\n      <plugins>\n"
            + "        <plugin><artifactId>maven-compiler-plugin</artifactId><version>3.13.0</version></plugin>\n"
            + "        <plugin><artifactId>maven-resources-plugin</artifactId><version>3.3.1</version></plugin>\n"
            + "      </plugins>\n    </pluginManagement>\n    <plugins>\n      <plugin>\n"
            + "        <groupId>io.wataomi</groupId>\n        <artifactId>wataomi-maven-plugin</artifactId>\n"
            + "        <version>" + version + "</version>\n      </plugin>\n    </plugins>\n  </build>\n</project>\n";
    }
}
