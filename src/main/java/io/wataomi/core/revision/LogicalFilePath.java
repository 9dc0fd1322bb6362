package io.wataomi.core.revision;

import io.wataomi.core.render.Format;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes Liquibase's {@code logicalFilePath} into a new revision file: the path the file is written under, fixed for
 * good. Liquibase records that path in every history row of the revision instead of wherever the file lies when it
 * runs, so renaming or moving the file later neither hides it from checksum checks nor makes plain Liquibase (Spring
 * Boot) run it a second time.
 */
final class LogicalFilePath {
    private static final String XML_ROOT = "-->\n<databaseChangeLog\n";
    private static final String YAML_ROOT = "\ndatabaseChangeLog:\n";
    private static final String SQL_FIRST_LINE = "--liquibase formatted sql\n";

    private static final Pattern XML_COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
    private static final Pattern XML_ROOT_TAG = Pattern.compile("<databaseChangeLog\\b([^>]*)>");
    private static final Pattern XML_ATTRIBUTE = Pattern.compile("\\blogicalFilePath\\s*=\\s*(\"([^\"]*)\"|'([^']*)')");
    private static final Pattern YAML_ENTRY = Pattern.compile("^-\\s*logicalFilePath:\\s*(.*?)\\s*$", Pattern.MULTILINE);
    private static final Pattern SQL_HEADER =
            Pattern.compile("\\A\\s*--\\s*liquibase\\s+formatted\\s+sql\\b[^\\n]*?\\blogicalFilePath:(\\S+)");

    private LogicalFilePath() {
    }

    /** The logical path a revision file declares, or null when it declares none (Liquibase then records where the file lies). */
    static String declared(String fileName, String text) {
        if (!text.contains("logicalFilePath")) {
            return null; // every form spells the attribute out, case and all
        }
        if (fileName.endsWith(".xml")) {
            // The header comment holds the message, which may mention the root element.
            Matcher root = XML_ROOT_TAG.matcher(XML_COMMENT.matcher(text).replaceAll(""));
            if (root.find()) {
                Matcher a = XML_ATTRIBUTE.matcher(root.group(1));
                return a.find() ? XmlText.unescape(a.group(2) != null ? a.group(2) : a.group(3)) : null;
            }
            return null;
        }
        Matcher m = (fileName.endsWith(".sql") ? SQL_HEADER : YAML_ENTRY).matcher(text);
        return m.find() ? RevisionFiles.unquoteYaml(m.group(1)) : null;
    }

    /** The rendered revision with its logical path declared; unchanged if the path cannot be written in that format. */
    static String declare(Format format, String text, String path) {
        return switch (format) {
            case XML -> insertAfter(text, XML_ROOT, "        logicalFilePath=\"" + XmlText.attribute(path) + "\"\n");
            case YAML -> insertAfter(text, YAML_ROOT, "- logicalFilePath: \"" + path.replace("\\", "\\\\").replace("\"", "\\\"") + "\"\n");
            // Formatted SQL reads the value up to the first blank, so a path with one cannot be declared.
            case SQL -> text.startsWith(SQL_FIRST_LINE) && !path.matches(".*\\s.*")
                    ? "--liquibase formatted sql logicalFilePath:" + path + "\n" + text.substring(SQL_FIRST_LINE.length())
                    : text;
        };
    }

    private static String insertAfter(String text, String anchor, String insertion) {
        int at = text.indexOf(anchor);
        return at < 0 ? text : text.substring(0, at + anchor.length()) + insertion + text.substring(at + anchor.length());
    }
}
