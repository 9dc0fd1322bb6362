package io.wataomi.core.entity;

import io.wataomi.core.testing.QuotingApplication;
import io.wataomi.core.shared.Output;
import io.wataomi.core.shared.WataomiException;
import io.wataomi.core.testing.DdlScript;
import io.wataomi.core.testing.HibernateValidation;
import io.wataomi.core.testing.RecordingOutput;
import io.wataomi.core.testing.TestDatabase;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Scanning, the packages filter, schemas, and what the loader says when there is nothing (right) to load. */
class EntitySourceTest {
    private static final Path TEST_CLASSES = BroadEntitiesTest.TEST_CLASSES;
    private static final String BROAD = "io.wataomi.entities.broad";

    private static EntityModel load(String packages) {
        return EntitySource.load(QuotingApplication.of(List.of(TEST_CLASSES), EntityRequest.parsePackages(packages)), Output.silent());
    }

    @Test
    void packagesFilterKeepsOnlyTheirClassesAndSubpackages() {
        assertEquals(List.of(BROAD + ".keys.Enrollment", BROAD + ".keys.OrderLine", BROAD + ".keys.Shipment",
                        BROAD + ".reserved.Group", BROAD + ".reserved.Order", BROAD + ".reserved.User"),
                load(BROAD + ".keys, " + BROAD + ".reserved").entityClasses());

        List<String> all = load(BROAD).entityClasses();
        assertEquals(26, all.size(), all.toString());
        assertTrue(all.stream().allMatch(c -> c.startsWith(BROAD + ".")), all.toString());
    }

    @Test
    void everyBroadSetTogetherAppliesAndValidates() {
        EntityRequest request = QuotingApplication.of(List.of(TEST_CLASSES), List.of(BROAD));
        EntityModel model = EntitySource.load(request, Output.silent());
        String url = TestDatabase.create("broad_all");
        DdlScript.apply(url, model.ddl());
        HibernateValidation.validate(request, url);
    }

    @Test
    void schemasListTheDefaultAndEveryNamedSchema() {
        EntityModel model = EntitySource.load(QuotingApplication.request(List.of(TEST_CLASSES), List.of(BROAD + ".relations"),
                "standard", "App"), Output.silent());
        assertEquals(List.of("app", "billing"), model.schemas());
        assertEquals(List.of("create schema if not exists \"app\"", "create schema if not exists \"billing\""),
                model.ddl().subList(0, 2));
        assertTrue(model.ddl().stream().noneMatch(s -> s.endsWith(";") || s.isBlank()), model.ddl().toString());
        assertTrue(model.ddl().contains("create sequence billing.invoice_seq start with 1 increment by 10"), model.ddl().toString());
    }

    @Test
    void aPackagePrefixIsNotAPackage() {
        EntityException e = assertThrows(EntityException.class, () -> load("io.wataomi.entities.bro"));
        assertTrue(e.getMessage().contains("No @Entity classes found in " + TEST_CLASSES), e.getMessage());
        assertTrue(e.getMessage().contains("io.wataomi.entities.bro (wataomi.packages)"), e.getMessage());
        assertTrue(e.isProjectProblem());
    }

    @Test
    void aMissingOutputDirectoryAsksToCompileFirst() {
        Path missing = Path.of("target/no-such-classes");
        EntityException e = assertThrows(EntityException.class,
                () -> EntitySource.load(QuotingApplication.of(List.of(missing), List.of()), Output.silent()));
        assertTrue(e.getMessage().contains(missing + " does not exist: compile the project first"), e.getMessage());
    }

