package io.wataomi.core.revision;

/** XML escaping for attribute values and comments in generated changelogs. */
public final class XmlText {
    private XmlText() {
    }

    /** Escapes a value for a double-quoted attribute. */
    public static String attribute(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("\n", "&#10;").replace("\r", "&#13;").replace("\t", "&#9;");
    }

    /** Makes text safe inside an XML comment, where "--" is not allowed. */
    public static String comment(String s) {
        String out = s.replace("--", "- -");
        return out.endsWith("-") ? out + " " : out;
    }

    /** Undoes {@link #attribute} and the predefined entities. */
    public static String unescape(String s) {
        if (s.indexOf('&') < 0) {
            return s;
        }
        return s.replace("&#10;", "\n").replace("&#13;", "\r").replace("&#9;", "\t").replace("&quot;", "\"")
                .replace("&apos;", "'").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }
}
