package io.wataomi.core.config;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a {@code .env} file the way docker compose and python-dotenv do: {@code KEY=value} lines,
 * optional {@code export}, comments, single quotes literal, double quotes with escapes, and
 * double-quoted values that span lines (certificates). A byte-order mark at the start is ignored.
 * Its errors name the line and the key, never a value (see {@link DotEnvParser}).
 */
public final class DotEnv {
    private DotEnv() {
    }

    /** Reads the file, or returns an empty map when it does not exist. */
    public static Map<String, String> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return Map.of();
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw new ConfigException(file + " is not UTF-8 text. Save it as UTF-8.");
        } catch (IOException e) {
            throw new ConfigException("Cannot read " + file + " (" + e.getClass().getSimpleName() + "). Check that this build may read it.");
        }
        return parse(List.of(text.split("\\R", -1)), file);
    }

    static Map<String, String> parse(List<String> lines, Path file) {
        return new DotEnvParser(lines, file.toString()).parse();
    }

    /**
     * Warnings for keys that look like a misspelt variable this plugin reads (within two edits of one, case aside),
     * e.g. DATABSE_URL for DATABASE_URL: such a key is ignored, and the embedded database would be used instead.
     */
    public static List<String> nearMisses(Collection<String> keys) {
        List<String> warnings = new ArrayList<>();
        for (String key : keys) {
            if (PropertyNames.ENVIRONMENT.containsKey(key)) {
                continue;
            }
            String upper = key.toUpperCase(Locale.ROOT);
            String best = null;
            int bestDistance = 3;
            for (String known : PropertyNames.ENVIRONMENT.keySet().stream().sorted().toList()) {
                int d = distance(upper, known);
                if (d < bestDistance) {
                    best = known;
                    bestDistance = d;
                }
            }
            if (best != null) {
                warnings.add(".env sets " + key + ", which wataomi does not read: did you mean " + best + "?");
            }
        }
        return warnings;
    }

    /** Edits (insert, delete, replace, swap two neighbours) from one text to the other. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            for (int j = 0; j <= b.length(); j++) {
                if (i == 0 || j == 0) {
                    d[i][j] = i + j;
                    continue;
                }
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
