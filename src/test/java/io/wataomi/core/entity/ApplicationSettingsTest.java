package io.wataomi.core.entity;

import io.wataomi.core.config.ConfigException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Where the application's Hibernate settings are read from, and which source wins. */
class ApplicationSettingsTest {
    @TempDir
    Path classes;

    private void write(String name, String text) throws IOException {
        Path f = classes.resolve(name);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text);
    }

    private ApplicationSettings read(String unit, List<String> profiles, Map<String, String> plugin, boolean springBoot) {
        return ApplicationSettings.read(new ApplicationSettings.Request(classes, unit, profiles, plugin, springBoot));
    }

    private static final String PERSISTENCE_XML = """
            <persistence xmlns="https://jakarta.ee/xml/ns/persistence" version="3.0">
              <persistence-unit name="main">
                <properties>
                  <property name="hibernate.default_schema" value="from_xml"/>
                  <property name="hibernate.auto_quote_keyword" value="false"/>
                </properties>
              </persistence-unit>
              <persistence-unit name="reporting">
                <properties><property name="hibernate.default_schema" value="reports"/></properties>
              </persistence-unit>
            </persistence>
            """;

    @Test
    void laterSourcesWinAndEachSettingSaysWhereItCameFrom() throws IOException {
        write("hibernate.properties", "hibernate.default_schema=from_properties\nhibernate.globally_quoted_identifiers=true\nother=x\n");
        write("META-INF/persistence.xml", PERSISTENCE_XML);
        write("application.yml", """
                spring:
                  jpa:
                    properties:
                      hibernate:
                        auto_quote_keyword: true
                        type.preferred_instant_jdbc_type: TIMESTAMP
                    hibernate:
                      naming:
                        physical-strategy: com.example.Physical
                ---
                spring:
                  config:
                    activate:
                      on-profile: prod
                  jpa:
                    properties:
                      hibernate.default_schema: from_prod_document
                """);
        write("application-dev.properties", "spring.jpa.properties.hibernate.default_schema=from_dev\n");
        ApplicationSettings s = read("main", List.of("prod", "dev"), Map.of("hibernate.globally_quoted_identifiers", "false"), true);

        assertEquals(new ApplicationSettings.Setting("from_dev", "application-dev.properties (profile dev)"), s.get("hibernate.default_schema"));
        assertEquals(new ApplicationSettings.Setting("true", "application.yml"), s.get("hibernate.auto_quote_keyword"));
        assertEquals(new ApplicationSettings.Setting("TIMESTAMP", "application.yml"), s.get("hibernate.type.preferred_instant_jdbc_type"));
        assertEquals(new ApplicationSettings.Setting("false", "<hibernateProperties>"), s.get("hibernate.globally_quoted_identifiers"));
        assertEquals(new ApplicationSettings.Setting("com.example.Physical", "application.yml"), s.get(ApplicationSettings.PHYSICAL));
        assertEquals(new ApplicationSettings.Setting(ApplicationSettings.SPRING_IMPLICIT, "Spring Boot's default"), s.get(ApplicationSettings.IMPLICIT));
        assertNull(s.get("other"), "hibernate.properties keys other than hibernate.* are not Hibernate's");
    }

    @Test
    void aProfileDocumentAppliesOnlyWithItsProfileAndTheFilesActiveProfileIsTheDefault() throws IOException {
        write("application.yml", """
                spring.profiles.active: prod
                spring.jpa.properties.hibernate.default_schema: base
                ---
                spring.config.activate.on-profile: prod
                spring.jpa.properties.hibernate.default_schema: prod
                """);
        assertEquals("prod", read(null, List.of(), Map.of(), false).get("hibernate.default_schema").value());
        assertEquals("base", read(null, List.of("test"), Map.of(), false).get("hibernate.default_schema").value());
    }

    @Test
    void withoutSpringBootNothingIsAddedThatTheApplicationDoesNotSet() {
        ApplicationSettings s = read(null, List.of(), Map.of(), false);
        assertEquals(List.of(), s.describe());
        assertTrue(s.values().isEmpty());
    }

    @Test
    void severalPersistenceUnitsNeedAChoiceAndAnUnknownOneIsNamed() throws IOException {
        write("META-INF/persistence.xml", PERSISTENCE_XML);
        ConfigException e = assertThrows(ConfigException.class, () -> read(null, List.of(), Map.of(), false));
        assertTrue(e.getMessage().contains("2 persistence units (main, reporting)") && e.getMessage().contains("-Dwataomi.persistenceUnit=main"),
                e.getMessage());
        assertEquals("reports", read("reporting", List.of(), Map.of(), false).get("hibernate.default_schema").value());
        ConfigException unknown = assertThrows(ConfigException.class, () -> read("nosuch", List.of(), Map.of(), false));
        assertTrue(unknown.getMessage().contains("'nosuch'") && unknown.getMessage().contains("main, reporting"), unknown.getMessage());
    }

    @Test
    void aBrokenYamlFileIsNamed() throws IOException {
        write("application.yml", "spring:\n  jpa: [unclosed\n");
        ConfigException e = assertThrows(ConfigException.class, () -> read(null, List.of(), Map.of(), false));
        assertTrue(e.getMessage().contains("application.yml"), e.getMessage());
    }
}
