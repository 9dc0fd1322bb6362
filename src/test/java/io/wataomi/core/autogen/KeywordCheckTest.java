package io.wataomi.core.autogen;

import io.wataomi.core.Wataomi;
import io.wataomi.core.entity.EntityRequest;
import io.wataomi.core.render.Format;
import io.wataomi.core.shared.WataomiException;
import io.wataomi.core.testing.QuotingApplication;
import io.wataomi.core.testing.RecordingOutput;
import io.wataomi.core.testing.TestDatabase;
import io.wataomi.core.testing.TestProject;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Names the application's Hibernate leaves unquoted and the server reserves are refused, naming the entity and the fixes. */
class KeywordCheckTest {
    private static final String PKG = "io.wataomi.entities.unquoted";
    private static final Path CLASSES = Path.of("target", "test-classes").toAbsolutePath();

    private static AutogenOptions options(EntityRequest.Application application) {
        return new AutogenOptions(List.of(CLASSES), List.of(PKG), "standard", null, Format.XML, false, null, application);
    }

    @Test
    void declaredNamesAreTheUnquotedTableColumnSequenceAndIndexNames() {
        assertEquals(List.of("app", "user", "id", "order", "email"),
                KeywordCheck.declaredNames("create table app.user (id bigint not null, \"limit\" int, order integer check (order > 0),"
                        + " email varchar(255), primary key (id), constraint c unique (email))"));
        assertEquals(List.of("group_seq"), KeywordCheck.declaredNames("create sequence group_seq start with 1 increment by 50"));
        assertEquals(List.of("ix"), KeywordCheck.declaredNames("create index ix on \"user\" (email)"));
        assertEquals(List.of(), KeywordCheck.declaredNames("alter table if exists x add constraint fk foreign key (a) references user"));
    }

    @Test
    void createAndCheckRefuseAReservedUnquotedNameAndNameTheEntityTheFieldAndTheFixes() {
        String url = TestDatabase.create("keywords");
        Wataomi w = new Wataomi(TestProject.create("keywords").config(url, AutogenRoundTripTest.scratchOnTestServer()), new RecordingOutput());
        WataomiException create = assertThrows(WataomiException.class,
                () -> w.create("accounts", options(EntityRequest.Application.FILES_ONLY)));
        String m = create.getMessage();
        assertTrue(m.startsWith("PostgreSQL 17"), m);
        assertTrue(m.contains("  user: entity io.wataomi.entities.unquoted.Account (@Table)"), m);
        assertTrue(m.contains("  order: field io.wataomi.entities.unquoted.Account.position (@Column)"), m);
        assertTrue(m.contains("hibernate.auto_quote_keyword=true") && m.contains("@Table(name = \"\\\"user\\\"\")"), m);
        assertThrows(WataomiException.class, () -> w.check(options(EntityRequest.Application.FILES_ONLY)));
        assertEquals(0, TestProject.appliedRevisions(url).size());

        CreateResult quoted = w.create("accounts", options(new EntityRequest.Application(null, List.of(),
                Map.of("hibernate.auto_quote_keyword", "true"))));
        assertNotNull(quoted.revision(), "with the application quoting keywords, the same entities pass");
    }
}
