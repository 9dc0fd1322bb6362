package org.example.library;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.metamodel.EntityType;
import org.example.library.model.Author;
import org.example.library.model.Book;
import org.example.library.model.Loan;
import org.example.library.model.LoanId;
import org.example.library.model.Setting;
import org.example.library.model.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Boots the application, with its own application.yml, against the embedded PostgreSQL servers that the wataomi goals
 * of the same Maven invocation started, and reads a row of every entity: the application's queries name columns
 * exactly, unlike Hibernate's schema validation, so this fails on any name the revisions got wrong.
 */
class EveryEntityLoadsTest {
    @Test
    void everyEntityLoadsFromTheSchemaTheRevisionsBuilt() throws IOException {
        try (ConfigurableApplicationContext app = start("target/wataomi/postgres", "none")) {
            insertAndLoadEveryEntity(app.getBean(EntityManagerFactory.class));
        }
    }

    @Test
    void theApplicationsHibernateCreatesItsSchemaOnTheSecondServer() throws IOException {
        try (ConfigurableApplicationContext app = start("target/hbm2ddl/postgres", "create")) {
            insertAndLoadEveryEntity(app.getBean(EntityManagerFactory.class));
        }
    }

    private static ConfigurableApplicationContext start(String dataDirectory, String ddlAuto) throws IOException {
        // Command-line arguments, which win over application.yml (default properties would not).
        return new SpringApplicationBuilder(LibraryApplication.class).web(WebApplicationType.NONE).run(
                "--spring.datasource.url=jdbc:postgresql://localhost:" + port(Path.of(dataDirectory)) + "/wataomi",
                "--spring.datasource.username=postgres",
                "--spring.jpa.hibernate.ddl-auto=" + ddlAuto);
    }

    /** The port of the server running on a data folder, from its postmaster.pid (fourth line). */
    private static int port(Path dataDirectory) throws IOException {
        return Integer.parseInt(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(3).strip());
    }

    private static void insertAndLoadEveryEntity(EntityManagerFactory factory) {
        EntityManager em = factory.createEntityManager();
        try {
            em.getTransaction().begin();
            Author author = new Author("Ursula", "library");
            em.persist(author);
            Tag tag = new Tag("fantasy");
            em.persist(tag);
            Book book = new Book("A Wizard", author, Map.of("pages", 183, "language", "en"));
            book.getTags().add(tag);
            book.publish();
            em.persist(book);
            em.flush();
            em.persist(new Loan(new LoanId("reader-1", book.getId()), 14));
            em.persist(new Setting("theme", "dark", "library", List.of("light", "dark")));
            em.getTransaction().commit();
            em.clear();

            List<String> names = factory.getMetamodel().getEntities().stream().map(EntityType::getName).sorted().toList();
            assertEquals(List.of("Author", "Book", "Loan", "Setting", "Tag"), names);
            for (EntityType<?> type : factory.getMetamodel().getEntities()) {
                List<?> rows = em.createQuery("select e from " + type.getName() + " e", type.getJavaType()).getResultList();
                assertFalse(rows.isEmpty(), type.getName() + " has no row");
            }
            Book loaded = em.createQuery("select b from Book b join fetch b.tags where b.title = 'A Wizard'", Book.class).getSingleResult();
            assertEquals(List.of("fantasy"), loaded.getTags().stream().map(Tag::getValue).toList());
            assertEquals(183, loaded.getAttributes().get("pages"));
            assertEquals(List.of("light", "dark"), em.find(Setting.class, "theme").getHistory());
        } finally {
            em.close();
        }
    }
}
