package io.wataomi.core.entity;

import io.wataomi.core.testing.EntityCompiler;
import io.wataomi.core.testing.RecordingOutput;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The project's own Hibernate (here the test classpath's hibernate-core, found as the project's) writes the columns and
 * key columns in the order it uses when it creates the schema itself, not in declaration order.
 */
class ProjectColumnOrderTest {
    @Test
    void keyAndTableColumnsAreOrderedAsHibernatesOwnCreateOrdersThem() {
        Path classes = EntityCompiler.compile(Map.of("shop.Policy", """
                package shop;
                import jakarta.persistence.*;
                import java.util.Set;
                @Entity
                public class Policy {
                    @Id Long id;
                    String zone;
                    Integer amount;
                    @ManyToMany
                    @JoinTable(name = "associated_policy", joinColumns = @JoinColumn(name = "policy_id"),
                            inverseJoinColumns = @JoinColumn(name = "associated_id"))
                    Set<Policy> associated;
                }
                """));
        List<Path> classpath = new ArrayList<>(List.of(classes));
        Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator)).map(Path::of).forEach(classpath::add);
        RecordingOutput output = new RecordingOutput();
        EntityModel model = EntitySource.load(new EntityRequest(classpath, List.of(), null, "public"), output);

        assertTrue(output.text().contains("with the project's Hibernate ORM"), output.text());
        // The offline boot is the plugin's choice, not the project's concern: Hibernate's warning about it is debug detail.
        List<String> warnings = output.lines().stream().filter(l -> l.startsWith("WARN")).toList();
        assertTrue(warnings.stream().noneMatch(l -> l.contains("connection provider")), output.text());
        assertEquals(warnings.stream().distinct().count(), warnings.size(), output.text());
        assertEquals(List.of("create table Policy (amount integer, id bigint not null, zone varchar(255), primary key (id))",
                        "create table associated_policy (associated_id bigint not null, policy_id bigint not null,"
                        + " primary key (associated_id, policy_id))"),
                model.ddl().stream().filter(s -> s.startsWith("create table")).sorted().toList());
    }
}