    @Test
    void hibernateLogsGoToTheConsoleAsDebugAndNowhereElse() {
        List<LogRecord> atRoot = new ArrayList<>();
        Handler spy = new Handler() {
            @Override
            public void publish(LogRecord record) {
                atRoot.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        PrintStream stdout = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        RecordingOutput output = new RecordingOutput();
        Logger.getLogger("").addHandler(spy);
        System.setOut(new PrintStream(printed, true));
        try {
            EntitySource.load(QuotingApplication.of(List.of(TEST_CLASSES), List.of(BROAD + ".types")), output);
        } finally {
            System.setOut(stdout);
            Logger.getLogger("").removeHandler(spy);
        }
        assertEquals("", printed.toString());
        assertEquals(List.of(), atRoot.stream().filter(r -> r.getLoggerName().startsWith("org.hibernate")).map(LogRecord::getMessage).toList());
        // Logged at INFO on every boot (the version line only once per JVM).
        assertTrue(output.lines().stream().anyMatch(l -> l.startsWith("DEBUG [hibernate] HHH10001005: Database info")), output.text());
        assertTrue(output.lines().stream().noneMatch(l -> l.startsWith("WARN")), output.text());
        assertTrue(Logger.getLogger("org.hibernate").getUseParentHandlers(), "routing is undone after the load");
    }

    @Test
    void rejectedEntityNamesClassAndReason() {
        EntityMappingException e = assertThrows(EntityMappingException.class, () -> load("io.wataomi.entities.rejected.noid"));
        assertEquals("io.wataomi.entities.rejected.noid.Orphan", e.className());
        assertEquals(null, e.member());
        assertTrue(e.reason().contains("has no identifier"), e.reason());
        assertTrue(e.getMessage().startsWith("Hibernate rejects class io.wataomi.entities.rejected.noid.Orphan: Entity"), e.getMessage());
        assertTrue(e.getMessage().contains("Hint: give the class an @Id"), e.getMessage());
        assertTrue(((WataomiException) e).isProjectProblem());
    }

    @Test
    void rejectedMappedByNamesClassMemberAndReason() {
        EntityMappingException e = assertThrows(EntityMappingException.class, () -> load("io.wataomi.entities.rejected.mappedby"));
        assertEquals("io.wataomi.entities.rejected.mappedby.Parent", e.className());
        assertEquals("children", e.member());
        assertTrue(e.reason().contains("'mother' which does not exist"), e.reason());
        assertTrue(e.getMessage().startsWith("Hibernate rejects class io.wataomi.entities.rejected.mappedby.Parent, member children: "),
                e.getMessage());
        assertTrue(e.getMessage().contains("Hint: mappedBy must name the property"), e.getMessage());
    }

    @Test
    void rejectedTargetNamesClassMemberAndReason() {
        EntityMappingException e = assertThrows(EntityMappingException.class, () -> load("io.wataomi.entities.rejected.target"));
        assertEquals("io.wataomi.entities.rejected.target.Purchase", e.className());
        assertEquals("shop", e.member());
        assertTrue(e.reason().contains("which is not an '@Entity' type"), e.reason());
        assertTrue(e.getMessage().contains("add its package there"), e.getMessage());
    }

    @Test
    void oneInfoLineSaysWhichHibernateNamingAndSettingsWereUsedAndWhereEachCameFrom() {
        RecordingOutput output = new RecordingOutput();
        EntitySource.load(new EntityRequest(List.of(TEST_CLASSES), List.of(BROAD + ".keys"), "auto", "public",
                new EntityRequest.Application(null, List.of(), java.util.Map.of("hibernate.auto_quote_keyword", "true"))), output);
        List<String> lines = output.lines().stream().filter(l -> l.contains("entities with")).toList();
        assertEquals(1, lines.size(), output.lines().toString());
        String line = lines.get(0);
        assertTrue(line.contains("with the plugin's Hibernate ORM " + org.hibernate.Version.getVersionString() + " (the project has none)"), line);
        assertTrue(line.contains("naming standard (auto: no Spring Boot on the classpath)"), line);
        assertTrue(line.endsWith("settings: hibernate.auto_quote_keyword=true (<hibernateProperties>)"), line);
    }
}
