package io.wataomi.core.revision;

import io.wataomi.core.config.WataomiConfig;
import io.wataomi.core.shared.Output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the revision identifiers out of the files in the versions folder without a full Liquibase
 * parse: every revision declares them as changelog properties ({@code wataomi.revision},
 * {@code wataomi.down_revision}, {@code wataomi.message}, {@code wataomi.create_date}).
 */
public final class RevisionFiles {
    private static final Pattern XML_PROPERTY = Pattern.compile("<property\\b([^>]*)/?>");
    private static final Pattern XML_ATTRIBUTE = Pattern.compile("(\\w+)\\s*=\\s*(\"([^\"]*)\"|'([^']*)')");
    private static final Pattern YAML_PROPERTY =
            Pattern.compile("name:\\s*['\"]?(wataomi\\.\\w+)['\"]?\\s*\\R\\s*value:\\s*(.*)");
    private static final Pattern SQL_PROPERTY =
            Pattern.compile("--\\s*property\\s+name:(wataomi\\.\\w+)\\s+value:(.*?)\\s*(?:global:\\S+)?\\s*$", Pattern.MULTILINE);

    private RevisionFiles() {
    }

    /** Reads every revision file of the project into a graph. */
    public static RevisionGraph graph(WataomiConfig config) {
        return RevisionGraph.of(scan(config));
    }

    /**
     * Reads every revision file of the project into a graph, warning where the master changelog and the versions folder
     * disagree: wataomi runs the revisions of the versions folder, plain Liquibase the ones the master includes.
     */
    public static RevisionGraph graph(WataomiConfig config, Output output) {
        return graph(config, MasterChangelog.read(config), output);
    }

    /** As {@link #graph(WataomiConfig, Output)}, with the master changelog already read. */
    public static RevisionGraph graph(WataomiConfig config, MasterChangelog master, Output output) {
        RevisionGraph graph = graph(config);
        master.problems(graph).forEach(output::warn);
        return graph;
    }

    /** Reads every revision file of the project. */
    public static List<Revision> scan(WataomiConfig config) {
        Path dir = config.versionsDirectory();
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<Revision> out = new ArrayList<>();
        Map<String, Path> recordedAs = new HashMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(RevisionFiles::isChangelog).sorted().toList()) {
                String text = text(f);
                out.add(read(f, text, config.logicalPath(f)));
                String path = LogicalFilePath.declared(f.getFileName().toString(), text);
                Path clash = recordedAs.put(path == null ? config.logicalPath(f) : path, f);
                if (clash != null) {
                    throw new RevisionException(clash.getFileName() + " and " + f.getFileName() + " both have the logical path "
                            + (path == null ? config.logicalPath(f) : path) + ", so Liquibase would record their changeSets as one"
                            + " file's (one was probably copied from the other). Give the newer one its own: logicalFilePath=\""
                            + config.logicalPath(f) + "\" if it is " + f.getFileName() + ", logicalFilePath=\"" + config.logicalPath(clash)
                            + "\" if it is " + clash.getFileName() + ".");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + dir, e);
        }
        return out;
    }

    private static String text(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    static boolean isChangelog(Path f) {
        String n = f.getFileName().toString();
        return Files.isRegularFile(f) && (n.endsWith(".xml") || n.endsWith(".yaml") || n.endsWith(".yml") || n.endsWith(".sql"));
    }

    /** Reads one revision file's identifiers. */
    public static Revision read(Path file, String logicalPath) {
        return read(file, text(file), logicalPath);
    }

    private static Revision read(Path file, String text, String logicalPath) {
        Map<String, String> p = properties(file.getFileName().toString(), text);
        String id = p.get("wataomi.revision");
        if (id == null || id.isBlank()) {
            throw new RevisionException(file + " has no wataomi.revision property, so it is not a revision. Move it out of "
                    + file.getParent() + " or add the revision properties (see any file made by mvn wataomi:create).");
        }
        String down = p.getOrDefault("wataomi.down_revision", "").strip();
        List<String> parents = down.isEmpty() ? List.of()
                : Arrays.stream(down.split("[,\\s]+")).filter(s -> !s.isBlank()).toList();
        return new Revision(id.strip(), parents, p.getOrDefault("wataomi.message", ""), p.getOrDefault("wataomi.create_date", ""),
                file, logicalPath);
    }

    static Map<String, String> properties(String name, String text) {
        Map<String, String> out = new HashMap<>();
        if (name.endsWith(".xml")) {
            Matcher m = XML_PROPERTY.matcher(text);
            while (m.find()) {
                Map<String, String> attrs = new HashMap<>();
                Matcher a = XML_ATTRIBUTE.matcher(m.group(1));
                while (a.find()) {
                    attrs.put(a.group(1), a.group(3) != null ? a.group(3) : a.group(4));
                }
                String key = attrs.get("name");
                if (key != null && key.startsWith("wataomi.") && attrs.containsKey("value")) {
                    out.putIfAbsent(key, XmlText.unescape(attrs.get("value")));
                }
            }
        } else if (name.endsWith(".sql")) {
            Matcher m = SQL_PROPERTY.matcher(text);
            while (m.find()) {
                out.putIfAbsent(m.group(1), m.group(2).strip());
            }
        } else {
            Matcher m = YAML_PROPERTY.matcher(text);
            while (m.find()) {
                out.putIfAbsent(m.group(1), unquoteYaml(m.group(2).strip()));
            }
        }
        return out;
    }

    static String unquoteYaml(String v) {
        if (v.length() >= 2 && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'"))) {
            String inner = v.substring(1, v.length() - 1);
            return v.startsWith("'") ? inner.replace("''", "'") : inner.replace("\\\"", "\"").replace("\\\\", "\\");
        }
        return v;
    }
}
