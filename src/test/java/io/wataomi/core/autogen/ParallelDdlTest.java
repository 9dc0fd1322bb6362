package io.wataomi.core.autogen;

import io.wataomi.core.testing.QuotingApplication;
import io.wataomi.core.shared.Output;
import io.wataomi.core.config.WataomiConfig;
import io.wataomi.core.db.RunContext;
import io.wataomi.core.entity.EntityModel;
import io.wataomi.core.entity.EntityRequest;
import io.wataomi.core.entity.EntitySource;
import io.wataomi.core.model.Catalog;
import io.wataomi.core.testing.TestDatabase;
import io.wataomi.core.testing.TestProject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The entities' DDL applied on two connections gives exactly the catalog of applying it in order. */
class ParallelDdlTest {
    @ParameterizedTest
    @ValueSource(strings = {"io.wataomi.entities.shop", "io.wataomi.entities.broad.keys", "io.wataomi.entities.broad.relations"})
    void parallelAndSerialNormaliseToTheSameCatalog(String pkg) {
        WataomiConfig config = TestProject.create("parallel").config(TestDatabase.create("parallel"),
                AutogenRoundTripTest.scratchOnTestServer());
        EntityModel model = EntitySource.load(QuotingApplication.request(List.of(Path.of("target", "test-classes").toAbsolutePath()),
                List.of(pkg), "standard", "public"), Output.silent());
        java.util.Set<String> all = new java.util.TreeSet<>(model.schemas());
        all.add("public");
        List<String> schemas = List.copyOf(all);
        Autogenerate autogen = new Autogenerate(new RunContext(config, Output.silent()));
        int before = ScratchNormaliser.parallelFrom;
        Catalog serial;
        Catalog parallel;
        try {
            ScratchNormaliser.parallelFrom = Integer.MAX_VALUE;
            serial = autogen.desired(model, schemas, null);
            ScratchNormaliser.parallelFrom = 1;
            parallel = autogen.desired(model, schemas, null);
        } finally {
            ScratchNormaliser.parallelFrom = before;
        }
        assertTrue(serial.tables().size() > 1);
        assertEquals(serial, parallel);
    }

    @org.junit.jupiter.api.Test
    void statementsAreGroupedByTableWithForeignKeysLast() {
        DdlGroups plan = DdlGroups.of(List.of(
                "create sequence public.s start with 1 increment by 50",
                "create table public.a (id bigint not null, primary key (id))",
                "create table public.\"order\" (id bigint not null, a_id bigint, primary key (id))",
                "create index ix_a on public.a (id)",
                "alter table if exists public.\"order\" add constraint uq_o unique (a_id)",
                "comment on column public.a.id is 'the id'",
                "alter table if exists public.\"order\" add constraint fk_o foreign key (a_id) references public.a"));
        assertNotNull(plan);
        assertEquals(List.of("create sequence public.s start with 1 increment by 50"), plan.prelude());
        assertEquals(2, plan.tables().size());
        assertEquals(3, plan.tables().get(0).size(), plan.tables().get(0).toString());
        assertEquals(1, plan.foreignKeys().size());
        assertEquals(null, DdlGroups.of(List.of("create table public.a (id bigint)", "create cast (varchar as mood) with inout")));
    }
}
