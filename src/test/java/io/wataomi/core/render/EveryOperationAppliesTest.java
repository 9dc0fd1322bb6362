package io.wataomi.core.render;

import io.wataomi.core.Wataomi;
import io.wataomi.core.config.PropertyNames;
import io.wataomi.core.config.WataomiConfig;
import io.wataomi.core.diff.EveryOperation;
import io.wataomi.core.diff.SchemaDiff;
import io.wataomi.core.introspect.CatalogReader;
import io.wataomi.core.model.Catalog;
import io.wataomi.core.revision.RevisionWriter;
import io.wataomi.core.shared.Output;
import io.wataomi.core.testing.TestDatabase;
import io.wataomi.core.testing.TestProject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Every operation, rendered as a one-operation revision in each format, applies with Liquibase to a schema
 * prepared for it and changes the catalog as the operation says; its rollback gives the catalog back exactly. The
 * tables exist before the revision, so the operations that have a safe form are rendered in it, and once more in
 * their plain form ({@code wataomi.safeDdl=false}).
 */
@Tag("slow")
class EveryOperationAppliesTest {
    /** The schemas the cases use; the history tables go to a schema of their own, so they never show in the catalog. */
    private static final List<String> SCHEMAS = List.of("public", "sales");
    private static final String HISTORY_SCHEMA = "wataomi_history";

    static Stream<Arguments> casesInEachFormat() {
        return EveryOperation.cases().stream().flatMap(c -> Stream.of(Format.values()).flatMap(f -> hasSafeForm(c)
                ? Stream.of(Arguments.of(c, f, true), Arguments.of(c, f, false)) : Stream.of(Arguments.of(c, f, true))));
    }

    private static boolean hasSafeForm(EveryOperation.Case c) {
        RevisionHeader h = new RevisionHeader("000000000000", List.of(), "m", LocalDateTime.of(2025, 1, 1, 0, 0));
        return !RevisionRenderer.render(Format.XML, h, List.of(c.operation()), RenderOptions.SAFE)
                .equals(RevisionRenderer.render(Format.XML, h, List.of(c.operation()), RenderOptions.PLAIN));
    }

    @ParameterizedTest(name = "{0} in {1}, safeDdl={2}")
    @MethodSource("casesInEachFormat")
    void rendersAppliesAndRollsBackExactly(EveryOperation.Case c, Format format, boolean safeDdl) throws Exception {
        RenderOptions options = safeDdl ? RenderOptions.SAFE : RenderOptions.PLAIN;
        String label = c + "_" + format + (safeDdl ? "" : "_plain");
        String url = TestDatabase.create(label);
        for (String sql : c.given().stream().flatMap(op -> SqlText.of(op).stream()).toList()) {
            execute(url, sql);
        }
        State before = State.of(url);
        TestProject project = TestProject.create(label);
        WataomiConfig config = project.config(url, Map.of(PropertyNames.SCHEMA, HISTORY_SCHEMA));
        // The description as message: "comment on ..." also checks that no message is read as a Liquibase directive.
        RevisionHeader header = new RevisionHeader(RevisionWriter.newId(), List.of(), c.operation().describe(), LocalDateTime.now());
        RevisionWriter.write(config, header, format, List.of(c.operation()), options);
        Wataomi wataomi = new Wataomi(config, Output.silent());

        wataomi.upgrade("head", false, null);
        State after = State.of(url);
        assertNotEquals(before, after, "applying " + c.operation().describe() + " changed nothing");
        assertEquals(c.diffFinds(), SchemaDiff.compare(before.catalog(), after.catalog(), c.renames()).operations(),
                "the diff between the schema before and after applying");

        wataomi.downgrade("base", false, null);
        assertEquals(before, State.of(url), "the rollback of " + c.operation().describe());
    }

    /** What the test compares: the catalog of the schemas the cases use, and which of those schemas exist. */
    private record State(Catalog catalog, Set<String> schemas) {
        static State of(String url) throws SQLException {
            try (Connection c = TestDatabase.connect(url);
                 PreparedStatement st = c.prepareStatement("SELECT nspname FROM pg_namespace WHERE nspname = ANY(?)")) {
                st.setArray(1, c.createArrayOf("text", SCHEMAS.toArray()));
                Set<String> schemas = new TreeSet<>();
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        schemas.add(rs.getString(1));
                    }
                }
                return new State(new CatalogReader().read(c, SCHEMAS), schemas);
            }
        }
    }

    private static void execute(String url, String sql) throws SQLException {
        try (Connection c = TestDatabase.connect(url); Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }
}
