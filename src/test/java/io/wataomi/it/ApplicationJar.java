package io.wataomi.it;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;

/**
 * Application jars for the command-line jar's tests: a plain jar of a classes folder, and the same classes laid out as
 * Spring Boot's repackaging lays out an executable jar (classes under BOOT-INF/classes/, libraries stored uncompressed
 * under BOOT-INF/lib/, Spring Boot's launcher as Main-Class).
 */
public final class ApplicationJar {
    private ApplicationJar() {
    }

    /** A plain jar of the folder's files. */
    public static Path plain(Path classes, Path jar) {
        return write(classes, jar, "", manifest(null));
    }

    /** A Spring Boot executable jar of the folder's files, with one nested library jar. */
    public static Path springBoot(Path classes, Path jar) {
        Manifest manifest = manifest("org.springframework.boot.loader.launch.JarLauncher");
        manifest.getMainAttributes().putValue("Start-Class", "com.example.Application");
        manifest.getMainAttributes().putValue("Spring-Boot-Classes", "BOOT-INF/classes/");
        manifest.getMainAttributes().putValue("Spring-Boot-Lib", "BOOT-INF/lib/");
        return write(classes, jar, "BOOT-INF/classes/", manifest);
    }

    private static Manifest manifest(String mainClass) {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        if (mainClass != null) {
            manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, mainClass);
        }
        return manifest;
    }

    private static Path write(Path classes, Path jar, String prefix, Manifest manifest) {
        try {
            Files.createDirectories(jar.getParent());
            try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest);
                 Stream<Path> files = Files.walk(classes)) {
                for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                    out.putNextEntry(new JarEntry(prefix + classes.relativize(f).toString().replace('\\', '/')));
                    Files.copy(f, out);
                    out.closeEntry();
                }
                if (!prefix.isEmpty()) {
                    stored(out, "BOOT-INF/lib/domain-1.0.jar", library());
                }
            }
            return jar;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A nested jar, stored uncompressed as Spring Boot stores them. */
    private static void stored(JarOutputStream out, String name, byte[] bytes) throws IOException {
        JarEntry entry = new JarEntry(name);
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(bytes.length);
        CRC32 crc = new CRC32();
        crc.update(bytes);
        entry.setCrc(crc.getValue());
        out.putNextEntry(entry);
        out.write(bytes);
        out.closeEntry();
    }

    private static byte[] library() throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (OutputStream out = new JarOutputStream(bytes, manifest(null))) {
            out.flush();
        }
        return bytes.toByteArray();
    }
}
