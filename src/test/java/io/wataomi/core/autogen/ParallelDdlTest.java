package io.wataomi.core.autogen;

import io.wataomi.core.testing.QuotingApplication;
import io.wataomi.core.shared.Output;
import io.wataomi.core.db.ScratchDatabase;
import io.wataomi.core.db.ScratchServer;
import io.wataomi.core.entity.EntityModel;
import io.wataomi.core.entity.EntityRequest;
import io.wataomi.core.entity.EntitySource;
import io.wataomi.core.model.Catalog;
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
        AutogenRoundTripTest.scratchOnTestServer();
        EntityModel model = EntitySource.load(QuotingApplication.request(List.of(Path.of("target", "test-classes").toAbsolutePath()),
                List.of(pkg), "standard", "public"), Output.silent());
        java.util.Set<String> all = new java.util.TreeSet<>(model.schemas());
        all.add("public");
        List<String> schemas = List.copyOf(all);
        int before = ScratchNormaliser.parallelFrom;
        Catalog serial;
        Catalog parallel;
        try {
            ScratchNormaliser.parallelFrom = Integer.MAX_VALUE;
            serial = uncached(model, schemas);
            ScratchNormaliser.parallelFrom = 1;
            parallel = uncached(model, schemas);
        } finally {
            ScratchNormaliser.parallelFrom = before;
        }
        assertTrue(serial.tables().size() > 1);
        assertEquals(serial, parallel);
    }

    private static Catalog uncached(EntityModel model, List<String> schemas) {
        ScratchServer server = ScratchServer.embedded(Path.of("target", "test-postgres").toAbsolutePath(), Output.silent());
        try (ScratchDatabase scratch = ScratchDatabase.create(server)) {
            return ScratchNormaliser.normalise(scratch, model.ddl(), schemas, "public", null, Output.silent()).catalog();
        }
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
