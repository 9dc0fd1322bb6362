package io.wataomi.core.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The line scanner behind {@link DotEnv}. A {@code .env} file holds secrets, so its errors name the line number and
 * the key and never quote a line: a line that is not {@code KEY=value} is often the second half of a password.
 */
final class DotEnvParser {
    private static final Pattern KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]*");
    /** A line that sets a variable named like an environment variable (DATABASE_URL, SPRING_PROFILES_ACTIVE). */
    private static final Pattern ASSIGNMENT = Pattern.compile("\\s*(?:export\\s+)?([A-Z][A-Z0-9]*_[A-Z0-9_]*)\\s*=.*");

    private final List<String> lines;
    private final String file;
    private final Map<String, String> values = new LinkedHashMap<>();
    private int index;
    private String lastKey;
    private int lastKeyLine;

    DotEnvParser(List<String> lines, String file) {
        this.lines = lines;
        this.file = file;
    }

    Map<String, String> parse() {
        for (index = 0; index < lines.size(); index++) {
            String line = lines.get(index);
            if (index == 0 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            line = line.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("export ") || line.startsWith("export\t")) {
                line = line.substring(7).strip();
            }
            int lineNumber = index + 1;
            int eq = line.indexOf('=');
            if (eq < 0) {
                throw notKeyValue(lineNumber);
            }
            String key = line.substring(0, eq).strip();
            if (!KEY.matcher(key).matches()) {
                throw new ConfigException(where(lineNumber) + " is not KEY=value: the text before '=' is not a variable name"
                        + " (letters, digits, _ and .). Fix or remove line " + lineNumber + ".");
            }
            values.put(key, value(key, line.substring(eq + 1).strip(), lineNumber));
            lastKey = key;
            lastKeyLine = index + 1;
        }
        return values;
    }

    private String value(String key, String value, int lineNumber) {
        if (value.startsWith("\"")) {
            return doubleQuoted(key, value.substring(1), lineNumber);
        }
        if (value.startsWith("'")) {
            int end = value.indexOf('\'', 1);
            if (end < 0) {
                throw new ConfigException(where(lineNumber) + ": the value of " + key + " opens a single quote that does not close"
                        + " on that line. Close it: " + key + "='...'.");
            }
            afterQuote(key, value.substring(end + 1), lineNumber);
            return value.substring(1, end);
        }
        int hash = value.indexOf(" #");
        return hash < 0 ? value : value.substring(0, hash).strip();
    }

    /** Reads up to the closing quote, across lines for values that may span them (certificates). */
    private String doubleQuoted(String key, String first, int lineNumber) {
        StringBuilder out = new StringBuilder();
        String current = first;
        while (true) {
            for (int i = 0; i < current.length(); i++) {
                char c = current.charAt(i);
                if (c == '\\' && i + 1 < current.length()) {
                    char next = current.charAt(++i);
                    switch (next) {
                        case 'n' -> out.append('\n');
                        case '"', '\\' -> out.append(next);
                        default -> out.append(c).append(next);
                    }
                } else if (c == '"') {
                    afterQuote(key, current.substring(i + 1), lineNumber);
                    return out.toString();
                } else {
                    out.append(c);
                }
            }
            String open = where(lineNumber) + ": the value of " + key + " opens a double quote that ";
            if (!PropertyNames.MULTI_LINE_VARIABLES.contains(key) && PropertyNames.ENVIRONMENT.containsKey(key)) {
                throw new ConfigException(open + "does not close on that line. Close it: " + key + "=\"...\".");
            }
            if (index + 1 >= lines.size()) {
                throw new ConfigException(open + "never closes. Close it at the end of the value: " + key + "=\"...\".");
            }
            current = lines.get(++index);
            Matcher assignment = ASSIGNMENT.matcher(current);
            if (assignment.matches()) {
                throw new ConfigException(open + "is still open when line " + (index + 1) + " sets " + assignment.group(1)
                        + ". Close it at the end of the value: " + key + "=\"...\".");
            }
            out.append('\n');
        }
    }

    private void afterQuote(String key, String rest, int lineNumber) {
        String trailing = rest.strip();
        if (!trailing.isEmpty() && !trailing.startsWith("#")) {
            throw new ConfigException(where(lineNumber) + ": the value of " + key + " has text after its closing quote. Put the"
                    + " whole value inside the quotes, or start a comment with #.");
        }
    }

    private ConfigException notKeyValue(int lineNumber) {
        String context = lastKey == null ? ""
                : lastKeyLine == lineNumber - 1 ? "; the line before it sets " + lastKey
                : "; the last setting before it is " + lastKey + " on line " + lastKeyLine;
        String quoting = lastKey == null ? "" : " A value that spans lines must be in double quotes: " + lastKey + "=\"...\".";
        return new ConfigException(where(lineNumber) + " is not KEY=value (it has no '=')" + context + "." + quoting
                + " Fix or remove line " + lineNumber + ".");
    }

    private String where(int lineNumber) {
        return file + " line " + lineNumber;
    }
}
