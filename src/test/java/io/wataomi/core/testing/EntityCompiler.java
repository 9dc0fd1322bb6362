package io.wataomi.core.testing;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Compiles Java sources at test time into a fresh temporary directory, against the test JVM's classpath
 * (JPA and Hibernate annotations included): entity sets made up by a test, e.g. random edits of a model.
 */
public final class EntityCompiler {
    private EntityCompiler() {
    }

    /** Compiles sources keyed by fully qualified class name; returns the output directory. */
    public static Path compile(Map<String, String> sources) {
        return compile(sources, List.of());
    }

    /** As {@link #compile(Map)}, with more classpath entries (e.g. an earlier output directory) first. */
    public static Path compile(Map<String, String> sources, List<Path> classpath) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new IllegalStateException("No Java compiler: the tests need a JDK, not a JRE");
        }
        Path out = createOutputDirectory();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        List<String> options = List.of("--release", "17", "-proc:none", "-d", out.toString(),
                "-classpath", classpath(classpath));
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
            boolean ok = javac.getTask(null, files, diagnostics, options, null, units(sources)).call();
            if (!ok) {
                throw new IllegalArgumentException("Compilation failed:\n" + report(diagnostics));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static Path createOutputDirectory() {
        try {
            Path base = Files.createDirectories(Path.of("target", "entity-compiler").toAbsolutePath());
            return Files.createTempDirectory(base, "classes-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String classpath(List<Path> extra) {
        List<String> entries = new ArrayList<>();
        extra.forEach(p -> entries.add(p.toAbsolutePath().toString()));
        entries.add(System.getProperty("java.class.path"));
        return String.join(File.pathSeparator, entries);
    }

    private static List<JavaFileObject> units(Map<String, String> sources) {
        List<JavaFileObject> units = new ArrayList<>();
        sources.forEach((className, text) -> units.add(new SimpleJavaFileObject(
                URI.create("string:///" + className.replace('.', '/') + JavaFileObject.Kind.SOURCE.extension),
                JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return text;
            }
        }));
        return units;
    }

    private static String report(DiagnosticCollector<JavaFileObject> diagnostics) {
        return diagnostics.getDiagnostics().stream()
                .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                .map(d -> (d.getSource() == null ? "" : d.getSource().getName() + ":" + d.getLineNumber() + ": ")
                        + d.getMessage(null))
                .collect(Collectors.joining("\n"));
    }
}
