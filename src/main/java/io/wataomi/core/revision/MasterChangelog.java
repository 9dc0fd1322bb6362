package io.wataomi.core.revision;

import io.wataomi.core.config.WataomiConfig;
import io.wataomi.core.render.RevisionRenderer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The master changelog as the project has it: the includes of revision files, which create and merge keep in
 * dependency order, and the project's own entries (includes of other changelogs, {@code includeAll}, changeSets written
 * in the master). Those form the base the first revision revises; they are kept as written, in their order, ahead of the
 * revisions.
 */
public final class MasterChangelog {
    private static final String DEFAULT_INDENT = "    ";
    private static final String YAML_INDENT = "  ";

    private final WataomiConfig config;
    private final Path file;
    private final boolean yaml;
    private final String text;
    private final ChangelogElements elements;
    private final List<MasterEntry> entries;

    private MasterChangelog(WataomiConfig config, Path file, String text) {
        this.config = config;
        this.file = file;
        this.yaml = MasterFile.yaml(file);
        this.text = text;
        this.elements = text == null ? null : yaml ? ChangelogElements.ofYaml(text) : ChangelogElements.of(text);
        this.entries = elements == null ? List.of() : elements.entries().stream().map(e -> MasterEntry.of(config, e)).toList();
    }

    /** Reads the project's master changelog ({@link MasterFile} says which file it is); a missing one has no entries. */
    public static MasterChangelog read(WataomiConfig config) {
        Path file = MasterFile.of(config);
        if (!Files.isRegularFile(file)) {
            return new MasterChangelog(config, file, null);
        }
        try {
            return new MasterChangelog(config, file, Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    /** The master changelog's file. */
    public Path file() {
        return file;
    }

    /** The path Liquibase records for the changeSets written in the master, e.g. {@code db/changelog/db.changelog-master.xml}. */
    public String logicalPath() {
        return config.logicalPath(file);
    }

    /** True when the master has entries of its own that run before the revisions. */
    public boolean hasBase() {
        return !base().isEmpty();
    }

    /** The project's own entries that run (includes, includeAll, changeSets), in master order. */
    List<MasterEntry> base() {
        return entries.stream().filter(e -> !e.revision() && e.runs() && !e.inDependency()).toList();
    }

    /** The base's entries as one line, e.g. {@code legacy/001-init.xml, includeAll legacy/, changeSet seed-1}. */
    public String baseLabel() {
        return String.join(", ", base().stream().map(MasterEntry::label).toList());
    }

    /**
     * The master without its revision includes and its includes of dependency jars' changelogs: the changelog of the base
     * alone, under the master's path.
     */
    public String baseText() {
        return without(entries.stream().filter(e -> e.revision() || e.inDependency()).toList());
    }

    /**
     * The master listing these revisions, parents first: the project's entries stay as written and in their order, the
     * revision includes follow them.
     */
    String rewritten(List<Revision> ordered) {
        List<String> files = ordered.stream().map(this::relative).toList();
        if (text == null) {
            return yaml ? freshYaml(files) : fresh(files);
        }
        requireEditable();
        String indent = entries.isEmpty() ? (yaml ? YAML_INDENT : DEFAULT_INDENT) : elements.indentOf(entries.get(0).element());
        StringBuilder block = new StringBuilder();
        files.forEach(f -> block.append(include(f, indent)));
        List<MasterEntry> revisions = entries.stream().filter(MasterEntry::revision).toList();
        return elements.withInsertion(revisions.stream().map(MasterEntry::element).toList(), block.toString());
    }

    /** Refuses a master whose end wataomi cannot find, before anything is written: rewriting it would lose what it holds. */
    void requireEditable() {
        if (text != null && elements.rootClose() < 0 && !elements.rootSelfClosing()) {
            throw new RevisionException("The master changelog " + file + (yaml ? " has no block list under databaseChangeLog: that"
                    + " wataomi can add the revision includes to, so it writes nothing. Write it as databaseChangeLog: followed by"
                    + " its entries as '- include:' / '- changeSet:' items (or remove it to have a new one written), then run the"
                    + " goal again." : " has no </databaseChangeLog> that wataomi can add the revision includes before, so it"
                    + " writes nothing. Make it a well-formed XML changelog (or remove it to have a new one written), then run the"
                    + " goal again."));
        }
    }

    /** A revision file's path from the changelog directory, e.g. {@code versions/20251129_1000_aaaaaaaaaaaa_first.xml}. */
    private String relative(Revision r) {
        return config.changelogDirectory().relativize(r.file()).toString().replace('\\', '/');
    }

    /** The include of a revision file on one line, as a report names it. */
    private String includeLine(String file) {
        return yaml ? "- include: {file: " + YamlText.scalar(file) + ", relativeToChangelogFile: true}"
                : include(file, "").strip();
    }

    /** The include of a revision file as the master writes it, whole lines at this indent. */
    private String include(String file, String indent) {
        if (yaml) {
            return indent + "- include:\n" + indent + "    file: " + YamlText.scalar(file) + "\n" + indent + "    relativeToChangelogFile: true\n";
        }
        return indent + "<include file=\"" + XmlText.attribute(file) + "\" relativeToChangelogFile=\"true\"/>\n";
    }

    private String without(List<MasterEntry> removed) {
        return text == null ? "" : elements.withInsertion(removed.stream().map(MasterEntry::element).toList(), "");
    }

    private String freshYaml(List<String> files) {
        StringBuilder sb = new StringBuilder("# Master changelog, kept by wataomi: create and merge rewrite the list of revisions below in\n");
        sb.append("# dependency order, after the entries of your own (includes, includeAll, changeSets), which they keep as written.\n");
        sb.append("# Plain Liquibase (the CLI, Spring Boot's spring.liquibase.change-log) can run this file as is.\n");
        sb.append("databaseChangeLog:\n");
        files.forEach(f -> sb.append(include(f, YAML_INDENT)));
        return sb.toString();
    }

    private String fresh(List<String> files) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        sb.append("<!-- Master changelog, kept by wataomi: create and merge rewrite the list of revisions below in dependency order,\n");
        sb.append("     after the entries of your own (includes, includeAll, changeSets), which they keep as written.\n");
        sb.append("     Plain Liquibase (the CLI, Spring Boot's spring.liquibase.change-log) can run this file as is. -->\n");
        sb.append(RevisionRenderer.XML_NAMESPACE_HEADER);
        files.forEach(f -> sb.append(include(f, DEFAULT_INDENT)));
        return sb.append("</databaseChangeLog>\n").toString();
    }

    /**
     * What differs between the master and the versions folder, each with its fix: a revision the master does not include
     * (plain Liquibase skips it, wataomi runs it), an include of a file that does not exist (plain Liquibase fails on it),
     * and an entry of the project's own after the revisions (wataomi runs it with the base, before them).
     */
    public List<String> problems(RevisionGraph graph) {
        if (text == null) {
            return List.of();
        }
        String master = config.basedir().relativize(file).toString().replace('\\', '/');
        List<String> out = new ArrayList<>();
        for (MasterEntry e : entries) {
            if (e.inDependency()) {
                out.add("The master changelog " + master + " includes " + e.label() + ", which the project's resources do not hold"
                        + " (a changelog of a dependency jar): plain Liquibase (Spring Boot) runs it from the application's classpath,"
                        + " wataomi does not run it and leaves it out of the base. Run it with plain Liquibase, or copy the changelog"
                        + " into " + config.basedir().relativize(config.resourcesRoot()).toString().replace('\\', '/') + " under the same path.");
            } else if (e.target() != null && !Files.exists(e.target())) {
                out.add("The master changelog " + master + " includes " + e.label() + ", which does not exist: plain Liquibase"
                        + " (Spring Boot) fails on it" + (e.revision() ? ", and wataomi runs the revisions of the versions folder."
                        : ", and so does the base.") + " Remove the line " + elements.source(e.element()).strip()
                        + " from " + master + ", or restore the file.");
            }
        }
        Set<Path> included = entries.stream().filter(e -> e.revision() && e.target() != null).map(MasterEntry::target)
                .collect(Collectors.toSet());
        boolean includesAll = entries.stream().anyMatch(e -> e.revision() && e.element().name().equals("includeAll"));
        for (Revision r : graph.ordered()) {
            if (!includesAll && !included.contains(r.file().toAbsolutePath().normalize())) {
                String rel = relative(r);
                out.add("The master changelog " + master + " does not include revision " + r.id() + " (" + rel + "): plain Liquibase"
                        + " (Spring Boot) does not run it, wataomi does. Add " + includeLine(rel)
                        + " to " + master + (r.parents().isEmpty() ? " after the entries of your own"
                        : " after the include of " + r.parentsLabel()) + " (mvn wataomi:create and mvn wataomi:merge write the list).");
            }
        }
        int firstRevision = IntStream.range(0, entries.size()).filter(i -> entries.get(i).revision()).findFirst().orElse(-1);
        if (firstRevision >= 0) {
            for (MasterEntry e : entries.subList(firstRevision, entries.size())) {
                if (!e.revision() && e.runs()) {
                    out.add("The master changelog " + master + " has " + e.label() + " after revision includes: wataomi runs it with"
                            + " the base, before the first revision, but plain Liquibase (Spring Boot) after them. Move "
                            + elements.source(e.element()).strip() + " above the first revision include (mvn wataomi:create and merge"
                            + " put it there); if it needs the revisions' tables, make it a revision instead"
                            + " (mvn wataomi:create -Dwataomi.autogenerate=false).");
                }
            }
        }
        return out;
    }
}
