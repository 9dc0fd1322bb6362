package io.wataomi.core.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Applies an SQL script to a test database as a user would: with psql ({@code -v ON_ERROR_STOP=1 -f}) when it is on the
 * PATH, else, as one simple-protocol query, through the PostgreSQL driver (which sends the script's statements, its
 * BEGIN and COMMIT included, as written).
 */
public final class SqlScriptRunner {
    private SqlScriptRunner() {
    }

    /** How the script was applied: "psql" or "jdbc". */
    public static String apply(String jdbcUrl, Path script) throws IOException, InterruptedException, SQLException {
        Path psql = psql();
        if (psql == null) {
            try (Connection c = TestDatabase.connect(jdbcUrl); Statement st = c.createStatement()) {
                st.execute(Files.readString(script, StandardCharsets.UTF_8));
            }
            return "jdbc";
        }
        String url = jdbcUrl.replaceFirst("^jdbc:postgresql://", "postgresql://" + TestDatabase.USER + "@");
        Process p = new ProcessBuilder(List.of(psql.toString(), "-X", "-q", "-v", "ON_ERROR_STOP=1", "-f", script.toString(), url))
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new AssertionError("psql could not apply " + script + ":\n" + out);
        }
        return "psql";
    }

    private static Path psql() {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        return Stream.of(path.split(java.io.File.pathSeparator)).map(dir -> Path.of(dir, "psql"))
                .filter(Files::isExecutable).findFirst().orElse(null);
    }
}
