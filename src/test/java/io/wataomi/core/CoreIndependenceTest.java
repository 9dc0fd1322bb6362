package io.wataomi.core;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The core is a library of its own: nothing under io.wataomi.core may use Maven's API. */
class CoreIndependenceTest {
    @Test
    void coreImportsNothingFromMaven() throws IOException {
        Path core = Path.of("src/main/java/io/wataomi/core");
        assertTrue(Files.isDirectory(core), "run from the project base directory");
        List<String> offenders;
        try (Stream<Path> files = Files.walk(core)) {
            offenders = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> {
                        try {
                            String text = Files.readString(f);
                            return text.contains("org.apache.maven") || text.contains("org.codehaus.plexus");
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    })
                    .map(Path::toString).toList();
        }
        assertEquals(List.of(), offenders);
    }
}
