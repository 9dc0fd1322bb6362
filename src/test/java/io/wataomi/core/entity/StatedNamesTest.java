package io.wataomi.core.entity;

import io.wataomi.core.shared.Output;
import io.wataomi.core.testing.EntityCompiler;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The names a mapping states are found wherever JPA lets it state one, nested annotations and mapped superclasses
 * included, by the plugin's Hibernate and by the project's own; the names Hibernate makes up are not among them.
 */
class StatedNamesTest {
    private static final Map<String, String> SOURCES = Map.of(
            "club.Audited", """
                    package club;
                    import jakarta.persistence.*;
                    @MappedSuperclass
                    public abstract class Audited {
                        @ManyToOne @JoinColumn(name = "created_by", foreignKey = @ForeignKey(name = "fk_created_by"))
                        Member createdBy;
                    }
                    """,
            "club.Member", """
                    package club;
                    import jakarta.persistence.*;
                    import java.util.Set;
                    @Entity
                    @Table(name = "member", indexes = {@Index(name = "ix_member_name", columnList = "name"), @Index(columnList = "nick")},
                            uniqueConstraints = @UniqueConstraint(name = "uq_member_email", columnNames = "email"))
                    public class Member {
                        @Id Long id;
                        String name;
                        String nick;
                        String email;
                        @Column(unique = true) String badge;
                        @ElementCollection
                        @CollectionTable(name = "member_phone", joinColumns = @JoinColumn(name = "member_id"),
                                foreignKey = @ForeignKey(name = "fk_phone_member"))
                        Set<String> phones;
                        @ManyToMany
                        @JoinTable(name = "member_club", joinColumns = @JoinColumn(name = "member_id"),
                                inverseJoinColumns = @JoinColumn(name = "club_id"), foreignKey = @ForeignKey(name = "fk_mc_member"),
                                inverseForeignKey = @ForeignKey(name = "\\"FK_MC_Club\\""))
                        Set<Club> clubs;
                    }
                    """,
            "club.Club", """
                    package club;
                    import jakarta.persistence.*;
                    @Entity
                    public class Club extends Audited {
                        @Id Long id;
                        @ManyToOne Member founder;
                    }
                    """);

    @ParameterizedTest(name = "project's Hibernate: {0}")
    @ValueSource(booleans = {false, true})
    void theNamesTheMappingStatesAreFoundAndNoOther(boolean projectHibernate) {
        Path classes = EntityCompiler.compile(SOURCES);
        List<Path> classpath = new ArrayList<>(List.of(classes));
        if (projectHibernate) {
            Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator)).map(Path::of).forEach(classpath::add);
        }
        EntityModel model = EntitySource.load(new EntityRequest(classpath, List.of(), null, "public"), Output.silent());

        assertEquals(List.of("\"FK_MC_Club\"", "fk_created_by", "fk_mc_member", "fk_phone_member", "ix_member_name", "uq_member_email"),
                model.statedNames());
        // Hibernate named the rest itself: the founder's key, the badge's unique constraint, the nick's index.
        String ddl = String.join("\n", model.ddl());
        for (String stated : List.of("fk_created_by", "fk_mc_member", "fk_phone_member", "ix_member_name", "uq_member_email")) {
            assertTrue(ddl.contains(stated), stated + " in\n" + ddl);
        }
        assertTrue(ddl.contains("\"FK_MC_Club\"") || ddl.contains("FK_MC_Club"), ddl);
    }
}
