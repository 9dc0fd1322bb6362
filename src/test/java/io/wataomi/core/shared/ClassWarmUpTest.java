package io.wataomi.core.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The warm-up loads the listed classes through the given loader without initialising them, skips names that do not
 * exist, and the plugin's lists name only classes its classpath has (a dependency upgraded without running
 * {@code bench/class-lists.sh} would leave names that no longer exist).
 */
class ClassWarmUpTest {
    static final AtomicBoolean INITIALISED = new AtomicBoolean();

    /** Sets the flag when initialised: loading it must not. */
    static final class Listed {
        static {
            INITIALISED.set(true);
        }
    }

    /** Records the names it is asked for. */
    private static final class RecordingLoader extends ClassLoader {
        final List<String> asked = Collections.synchronizedList(new ArrayList<>());

        RecordingLoader(ClassLoader parent) {
            super(parent);
        }

        @Override
        public Class<?> loadClass(String name) throws ClassNotFoundException {
            asked.add(name);
            return super.loadClass(name);
        }
    }

    @Test
    void theListedClassesAreLoadedThroughTheLoaderAndNoneIsInitialised() throws Exception {
        Path list = Files.createTempFile("classes", ".txt");
        Files.writeString(list, Listed.class.getName() + "\n\nno.such.Missing\n  java.util.ArrayDeque  \n", StandardCharsets.UTF_8);
        RecordingLoader loader = new RecordingLoader(getClass().getClassLoader());

        ClassWarmUp.start(loader, list.toUri().toURL()).join();

        assertEquals(List.of(Listed.class.getName(), "no.such.Missing", "java.util.ArrayDeque"), loader.asked);
        assertFalse(INITIALISED.get(), "loaded, not initialised");
        Class.forName(Listed.class.getName(), true, loader);
        assertTrue(INITIALISED.get(), "initialising it sets the flag");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/io/wataomi/core/entity/boot-classes.txt", "/io/wataomi/core/migrate/apply-classes.txt"})
    void everyClassOfThePluginsListsIsOnItsClasspath(String resource) throws IOException {
        List<String> missing = new ArrayList<>();
        int names = 0;
        try (InputStream in = ClassWarmUp.class.getResourceAsStream(resource)) {
            assertNotNull(in, resource);
            for (String name : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                names++;
                try {
                    Class.forName(name.strip(), false, ClassWarmUp.class.getClassLoader());
                } catch (ClassNotFoundException | LinkageError e) {
                    missing.add(name);
                }
            }
        }
        assertTrue(names > 500, resource + " has " + names + " names");
        assertEquals(List.of(), missing, "write the lists again: bash bench/class-lists.sh");
    }
}
