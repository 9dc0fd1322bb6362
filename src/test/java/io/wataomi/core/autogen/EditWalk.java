package io.wataomi.core.autogen;

import io.wataomi.core.testing.QuotingApplication;
import io.wataomi.core.Wataomi;
import io.wataomi.core.autogen.EntityModelGenerator.Edit;
import io.wataomi.core.entity.EntityRequest;
import io.wataomi.core.introspect.CatalogReader;
import io.wataomi.core.model.Catalog;
import io.wataomi.core.model.QualifiedName;
import io.wataomi.core.render.Format;
import io.wataomi.core.revision.Revision;
import io.wataomi.core.testing.EntityCompiler;
import io.wataomi.core.testing.HibernateValidation;
import io.wataomi.core.testing.RecordingOutput;
import io.wataomi.core.testing.TestDatabase;
import io.wataomi.core.testing.TestProject;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/**
 * One seed's walk through random entity edits on one project and one database: each step is created, applied,
 * checked and validated by Hibernate; then every revision is rolled back one at a time, each back to the catalog
 * recorded before it.
 */
final class EditWalk {
    private static final List<String> SCHEMAS = List.of("public");

    private final long seed;
    private final Format format;
    private final String url;
    private final RecordingOutput output = new RecordingOutput();
    private final Wataomi wataomi;
    private final EntityModelGenerator generator;
    private final List<Applied> applied = new ArrayList<>();
    private final List<String> kinds = new ArrayList<>();
    private GeneratedModel model = GeneratedModel.empty();

    /** A step that wrote a revision, the catalog once it was applied, and the columns it dropped. */
    private record Applied(Attempt attempt, Catalog catalog, Set<String> droppedColumns) {
    }

    EditWalk(long seed, Format format) {
        this.seed = seed;
        this.format = format;
        this.url = TestDatabase.create("prop_" + seed);
        TestProject project = TestProject.create("prop-" + seed);
        this.wataomi = new Wataomi(project.config(url, AutogenRoundTripTest.scratchOnTestServer()), output);
        this.generator = new EntityModelGenerator(seed);
    }

    /** The initial model, then {@code steps} random edits, each created, applied, checked and validated. */
    void forward(int steps) {
        for (int step = 0; step <= steps; step++) {
            Edit edit = step == 0 ? generator.initial() : generator.step(model);
            apply(step, edit);
            model = edit.after();
        }
    }

    /** The last model with every entity's fields in reverse source order: no schema change, so no revision. */
    void reorderedSourcesChangeNothing() {
        GeneratedModel reordered = model;
        for (GeneratedModel.Entity e : model.entities().values()) {
            List<GeneratedModel.Field> fields = new ArrayList<>(e.fields());
            Collections.reverse(fields);
            reordered = reordered.with(e.withFields(fields));
        }
        String pkg = "gen.s" + seed + ".reordered";
        Attempt a = new Attempt(-1, "every entity's fields in reverse source order", null, output.lines().size());
        GeneratedModel sources = reordered;
        Path classes = a.run("compile", () -> EntityCompiler.compile(EntityModelSources.render(sources, pkg)));
        CreateResult created = a.run("create", () -> wataomi.create("reordered", options(classes, pkg)));
        boolean said = output.lines().stream().skip(a.consoleFrom()).anyMatch(l -> l.contains("No changes detected"));
        a.check(created.revision() == null && said,
                "create wrote a revision for reordered sources: " + created.revision());
    }

    /** Every revision rolled back with downgrade -1, each to exactly the catalog before it, down to base. */
    void backward() {
        Set<String> restored = new TreeSet<>();
        for (int i = applied.size() - 1; i >= 0; i--) {
            Attempt a = applied.get(i).attempt().from(output.lines().size());
            restored.addAll(applied.get(i).droppedColumns());
            a.run("downgrade -1", () -> wataomi.downgrade("-1", false, null));
            Catalog now = a.run("read catalog", this::catalog);
            if (i == 0) {
                List<QualifiedName> left = List.copyOf(now.tables().keySet());
                a.check(left.equals(List.of(new QualifiedName("public", "databasechangelog"))) && now.sequences().isEmpty(),
                        "downgrade to base left " + left + " and sequences " + now.sequences().keySet());
            } else {
                Catalog before = applied.get(i - 1).catalog();
                a.check(CatalogDifference.same(before, now, restored), "downgrade -1 did not restore the catalog of step "
                        + applied.get(i - 1).attempt().step() + ":\n" + CatalogDifference.describe(before, now, restored));
            }
        }
    }

