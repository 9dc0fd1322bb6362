package io.wataomi.core.db;

import io.wataomi.core.config.Masker;
import io.wataomi.core.shared.Output;
import io.wataomi.core.testing.RecordingOutput;
import org.junit.jupiter.api.Test;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The driver's own warnings (with the URL it was given) reach the goal's masked output, never stderr. */
class DriverLogTest {
    @Test
    void theDriversWarningGoesThroughTheMaskingOutput() {
        String url = "jdbc:postgresql://app:Yc3@Pr:Ge/Wn%41Hb@127.0.0.1:1/cfg";
        Masker masker = new Masker();
        masker.registerUrl(url);
        RecordingOutput recorded = new RecordingOutput();
        try (DriverLog.Route ignored = DriverLog.route(masking(recorded, masker))) {
            assertThrows(SQLException.class, () -> DriverManager.getConnection(url, new Properties()));
        }
        assertTrue(recorded.text().contains("WARN [postgresql] JDBC URL contains too many / characters: jdbc:postgresql://app:********@"),
                recorded.text());
        assertFalse(recorded.text().contains("Pr:Ge") || recorded.text().contains("Wn%41"), recorded.text());
        assertFalse(Logger.getLogger("org.postgresql").getUseParentHandlers(), "nothing goes on to the console handler on stderr");

        int lines = recorded.lines().size();
        assertThrows(SQLException.class, () -> DriverManager.getConnection(url, new Properties()));
        assertEquals(lines, recorded.lines().size(), "a record outside any goal is dropped, not printed");
    }

    private static Output masking(RecordingOutput out, Masker masker) {
        return new Output() {
            @Override
            public void info(String line) {
                out.info(masker.mask(line));
            }

            @Override
            public void warn(String line) {
                out.warn(masker.mask(line));
            }

            @Override
            public void debug(String line) {
                out.debug(masker.mask(line));
            }

            @Override
            public void raw(String text) {
                out.raw(masker.mask(text));
            }
        };
    }
}
