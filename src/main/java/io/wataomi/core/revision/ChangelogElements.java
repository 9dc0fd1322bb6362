package io.wataomi.core.revision;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The top-level elements of an XML changelog (or the items of a YAML changelog's {@code databaseChangeLog} list), located
 * in its text so that it can be edited without reformatting what the project wrote: comments, blank lines, attribute
 * order and indentation stay as they are.
 */
final class ChangelogElements {
    private static final Pattern YAML_ROOT = Pattern.compile("^databaseChangeLog\\s*:[ \\t]*(#[^\\n]*)?$", Pattern.MULTILINE);
    private static final Pattern ATTRIBUTE = Pattern.compile("([\\w:.-]+)\\s*=\\s*(\"([^\"]*)\"|'([^']*)')");

    /**
     * One element directly under {@code databaseChangeLog}.
     *
     * @param name       its local name, e.g. {@code include}
     * @param start      where its start tag begins
     * @param end        just past its end tag (or its self-closing start tag)
     * @param attributes the attributes of its start tag, unescaped
     */
    record Element(String name, int start, int end, Map<String, String> attributes) {
    }

    private final String text;
    private final List<Element> entries;
    private final int rootClose;
    private final int rootTagEnd;
    private final boolean rootSelfClosing;

    private ChangelogElements(String text, List<Element> entries, int rootClose, int rootTagEnd, boolean rootSelfClosing) {
        this.text = text;
        this.entries = entries;
        this.rootClose = rootClose;
        this.rootTagEnd = rootTagEnd;
        this.rootSelfClosing = rootSelfClosing;
    }

    /** Scans a changelog's text; a text that is not a changelog has no entries and no root end. */
    static ChangelogElements of(String text) {
        List<Element> entries = new ArrayList<>();
        int depth = 0;
        int rootTagEnd = -1;
        int entryStart = -1;
        Map<String, String> entryAttributes = null;
        String entryName = null;
        int i = text.indexOf('<');
        while (i >= 0 && i < text.length()) {
            if (text.startsWith("<!--", i)) {
                i = after(text, "-->", i);
            } else if (text.startsWith("<![CDATA[", i)) {
                i = after(text, "]]>", i);
            } else if (text.startsWith("<?", i) || text.startsWith("<!", i)) {
                i = after(text, ">", i);
            } else if (text.startsWith("</", i)) {
                int close = after(text, ">", i);
                depth--;
                if (depth == 0) {
                    return new ChangelogElements(text, entries, i, rootTagEnd, false);
                }
                if (depth == 1 && entryStart >= 0) {
                    entries.add(new Element(entryName, entryStart, close, entryAttributes));
                    entryStart = -1;
                }
                i = close;
            } else {
                int close = tagEnd(text, i);
                if (close < 0) {
                    break;
                }
                boolean selfClosing = text.charAt(close - 2) == '/';
                String tag = text.substring(i + 1, close - (selfClosing ? 2 : 1));
                String name = localName(tag.split("[\\s/>]", 2)[0]);
                if (depth == 0) {
                    rootTagEnd = close;
                    if (selfClosing) {
                        return new ChangelogElements(text, entries, -1, rootTagEnd, true);
                    }
                    depth = 1;
                } else if (depth == 1) {
                    Map<String, String> attributes = attributes(tag);
                    if (selfClosing) {
                        entries.add(new Element(name, i, close, attributes));
                    } else {
                        entryStart = i;
                        entryName = name;
                        entryAttributes = attributes;
                        depth++;
                    }
                } else if (!selfClosing) {
                    depth++;
                }
                i = close;
            }
            i = i < 0 ? -1 : text.indexOf('<', i);
        }
        return new ChangelogElements(text, List.of(), -1, rootTagEnd, false);
    }

    /**
     * Scans a YAML changelog's text: each item of the top-level {@code databaseChangeLog} list is an entry, from its
     * {@code -} to the end of its last line that is not blank or a comment; the end of the list is where revisions are
     * added. A text without a block list there has no entries and no end.
     */
    static ChangelogElements ofYaml(String text) {
        Matcher root = YAML_ROOT.matcher(text);
        if (!root.find()) {
            return new ChangelogElements(text, List.of(), -1, -1, false);
        }
        List<Element> entries = new ArrayList<>();
        int itemIndent = -1;
        int entryStart = -1;
        int contentEnd = -1;
        int listEnd = text.length();
        int at = root.end();
        while (at < text.length()) {
            int lineEnd = text.indexOf('\n', at);
            lineEnd = lineEnd < 0 ? text.length() : lineEnd;
            String line = text.substring(at, lineEnd);
            String content = line.strip();
            int indent = line.length() - line.stripLeading().length();
            if (!content.isEmpty() && !content.startsWith("#")) {
                boolean item = content.equals("-") || content.startsWith("- ");
                if (itemIndent < 0 && item) {
                    itemIndent = indent;
                }
                if (item && indent == itemIndent) {
                    if (entryStart >= 0) {
                        entries.add(yamlEntry(text, entryStart, contentEnd, itemIndent));
                    }
                    entryStart = at + indent;
                } else if (indent <= Math.max(itemIndent, 0) && !item) {
                    listEnd = at;
                    break;
                }
                contentEnd = lineEnd;
            }
            at = lineEnd + 1;
        }
        if (entryStart >= 0) {
            entries.add(yamlEntry(text, entryStart, contentEnd, itemIndent));
        }
        return new ChangelogElements(text, entries, listEnd, root.end(), false);
    }

    /** One item of the list; its attributes are the scalar fields under its name, as Liquibase reads them. */
    private static Element yamlEntry(String text, int start, int end, int indent) {
        String source = text.substring(start, end);
        String name = source.substring(1).strip().split("[:\\s]", 2)[0];
        String dedented = String.join("\n", source.lines().map(l -> l.length() >= indent && l.substring(0, indent).isBlank()
                ? l.substring(indent) : l.stripLeading()).toList());
        Map<String, String> attributes = new HashMap<>();
        if (loadYaml(dedented) instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof Map<?, ?> item
                && item.get(name) instanceof Map<?, ?> fields) {
            fields.forEach((k, v) -> {
                if (v != null && !(v instanceof Map<?, ?>) && !(v instanceof List<?>)) {
                    attributes.put(String.valueOf(k), String.valueOf(v));
                }
            });
        }
        return new Element(name, start, end, attributes);
    }

    /** The YAML text loaded, or null when it is not YAML (Liquibase then reports it when it parses the master). */
    private static Object loadYaml(String text) {
        try {
            return new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static int after(String text, String end, int from) {
        int at = text.indexOf(end, from);
        return at < 0 ? -1 : at + end.length();
    }

    /** Just past the {@code >} of the tag starting at {@code from}, skipping quoted attribute values; -1 if it never ends. */
    private static int tagEnd(String text, int from) {
        char quote = 0;
        for (int i = from + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return i + 1;
            }
        }
        return -1;
    }

    private static String localName(String qualified) {
        return qualified.substring(qualified.indexOf(':') + 1);
    }

    private static Map<String, String> attributes(String tag) {
        Map<String, String> out = new HashMap<>();
        Matcher m = ATTRIBUTE.matcher(tag);
        while (m.find()) {
            out.put(localName(m.group(1)), XmlText.unescape(m.group(3) != null ? m.group(3) : m.group(4)));
        }
        return out;
    }

    List<Element> entries() {
        return entries;
    }

    /** Where {@code </databaseChangeLog>} begins, or -1. */
    int rootClose() {
        return rootClose;
    }

    /** True for an empty changelog written as {@code <databaseChangeLog .../>}. */
    boolean rootSelfClosing() {
        return rootSelfClosing;
    }

    /** The element as written. */
    String source(Element e) {
        return text.substring(e.start(), e.end());
    }

    /** The blanks before the element on its line. */
    String indentOf(Element e) {
        int lineStart = text.lastIndexOf('\n', e.start() - 1) + 1;
        String before = text.substring(lineStart, e.start());
        return before.isBlank() ? before : "    ";
    }

    /**
     * The text without these elements (each with its line, when it is alone on it), and with {@code block} (whole lines)
     * inserted before the end of the root element.
     */
    String withInsertion(List<Element> removed, String block) {
        if (rootSelfClosing) {
            return block.isEmpty() ? text : text.substring(0, rootTagEnd - 2).stripTrailing() + ">\n" + block + "</databaseChangeLog>"
                    + text.substring(rootTagEnd);
        }
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (Element e : removed.stream().sorted(Comparator.comparingInt(Element::start)).toList()) {
            int[] span = lineSpan(e.start(), e.end());
            out.append(text, at, span[0]);
            at = span[1];
        }
        if (rootClose < 0) {
            return out.append(text.substring(at)).toString();
        }
        int lineStart = text.lastIndexOf('\n', rootClose - 1) + 1;
        int insertAt = Math.max(at, text.substring(lineStart, rootClose).isBlank() ? lineStart : rootClose);
        out.append(text, at, insertAt);
        if (!block.isEmpty() && insertAt == rootClose && insertAt > 0 && text.charAt(insertAt - 1) != '\n') {
            out.append('\n');
        }
        return out.append(block).append(text.substring(insertAt)).toString();
    }

    /** The span from {@code start} to {@code end} widened to whole lines when only blanks share them. */
    private int[] lineSpan(int start, int end) {
        int lineStart = text.lastIndexOf('\n', start - 1) + 1;
        int lineEnd = text.indexOf('\n', end);
        boolean aloneBefore = text.substring(lineStart, start).isBlank();
        boolean aloneAfter = (lineEnd < 0 ? text.substring(end) : text.substring(end, lineEnd)).isBlank();
        if (aloneBefore && aloneAfter) {
            return new int[]{lineStart, lineEnd < 0 ? text.length() : lineEnd + 1};
        }
        return new int[]{start, end};
    }
}
