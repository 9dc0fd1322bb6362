package io.wataomi.core.entity;

import io.wataomi.core.testing.QuotingApplication;
import io.wataomi.core.shared.Output;
import io.wataomi.core.config.ConfigException;
import io.wataomi.core.testing.DdlScript;
import io.wataomi.core.testing.HibernateValidation;
import io.wataomi.core.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** wataomi.namingStrategy: the table, column and join table names each setting produces in PostgreSQL. */
class NamingStrategyTest {
    private static final String NAMING = "io.wataomi.entities.naming";

    private static EntityModel load(List<Path> classpath, String naming) {
        return EntitySource.load(QuotingApplication.request(classpath, List.of(NAMING), naming, null), Output.silent());
    }

    private static EntityModel load(String naming) {
        return load(List.of(BroadEntitiesTest.TEST_CLASSES), naming);
    }

    @Test
    void standardKeepsJavaNamesAndJoinsEntityNames() throws Exception {
        EntityModel model = load("standard");
        assertTrue(model.ddl().contains("create table public.CustomerAccount_ProductItem (CustomerAccount_id bigint not null,"
                + " favouriteProducts_id bigint not null, primary key (CustomerAccount_id, favouriteProducts_id))"), model.ddl().toString());
        assertEquals(List.of("customeraccount(firstname,id)", "customeraccount_productitem(customeraccount_id,favouriteproducts_id)",
                "productitem(id)"), appliedAndValidated(model, "standard"));
    }

    @Test
    void snakeCaseIsWhatSpringBootConfigures() throws Exception {
        EntityModel model = load("snake_case");
        assertEquals("snake_case", model.namingStrategy());
        assertEquals(List.of("customer_account(first_name,id)",
                "customer_account_favourite_products(customer_account_id,favourite_products_id)",
                "product_item(id)"), appliedAndValidated(model, "snake_case"));
    }

    @Test
    void autoIsStandardWithoutSpringBoot() {
        EntityModel model = load("auto");
        assertEquals("standard (auto: no Spring Boot on the classpath)", model.namingStrategy());
        assertTrue(model.ddl().stream().anyMatch(s -> s.startsWith("create table public.CustomerAccount ")), model.ddl().toString());
    }

    @Test
    void autoIsSnakeCaseWhenSpringBootIsOnTheClasspath(@TempDir Path springBootJar) throws Exception {
        Path marker = springBootJar.resolve(NamingStrategies.SPRING_BOOT_MARKER);
        Files.createDirectories(marker.getParent());
        Files.write(marker, new byte[0]);
        EntityModel model = load(List.of(BroadEntitiesTest.TEST_CLASSES, springBootJar), "auto");
        assertEquals("snake_case (auto: Spring Boot found)", model.namingStrategy());
        assertTrue(model.ddl().stream().anyMatch(s -> s.startsWith("create table public.customer_account_favourite_products ")),
                model.ddl().toString());
    }

    @Test
    void aClassNameIsTheProjectsPhysicalStrategy() {
        EntityModel model = load("io.wataomi.entities.naming.PrefixNaming");
        assertEquals("io.wataomi.entities.naming.PrefixNaming", model.namingStrategy());
        assertTrue(model.ddl().stream().anyMatch(s -> s.startsWith("create table public.app_CustomerAccount_ProductItem ")),
                model.ddl().toString());
    }

    @Test
    void anUnknownValueListsTheAllowedOnes() {
        ConfigException e = assertThrows(ConfigException.class, () -> load("camelCase"));
        assertEquals("wataomi.namingStrategy=camelCase is not a naming strategy; use auto, standard, snake_case, or the fully"
                + " qualified name of a class implementing org.hibernate.boot.model.naming.PhysicalNamingStrategy.", e.getMessage());
    }

    @Test
    void aMissingClassIsNamed() {
        ConfigException e = assertThrows(ConfigException.class, () -> load("com.acme.NoSuchNaming"));
        assertTrue(e.getMessage().startsWith("wataomi.namingStrategy=com.acme.NoSuchNaming: no such class on the project's"
                + " compile classpath"), e.getMessage());
    }

    @Test
    void aClassThatIsNoStrategyIsRejected() {
        ConfigException e = assertThrows(ConfigException.class, () -> load("java.util.ArrayList"));
        assertTrue(e.getMessage().contains("neither a PhysicalNamingStrategy nor an ImplicitNamingStrategy"), e.getMessage());
    }

    /** Applies the DDL, has Hibernate validate it with the same naming, and lists table(columns) as PostgreSQL has them. */
    private static List<String> appliedAndValidated(EntityModel model, String naming) throws Exception {
        String url = TestDatabase.create("naming");
        DdlScript.apply(url, model.ddl());
        HibernateValidation.validate(QuotingApplication.request(List.of(BroadEntitiesTest.TEST_CLASSES), List.of(NAMING), naming, null), url);
        List<String> out = new ArrayList<>();
        try (Connection c = TestDatabase.connect(url);
             ResultSet rs = c.createStatement().executeQuery("SELECT table_name || '(' || string_agg(column_name, ',' ORDER BY column_name)"
                     + " || ')' FROM information_schema.columns WHERE table_schema = 'public' GROUP BY table_name ORDER BY table_name")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
