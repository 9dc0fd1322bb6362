package io.wataomi.core.revision;

import io.wataomi.core.config.WataomiConfig;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/** Writes revision files and keeps the master changelog listing them in dependency order. */
public final class RevisionWriter {
    static final String NAMESPACE_HEADER = "<databaseChangeLog\n"
            + "        xmlns=\"http://www.liquibase.org/xml/ns/dbchangelog\"\n"
            + "        xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
            + "        xsi:schemaLocation=\"http://www.liquibase.org/xml/ns/dbchangelog"
            + " http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-latest.xsd\">\n";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int SLUG_LENGTH = 40;

    private RevisionWriter() {
    }

    /** A fresh random 12-hex-digit revision id. */
    public static String newId() {
        byte[] b = new byte[6];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    /** The message as a file-name slug: lower case, words joined by underscores, at most 40 characters. */
    public static String slug(String message) {
        String s = message.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        if (s.length() > SLUG_LENGTH) {
            s = s.substring(0, SLUG_LENGTH).replaceAll("_+$", "");
        }
        return s.isEmpty() ? "revision" : s;
    }

    /** The file name for a revision, from the configured template. */
    public static String fileName(String template, String id, String message, LocalDateTime when) {
        return template.replace("{year}", String.format("%04d", when.getYear()))
                .replace("{month}", String.format("%02d", when.getMonthValue()))
                .replace("{day}", String.format("%02d", when.getDayOfMonth()))
                .replace("{hour}", String.format("%02d", when.getHour()))
                .replace("{minute}", String.format("%02d", when.getMinute()))
                .replace("{second}", String.format("%02d", when.getSecond()))
                .replace("{rev}", id)
                .replace("{slug}", slug(message)) + ".xml";
    }

    /**
     * Writes a new revision file and rewrites the master changelog.
     *
     * @param changeSets XML changeSet elements for the upgrade, or empty for a revision to fill in by hand
     */
    public static Revision write(WataomiConfig config, String id, List<String> parents, String message, LocalDateTime when,
                                 String changeSets) {
        Path file = config.versionsDirectory().resolve(fileName(config.fileTemplate(), id, message, when));
        String created = when.withNano(when.getNano() / 1000 * 1000).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!--\n");
        sb.append("    ").append(XmlText.comment(message)).append("\n\n");
        sb.append("    Revision ID: ").append(id).append('\n');
        sb.append("    Revises: ").append(parents.isEmpty() ? "<base>" : String.join(", ", parents)).append('\n');
        sb.append("    Create Date: ").append(when.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS"))).append('\n');
        sb.append("-->\n").append(NAMESPACE_HEADER).append('\n');
        sb.append("    <!-- Revision identifiers, read by wataomi (standard changelog properties). -->\n");
        property(sb, "wataomi.revision", id);
        property(sb, "wataomi.down_revision", String.join(",", parents));
        property(sb, "wataomi.message", message);
        property(sb, "wataomi.create_date", created);
        sb.append('\n');
        if (changeSets.isBlank()) {
            sb.append("    <!-- Write the upgrade here as changeSets, above the revision marker, e.g.\n")
                    .append("    <changeSet id=\"").append(id).append("-1\" author=\"you\">\n")
                    .append("        <addColumn tableName=\"user\">\n")
                    .append("            <column name=\"bio\" type=\"text\"/>\n")
                    .append("        </addColumn>\n")
                    .append("    </changeSet>\n")
                    .append("    Liquibase derives the rollback of createTable, addColumn, createIndex and the like;\n")
                    .append("    give <sql> and other changes an explicit <rollback>. -->\n\n");
        } else {
            sb.append(changeSets).append('\n');
        }
        sb.append("    <!-- Revision marker: wataomi records it last, in the same transaction. Keep it last. -->\n");
        sb.append("    <changeSet id=\"").append(id).append("\" author=\"wataomi\">\n");
        sb.append("        <comment>").append(XmlText.attribute("Revision " + id + ": " + message)).append("</comment>\n");
        sb.append("    </changeSet>\n</databaseChangeLog>\n");
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
        Revision revision = RevisionFiles.read(file, config.logicalPath(file));
        writeMaster(config, RevisionFiles.graph(config));
        return revision;
    }

    private static void property(StringBuilder sb, String name, String value) {
        sb.append("    <property name=\"").append(name).append("\" value=\"").append(XmlText.attribute(value))
                .append("\" global=\"false\"/>\n");
    }

    /** Rewrites the master changelog to include every revision, parents before children. */
    public static void writeMaster(WataomiConfig config, RevisionGraph graph) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        sb.append("<!-- Master changelog, kept by wataomi: create and merge rewrite the list below in dependency order.\n");
        sb.append("     Plain Liquibase (the CLI, Spring Boot's spring.liquibase.change-log) can run this file as is. -->\n");
        sb.append(NAMESPACE_HEADER);
        Path dir = config.changelogDirectory();
        for (Revision r : graph.ordered()) {
            String rel = dir.relativize(r.file()).toString().replace('\\', '/');
            sb.append("    <include file=\"").append(XmlText.attribute(rel)).append("\" relativeToChangelogFile=\"true\"/>\n");
        }
        sb.append("</databaseChangeLog>\n");
        try {
            Files.createDirectories(dir);
            Files.writeString(config.masterChangelog(), sb.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + config.masterChangelog(), e);
        }
    }
}
