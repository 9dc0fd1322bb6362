package io.wataomi.core.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a {@code .env} file the way docker compose and python-dotenv do: {@code KEY=value} lines,
 * optional {@code export}, comments, single quotes literal, double quotes with escapes, and
 * double-quoted values that span lines (certificates).
 */
public final class DotEnv {
    private DotEnv() {
    }

    /** Reads the file, or returns an empty map when it does not exist. */
    public static Map<String, String> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return Map.of();
        }
        try {
            return parse(Files.readAllLines(file, StandardCharsets.UTF_8), file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    static Map<String, String> parse(List<String> lines, Path file) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("export ")) {
                line = line.substring(7).strip();
            }
            int eq = line.indexOf('=');
            if (eq <= 0) {
                throw new ConfigException(file + " line " + (i + 1) + " is not KEY=value: '" + new Masker().mask(line)
                        + "'. Fix or remove that line.");
            }
            String key = line.substring(0, eq).strip();
            String value = line.substring(eq + 1).strip();
            if (value.startsWith("\"")) {
                StringBuilder sb = new StringBuilder(value.substring(1));
                while (!endsWithUnescapedQuote(sb) && i + 1 < lines.size()) {
                    sb.append('\n').append(lines.get(++i));
                }
                String body = sb.toString();
                if (!endsWithUnescapedQuote(sb)) {
                    throw new ConfigException(file + ": the value of " + key + " opens a double quote that never closes.");
                }
                value = unescape(body.substring(0, body.lastIndexOf('"')));
            } else if (value.startsWith("'")) {
                int end = value.indexOf('\'', 1);
                value = end < 0 ? value.substring(1) : value.substring(1, end);
            } else {
                int hash = value.indexOf(" #");
                if (hash >= 0) {
                    value = value.substring(0, hash).strip();
                }
            }
            out.put(key, value);
        }
        return out;
    }

    private static boolean endsWithUnescapedQuote(CharSequence s) {
        String t = s.toString().stripTrailing();
        int idx = t.lastIndexOf('"');
        if (idx < 0 || !t.substring(idx + 1).strip().replaceAll("#.*", "").isEmpty()) {
            return false;
        }
        int backslashes = 0;
        for (int j = idx - 1; j >= 0 && t.charAt(j) == '\\'; j--) {
            backslashes++;
        }
        return backslashes % 2 == 0;
    }

    private static String unescape(String s) {
        return s.replace("\\n", "\n").replace("\\\"", "\"").replace("\\\\", "\\");
    }
}
