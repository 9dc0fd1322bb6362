package io.wataomi.core.shared;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;

/**
 * Loads the classes a goal is about to need on a daemon thread, ahead of the thread that needs them. A Maven plugin's
 * classes cannot come from the JVM's class-data archive: each is read from its jar, defined and verified when first
 * used, and Hibernate's boot alone loads some 1,700 (1.1 s of a 1,000-entity create's main thread, profiled). The
 * second core does that while the first reads the project's classes. The list is a hint: a name that no longer exists
 * is skipped, one that is missing is loaded when used, as without it; classes are loaded, not initialised, so nothing
 * of theirs runs. The lists are written by {@code bench/class-lists.sh} from the classes real runs load.
 */
public final class ClassWarmUp {
    private ClassWarmUp() {
    }

    /** Starts loading the classes named in the resource (one binary name per line, next to {@code owner}) through its loader. */
    public static Thread start(Class<?> owner, String resource) {
        return start(owner.getClassLoader(), owner.getResource(resource));
    }

    /** Starts loading the classes named in the list (one binary name per line; none when null) through the loader. */
    public static Thread start(ClassLoader loader, URL list) {
        Thread t = new Thread(() -> {
            if (list == null) {
                return;
            }
            try (InputStream in = list.openStream()) {
                BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String name = lines.readLine(); name != null; name = lines.readLine()) {
                    load(name.strip(), loader);
                }
            } catch (IOException ignored) {
                // a hint only: the classes load when used
            }
        }, "wataomi-class-warm-up");
        t.setDaemon(true);
        t.start();
        return t;
    }

    private static void load(String name, ClassLoader loader) {
        if (name.isEmpty()) {
            return;
        }
        try {
            Class.forName(name, false, loader);
        } catch (ClassNotFoundException | LinkageError skipped) {
            // not on this classpath: the hint is older or newer than the jars
        }
    }
}