    private void apply(int step, Edit edit) {
        String pkg = "gen.s" + seed + ".v" + step;
        Attempt a = new Attempt(step, edit.description(), null, output.lines().size());
        Path classes = a.run("compile", () -> EntityCompiler.compile(EntityModelSources.render(edit.after(), pkg)));
        AutogenOptions options = options(classes, pkg);
        CreateResult created = a.run("create", () -> wataomi.create("step " + step, options));
        a = new Attempt(step, edit.description(), created.revision(), a.consoleFrom());
        boolean changes = !model.sameSchema(edit.after());
        a.check(changes == (created.revision() != null), changes ? "create wrote no revision for a schema change"
                : "create wrote a revision for an edit that changes no schema");
        a.run("upgrade head", () -> wataomi.upgrade("head", false, null));
        a.run("check", () -> wataomi.check(options));
        a.run("Hibernate validation", () -> validate(classes, pkg));
        Catalog catalog = a.run("read catalog", this::catalog);
        CreateResult again = a.run("create right after upgrade", () -> wataomi.create("again", options));
        a.check(again.revision() == null, "create right after upgrade wrote a spurious revision " + again.revision());
        if (created.revision() != null) {
            applied.add(new Applied(a, catalog, model.droppedColumns(edit.after())));
        }
        kinds.addAll(edit.kinds());
    }

    /** One line: the seed, the format, the revisions written and how often each kind of edit was made. */
    String summary() {
        Map<String, Long> counts = new TreeMap<>(kinds.stream().collect(Collectors.groupingBy(k -> k, Collectors.counting())));
        return "seed " + seed + " (" + format + "): " + applied.size() + " revisions, edits " + counts;
    }

    private AutogenOptions options(Path classes, String pkg) {
        return QuotingApplication.options(List.of(classes), List.of(pkg), "auto", null, format, false, null);
    }

    private Void validate(Path classes, String pkg) {
        HibernateValidation.validate(QuotingApplication.request(List.of(classes), List.of(pkg), "auto", null), url);
        return null;
    }

    private Catalog catalog() throws Exception {
        try (Connection c = TestDatabase.connect(url)) {
            return new CatalogReader().read(c, SCHEMAS);
        }
    }

    /** What a failure needs to be reproduced: the seed, the step, the edit, the revision and the tool's output. */
    private final class Attempt {
        private final int step;
        private final String edit;
        private final Revision revision;
        private final int consoleFrom;

        Attempt(int step, String edit, Revision revision, int consoleFrom) {
            this.step = step;
            this.edit = edit;
            this.revision = revision;
            this.consoleFrom = consoleFrom;
        }

        int step() {
            return step;
        }

        int consoleFrom() {
            return consoleFrom;
        }

        /** The same step, reporting the output from that line on. */
        Attempt from(int line) {
            return new Attempt(step, edit, revision, line);
        }

        <T> T run(String action, Callable<T> work) {
            try {
                return work.call();
            } catch (Exception | AssertionError e) {
                throw new AssertionError(report(action + " failed: " + e), e);
            }
        }

        void check(boolean ok, String what) {
            if (!ok) {
                throw new AssertionError(report(what));
            }
        }

        private String report(String what) {
            List<String> lines = output.lines();
            return FailureReport.of(seed, step, format, edit, revision, what, lines.subList(Math.min(consoleFrom, lines.size()),
                    lines.size()).stream().filter(l -> !l.startsWith("DEBUG")).toList());
        }
    }
}
