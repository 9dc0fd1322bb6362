package io.wataomi.core.revision;

import io.wataomi.core.config.WataomiConfig;
import io.wataomi.core.diff.Operation;
import io.wataomi.core.render.Format;
import io.wataomi.core.render.RenderOptions;
import io.wataomi.core.render.RevisionHeader;
import io.wataomi.core.render.RevisionRenderer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.List;

/** Writes revision files and keeps the master changelog listing them in dependency order. */
public final class RevisionWriter {
    private static final SecureRandom RANDOM = new SecureRandom();

    private RevisionWriter() {
    }

    /** A fresh random 12-hex-digit revision id. */
    public static String newId() {
        byte[] b = new byte[6];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    /** The file name for a revision, without extension, from the configured template. */
    public static String fileName(String template, String id, String message, LocalDateTime when) {
        return template.replace("{year}", String.format("%04d", when.getYear()))
                .replace("{month}", String.format("%02d", when.getMonthValue()))
                .replace("{day}", String.format("%02d", when.getDayOfMonth()))
                .replace("{hour}", String.format("%02d", when.getHour()))
                .replace("{minute}", String.format("%02d", when.getMinute()))
                .replace("{second}", String.format("%02d", when.getSecond()))
                .replace("{rev}", id)
                .replace("{slug}", Slug.of(message));
    }

    /**
     * Writes a new XML revision file and rewrites the master changelog.
     *
     * @param changeSets XML changeSet elements for the upgrade, or empty for a revision to fill in by hand
     */
    public static Revision write(WataomiConfig config, String id, List<String> parents, String message, LocalDateTime when,
                                 String changeSets) {
        RevisionHeader header = new RevisionHeader(id, parents, message, when);
        return save(config, header, Format.XML, RevisionRenderer.renderXml(header, changeSets));
    }

    /**
     * Writes a new revision file with these operations (none: a revision to fill in by hand), in the safe forms on
     * existing tables, and rewrites the master.
     */
    public static Revision write(WataomiConfig config, RevisionHeader header, Format format, List<Operation> operations) {
        return write(config, header, format, operations, RenderOptions.SAFE);
    }

    /** Writes a new revision file with these operations, rendered as the options say, and rewrites the master. */
    public static Revision write(WataomiConfig config, RevisionHeader header, Format format, List<Operation> operations,
                                 RenderOptions options) {
        return save(config, header, format, RevisionRenderer.render(format, header, operations, options));
    }

    private static Revision save(WataomiConfig config, RevisionHeader h, Format format, String text) {
        MasterChangelog.read(config).requireEditable();
        Path file = config.versionsDirectory().resolve(fileName(config.fileTemplate(), h.id(), h.message(), h.when())
                + "." + format.extension());
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, LogicalFilePath.declare(format, text, config.logicalPath(file)), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
        Revision revision = RevisionFiles.read(file, config.logicalPath(file));
        writeMaster(config, RevisionFiles.graph(config));
        return revision;
    }

    /**
     * Rewrites the master changelog to include every revision, parents before children, after the project's own entries
     * (includes of other changelogs, includeAll, changeSets), which stay as written.
     */
    public static void writeMaster(WataomiConfig config, RevisionGraph graph) {
        MasterChangelog master = MasterChangelog.read(config);
        String text = master.rewritten(graph.ordered());
        try {
            Files.createDirectories(config.changelogDirectory());
            Files.writeString(master.file(), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + master.file(), e);
        }
    }
}
