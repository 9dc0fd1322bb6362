package io.wataomi.core.entity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.function.Supplier;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The class files of one classpath entry, a folder or a jar, in the given packages. A class file's bytes are read only
 * when the visitor asks for them, and only for the names in the packages: a jar outside them costs the listing of
 * its central directory, nothing more.
 */
final class ClassFiles {
    private ClassFiles() {
    }

    /** Receives each class name (dotted) with its bytes, as Latin-1 text, on demand. */
    interface Visitor {
        void visit(String className, Supplier<String> bytes);
    }

    /** Visits the class files of an entry in sorted order; an entry that is neither a folder nor a jar has none. */
    static void visit(Path entry, List<String> packages, Visitor visitor) {
        if (Files.isDirectory(entry)) {
            folder(entry, packages, visitor);
        } else if (Files.isRegularFile(entry) && entry.getFileName().toString().endsWith(".jar")) {
            jar(entry, packages, visitor);
        }
    }

    private static void folder(Path root, List<String> packages, Visitor visitor) {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(f -> f.toString().endsWith(".class")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot scan " + root, e);
        }
        for (Path file : files) {
            String name = className(root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/"));
            if (name != null && EntityScanner.inPackages(name, packages)) {
                visitor.visit(name, () -> latin1(file));
            }
        }
    }

    private static void jar(Path path, List<String> packages, Visitor visitor) {
        try (JarFile jar = new JarFile(path.toFile(), false)) {
            List<JarEntry> entries = new java.util.ArrayList<>();
            for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
                entries.add(e.nextElement());
            }
            entries.sort(java.util.Comparator.comparing(JarEntry::getName));
            for (JarEntry entry : entries) {
                String name = entry.isDirectory() ? null : className(entry.getName());
                if (name != null && EntityScanner.inPackages(name, packages)) {
                    visitor.visit(name, () -> latin1(jar, entry));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the jar " + path, e);
        }
    }

    /**
     * The dotted class name of a path inside an entry, or null for what is not a class of the entry's own: module
     * descriptors, multi-release variants and the nested classes folder of a Spring Boot executable jar.
     */
    static String className(String relative) {
        if (!relative.endsWith(".class") || relative.endsWith("module-info.class") || relative.startsWith("META-INF/")
                || relative.startsWith("BOOT-INF/") || relative.startsWith("WEB-INF/")) {
            return null;
        }
        return relative.substring(0, relative.length() - ".class".length()).replace('/', '.');
    }

    /** The class file as Latin-1 text: enough to find the UTF-8 descriptors of its constant pool. */
    private static String latin1(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    private static String latin1(JarFile jar, JarEntry entry) {
        try (InputStream in = jar.getInputStream(entry)) {
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + entry.getName() + " in " + jar.getName(), e);
        }
    }
}
