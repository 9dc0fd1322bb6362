import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The zero-downtime benchmark's Java side (see zero-downtime.sh).
 *
 * <pre>
 * java ZeroDowntime.java project DIR VERSION        the Maven project: pom, base entities, plain Liquibase changelogs
 * java ZeroDowntime.java entities DIR KIND          rewrites the entities of DIR into their state after KIND
 * java ZeroDowntime.java stall LOG_PREFIX FROM TO BASE_FROM
 *     reads pgbench's per-transaction logs (LOG_PREFIX*) and prints, on one line, for the transactions around the
 *     migration window [FROM, TO] (epoch ms): the longest interval with no completed transaction that overlaps the
 *     window (ms), the 99th percentile of the latency of the transactions completed in it (ms), how many completed
 *     in it, the last completion seen (epoch ms), and the same longest interval and p99 for [BASE_FROM, FROM]
 *     (the load before the migration started), and every interval of a second or more with no completion in
 *     the window, in seconds ("5.0/5.0/2.1", or "-").
 * </pre>
 */
public class ZeroDowntime {
    /** The revision kinds of issue 9's table, in its order. */
    static final List<String> KINDS = List.of("nullable-column", "index", "not-null-default", "int-to-bigint", "foreign-key");

    public static void main(String[] args) throws IOException {
        switch (args[0]) {
            case "project" -> project(Path.of(args[1]), args[2]);
            case "entities" -> entities(Path.of(args[1]), args[2]);
            case "stall" -> stall(args[1], Long.parseLong(args[2]), Long.parseLong(args[3]), Long.parseLong(args[4]));
            default -> throw new IllegalArgumentException("unknown command " + args[0] + "; use project, entities or stall");
        }
    }

    static void project(Path dir, String version) throws IOException {
        Files.createDirectories(dir.resolve("liquibase"));
        Files.writeString(dir.resolve("pom.xml"), pom(version));
        entities(dir, "base");
        for (String kind : KINDS) {
            Files.writeString(dir.resolve("liquibase/" + kind + ".xml"), changelog(kind, liquibaseChange(kind)));
        }
    }

    static void entities(Path dir, String kind) throws IOException {
        if (!kind.equals("base") && !KINDS.contains(kind)) {
            throw new IllegalArgumentException("unknown kind " + kind + "; one of " + KINDS);
        }
        Path pkg = dir.resolve("src/main/java/bench/zd");
        Files.createDirectories(pkg);
        Files.writeString(pkg.resolve("Owner.java"), """
                package bench.zd;

                import jakarta.persistence.*;

                @Entity
                @Table(name = "owner")
                public class Owner {
                    @Id Long id;
                    @Column(length = 100) String name;
                }
                """);
        Files.writeString(pkg.resolve("Account.java"), account(kind));
    }

    /** The application's table: 1,000,000 rows in the benchmark; each kind changes one thing. */
    static String account(String kind) {
        String indexes = kind.equals("index") ? ", indexes = @Index(name = \"ix_account_note\", columnList = \"note\")" : "";
        String owner = kind.equals("foreign-key")
                ? "@ManyToOne @JoinColumn(name = \"owner_id\", foreignKey = @ForeignKey(name = \"fk_account_owner\")) Owner owner;"
                : "@Column(name = \"owner_id\") Long ownerId;";
        String qty = kind.equals("int-to-bigint") ? "Long qty;" : "Integer qty;";
        StringBuilder extra = new StringBuilder();
        if (kind.equals("nullable-column")) {
            extra.append("    String bio;\n");
        }
        if (kind.equals("not-null-default")) {
            extra.append("    @ColumnDefault(\"0\") @Column(nullable = false) Integer score;\n");
        }
        return "package bench.zd;\n\nimport jakarta.persistence.*;\nimport org.hibernate.annotations.ColumnDefault;\n\n"
                + "@Entity\n@Table(name = \"account\"" + indexes + ")\n"
                + "public class Account {\n"
                + "    @Id Long id;\n"
                + "    " + owner + "\n"
                + "    " + qty + "\n"
                + "    @Column(length = 100) String payload;\n"
                + "    @Column(length = 100) String note;\n"
                + extra
                + "}\n";
    }

    /** The change as Liquibase users write it by hand: Liquibase's own change types, their plain statements. */
    static String liquibaseChange(String kind) {
        return switch (kind) {
            case "nullable-column" -> """
                        <addColumn tableName="account">
                            <column name="bio" type="varchar(255)"/>
                        </addColumn>
                """;
            case "index" -> """
                        <createIndex tableName="account" indexName="ix_account_note">
                            <column name="note"/>
                        </createIndex>
                """;
            case "not-null-default" -> """
                        <addColumn tableName="account">
                            <column name="score" type="integer" defaultValueNumeric="0">
                                <constraints nullable="false"/>
                            </column>
                        </addColumn>
                """;
            case "int-to-bigint" -> """
                        <modifyDataType tableName="account" columnName="qty" newDataType="bigint"/>
                """;
            case "foreign-key" -> """
                        <addForeignKeyConstraint baseTableName="account" baseColumnNames="owner_id" constraintName="fk_account_owner"
                                                 referencedTableName="owner" referencedColumnNames="id"/>
                """;
            default -> throw new IllegalArgumentException(kind);
        };
    }

