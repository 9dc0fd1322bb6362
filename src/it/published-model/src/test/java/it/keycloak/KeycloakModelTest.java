package it.keycloak;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import jakarta.persistence.PersistenceConfiguration;
import jakarta.persistence.metamodel.EntityType;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Boots the model's own Hibernate on the classes of the packages wataomi reads (the pom's wataomi.packages), against
 * the embedded servers that the wataomi goals of the same Maven invocation started: every entity is queried on the
 * schema the revisions built, and Hibernate creates its own schema on the second server.
 */
class KeycloakModelTest {
    @Test
    void everyEntityIsQueriedOnTheSchemaTheRevisionsBuilt() throws Exception {
        try (EntityManagerFactory factory = factory("target/wataomi/postgres", "none"); EntityManager em = factory.createEntityManager()) {
            int n = 0;
            for (EntityType<?> type : factory.getMetamodel().getEntities()) {
                em.createQuery("select e from " + type.getName() + " e", type.getJavaType()).setMaxResults(1).getResultList();
                n++;
            }
            assertEquals(62, n);
        }
    }

    @Test
    void hibernateCreatesItsSchemaOnTheSecondServer() throws Exception {
        try (EntityManagerFactory factory = factory("target/hbm2ddl/postgres", "create")) {
            assertEquals(62, factory.getMetamodel().getEntities().size());
        }
    }

    private static EntityManagerFactory factory(String dataDirectory, String action) throws Exception {
        PersistenceConfiguration unit = new PersistenceConfiguration("keycloak")
                .property(PersistenceConfiguration.JDBC_URL, "jdbc:postgresql://localhost:" + port(Path.of(dataDirectory)) + "/wataomi")
                .property(PersistenceConfiguration.JDBC_USER, "postgres")
                .property(PersistenceConfiguration.SCHEMAGEN_DATABASE_ACTION, action);
        mappedClasses().forEach(unit::managedClass);
        return Persistence.createEntityManagerFactory(unit);
    }

    /** The classes of the model jar in the packages, with a JPA mapping annotation, as wataomi finds them. */
    private static List<Class<?>> mappedClasses() throws IOException, ClassNotFoundException {
        List<String> packages = Arrays.stream(System.getProperty("wataomi.packages").split(",")).map(String::strip).toList();
        Path jar = Path.of(Class.forName("org.keycloak.models.jpa.entities.RealmEntity").getProtectionDomain().getCodeSource().getLocation().getPath());
        List<Class<?>> out = new ArrayList<>();
        try (JarFile file = new JarFile(jar.toFile())) {
            for (Enumeration<JarEntry> e = file.entries(); e.hasMoreElements(); ) {
                JarEntry entry = e.nextElement();
                String name = entry.getName();
                if (!name.endsWith(".class")) {
                    continue;
                }
                String className = name.substring(0, name.length() - 6).replace('/', '.');
                // Only classes whose bytes name a JPA mapping annotation are loaded: the packages also hold Keycloak providers
                // whose dependencies this project leaves out.
                if (packages.stream().anyMatch(p -> className.startsWith(p + ".")) && namesJpa(file, entry)) {
                    Class<?> type = Class.forName(className, false, KeycloakModelTest.class.getClassLoader());
                    if (mapped(type)) {
                        out.add(type);
                    }
                }
            }
        }
        return out;
    }

    private static boolean namesJpa(JarFile file, JarEntry entry) throws IOException {
        try (var in = file.getInputStream(entry)) {
            String bytes = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
            return List.of("Entity", "Embeddable", "MappedSuperclass", "Converter").stream()
                    .anyMatch(a -> bytes.contains("Ljakarta/persistence/" + a + ";"));
        }
    }

    private static boolean mapped(Class<?> type) {
        for (Annotation a : type.getAnnotations()) {
            if (a.annotationType().getPackageName().equals(Entity.class.getPackageName())
                    && List.of("Entity", "Embeddable", "MappedSuperclass", "Converter").contains(a.annotationType().getSimpleName())) {
                return true;
            }
        }
        return false;
    }

    /** The port of the server running on a data folder, from its postmaster.pid (fourth line). */
    private static int port(Path dataDirectory) throws IOException {
        return Integer.parseInt(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(3).strip());
    }
}
