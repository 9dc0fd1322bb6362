package io.wataomi.cli;

import io.wataomi.core.config.ConfigException;
import io.wataomi.core.config.LayeredSettings;
import io.wataomi.core.config.PropertyNames;
import io.wataomi.core.config.WataomiConfig;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Where the command-line jar reads the revisions: the changelog folder ({@code wataomi.changelogDirectory}, as the Maven
 * goals do), or the {@code db/changelog} of an application's classpath ({@code --classpath}): a classes folder, or a jar,
 * whose changelog is unpacked to a temporary folder for the run. A Spring Boot jar keeps its classes under
 * {@code BOOT-INF/classes/}, a war under {@code WEB-INF/classes/}.
 */
final class RevisionSource implements AutoCloseable {
    static final String CHANGELOG = "db/changelog/";
    private static final List<String> CLASS_ROOTS = List.of("BOOT-INF/classes/", "WEB-INF/classes/", "");

    private final Path root;
    private final Path unpacked;

    private RevisionSource(Path root, Path unpacked) {
        this.root = root;
        this.unpacked = unpacked;
    }

    /** The revisions the settings point at: {@code wataomi.classpath}, else the changelog folder. */
    static RevisionSource of(LayeredSettings settings, Path basedir) {
        Path classpath = settings.path(PropertyNames.CLASSPATH, basedir, null);
        if (classpath == null) {
            return new RevisionSource(null, null);
        }
        if (settings.get(PropertyNames.CHANGELOG_DIRECTORY).isPresent()) {
            throw new ConfigException("Both " + PropertyNames.CLASSPATH + " and " + PropertyNames.CHANGELOG_DIRECTORY + " are set: give the"
                    + " application (--classpath app.jar, whose db/changelog holds the revisions) or the changelog folder, not both.");
        }
        if (Files.isDirectory(classpath)) {
            Path boot = classpath.resolve(CLASS_ROOTS.get(0));
            return new RevisionSource(Files.isDirectory(boot.resolve(CHANGELOG)) ? boot : classpath, null);
        }
        if (!Files.isRegularFile(classpath)) {
            throw new ConfigException(PropertyNames.CLASSPATH + " is " + classpath + ", which does not exist. Give the application's jar"
                    + " (or its classes folder), e.g. --classpath /app/app.jar.");
        }
        Path unpacked = unpack(classpath);
        return new RevisionSource(unpacked, unpacked);
    }

    /** The configuration of a run, reading its revisions from here; {@code required}: a run that finds none fails. */
    WataomiConfig config(LayeredSettings settings, Path basedir, boolean required) {
        WataomiConfig config = root == null ? WataomiConfig.from(settings, basedir) : WataomiConfig.from(settings, basedir, root);
        if (required && !Files.isDirectory(config.versionsDirectory())) {
            throw new ConfigException("No revisions: " + config.versionsDirectory() + " does not exist. Give the application"
                    + " (--classpath app.jar, whose db/changelog/versions holds them) or the changelog folder (-D"
                    + PropertyNames.CHANGELOG_DIRECTORY + "=path/to/db/changelog).");
        }
        return config;
    }

    private static Path unpack(Path jar) {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            String prefix = CLASS_ROOTS.stream().filter(root -> hasEntryUnder(zip, root + CHANGELOG))
                    .findFirst().orElseThrow(() -> new ConfigException(jar + " has no " + CHANGELOG + " (nor under "
                            + String.join(" or ", CLASS_ROOTS.subList(0, 2)) + "), so it holds no revisions. Build it with the"
                            + " project's src/main/resources/db/changelog, or give the folder with -D" + PropertyNames.CHANGELOG_DIRECTORY + "."));
            Path into = Files.createTempDirectory("wataomi-revisions-");
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (!entry.isDirectory() && entry.getName().startsWith(prefix + CHANGELOG)) {
                    Path file = into.resolve(entry.getName().substring(prefix.length())).normalize();
                    if (!file.startsWith(into)) {
                        throw new ConfigException(jar + " has an entry that points outside the jar's folders: " + entry.getName());
                    }
                    Files.createDirectories(file.getParent());
                    try (InputStream in = zip.getInputStream(entry)) {
                        Files.copy(in, file);
                    }
                }
            }
            return into;
        } catch (IOException e) {
            throw new ConfigException(PropertyNames.CLASSPATH + " is " + jar + ", which cannot be read as a jar: " + e.getMessage()
                    + ". Give the application's jar or its classes folder.");
        }
    }

    private static boolean hasEntryUnder(ZipFile zip, String folder) {
        return zip.stream().anyMatch(e -> e.getName().startsWith(folder));
    }

    /** Removes the unpacked changelog of a jar. */
    @Override
    public void close() {
        if (unpacked == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(unpacked)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot remove the revisions unpacked to " + unpacked, e);
        }
    }
}