    static String changelog(String kind, String change) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog"
                        xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                        xsi:schemaLocation="http://www.liquibase.org/xml/ns/dbchangelog http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-latest.xsd">
                    <changeSet id="%s" author="bench">
                %s    </changeSet>
                </databaseChangeLog>
                """.formatted(kind, change);
    }

    static String pom(String version) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <!-- Generated by bench/ZeroDowntime.java for bench/zero-downtime.sh. -->
                  <groupId>io.wataomi.bench</groupId>
                  <artifactId>zero-downtime</artifactId>
                  <version>1</version>
                  <properties>
                    <maven.compiler.release>17</maven.compiler.release>
                    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
                  </properties>
                  <dependencies>
                    <dependency>
                      <groupId>jakarta.persistence</groupId>
                      <artifactId>jakarta.persistence-api</artifactId>
                      <version>3.2.0</version>
                    </dependency>
                    <dependency>
                      <groupId>org.hibernate.orm</groupId>
                      <artifactId>hibernate-core</artifactId>
                      <version>7.4.13.Final</version>
                    </dependency>
                  </dependencies>
                  <build>
                    <pluginManagement>
                      <plugins>
                        <plugin><artifactId>maven-compiler-plugin</artifactId><version>3.13.0</version></plugin>
                        <plugin><artifactId>maven-resources-plugin</artifactId><version>3.3.1</version></plugin>
                      </plugins>
                    </pluginManagement>
                    <plugins>
                      <plugin>
                        <groupId>io.wataomi</groupId>
                        <artifactId>wataomi-maven-plugin</artifactId>
                        <version>%s</version>
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
                """.formatted(version);
    }

    /** One completed transaction of a pgbench log: when it completed (epoch ms) and its latency (ms). */
    record Done(double at, double latency) {
    }

    static void stall(String prefix, long from, long to, long baseFrom) throws IOException {
        Path first = Path.of(prefix);
        List<Done> done = new ArrayList<>();
        try (Stream<Path> files = Files.list(first.toAbsolutePath().getParent())) {
            for (Path log : files.filter(p -> p.getFileName().toString().startsWith(first.getFileName().toString())).toList()) {
                for (String line : Files.readAllLines(log)) {
                    // client_id transaction_no time script_no time_epoch time_us [schedule_lag]: time is the latency in µs
                    // (from the scheduled start under --rate), time_epoch.time_us the completion; failed and skipped
                    // transactions have a word instead of the time
                    String[] f = line.trim().split("\\s+");
                    if (f.length < 6 || !f[2].chars().allMatch(Character::isDigit)) {
                        continue;
                    }
                    done.add(new Done(Long.parseLong(f[4]) * 1000.0 + Long.parseLong(f[5]) / 1000.0, Long.parseLong(f[2]) / 1000.0));
                }
            }
        }
        if (done.isEmpty()) {
            throw new IllegalStateException("no completed transaction in " + prefix + "*");
        }
        done.sort((a, b) -> Double.compare(a.at(), b.at()));
        double last = done.get(done.size() - 1).at();
        System.out.printf(Locale.ROOT, "%.0f %.0f %d %.0f %.0f %.0f %s%n", longestGap(done, from, to), p99(done, from, to),
                done.stream().filter(d -> d.at() >= from && d.at() <= to).count(), last,
                longestGap(done, baseFrom, from), p99(done, baseFrom, from), stalls(done, from, to));
    }

    /** The longest interval between consecutive completions (or a window edge) that overlaps [from, to]. */
    static double longestGap(List<Done> done, double from, double to) {
        double longest = 0;
        double previous = Double.NaN;
        for (Done d : done) {
            if (!Double.isNaN(previous) && d.at() >= from && previous <= to) {
                longest = Math.max(longest, Math.min(d.at(), to) - Math.max(previous, from));
            }
            previous = d.at();
            if (previous > to) {
                break;
            }
        }
        if (previous < to) {
            longest = Math.max(longest, to - Math.max(previous, from));
        }
        return longest;
    }

    /** Every interval of at least a second with no completion inside [from, to], in seconds, in order: "5.0/5.0/2.1". */
    static String stalls(List<Done> done, double from, double to) {
        List<String> stalls = new ArrayList<>();
        for (int i = 1; i < done.size(); i++) {
            double gap = Math.min(done.get(i).at(), to) - Math.max(done.get(i - 1).at(), from);
            if (gap >= 1000) {
                stalls.add(String.format(Locale.ROOT, "%.1f", gap / 1000));
            }
        }
        return stalls.isEmpty() ? "-" : String.join("/", stalls);
    }

    static double p99(List<Done> done, double from, double to) {
        double[] latencies = done.stream().filter(d -> d.at() >= from && d.at() <= to).mapToDouble(Done::latency).sorted().toArray();
        if (latencies.length == 0) {
            return Double.NaN;
        }
        return latencies[Math.max(0, (int) Math.ceil(latencies.length * 0.99) - 1)];
    }
}
