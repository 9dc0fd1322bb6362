package io.wataomi.maven;

import org.apache.maven.plugin.descriptor.Parameter;

/** The plugin descriptor's HTML descriptions as plain text lines for {@code mvn wataomi:help}. */
final class HelpText {
    private HelpText() {
    }

    /** A description without its HTML markup, on one line. */
    static String plain(String html) {
        if (html == null) {
            return "";
        }
        return html.replaceAll("<[^>]+>", "").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#64;", "@").replace("&amp;", "&").replaceAll("\\s+", " ").strip();
    }

    /**
     * The first sentence of a description, as Javadoc takes it (up to the first period followed by a space), without
     * a closing usage example ({@code : mvn wataomi:heads}), which a list of goals repeats.
     */
    static String summary(String html) {
        String text = plain(html);
        int end = text.indexOf(". ");
        String sentence = (end < 0 ? text : text.substring(0, end)).replaceAll("\\.$", "");
        int usage = sentence.indexOf(": mvn ");
        return usage < 0 ? sentence : sentence.substring(0, usage);
    }

    /** One parameter: its name, {@code -D} property, default and whether it must be given. */
    static String parameterLine(Parameter p, boolean required) {
        StringBuilder sb = new StringBuilder(p.getName());
        String expression = p.getExpression();
        if (expression != null && expression.startsWith("${")) {
            sb.append("  (-D").append(expression, 2, expression.length() - 1).append(')');
        }
        if (p.getDefaultValue() != null) {
            sb.append("  default: ").append(p.getDefaultValue());
        }
        if (required) {
            sb.append("  required");
        }
        return sb.toString();
    }

    /** Words wrapped at {@code width} characters, each line starting with {@code indent}. */
    static String wrap(String text, String indent, int width) {
        StringBuilder out = new StringBuilder();
        StringBuilder line = new StringBuilder(indent);
        for (String word : text.split(" ")) {
            if (line.length() + word.length() > width && line.length() > indent.length()) {
                out.append(line.toString().stripTrailing()).append('\n');
                line = new StringBuilder(indent);
            }
            line.append(word).append(' ');
        }
        return out.append(line.toString().stripTrailing()).toString();
    }
}
