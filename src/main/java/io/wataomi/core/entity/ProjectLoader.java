package io.wataomi.core.entity;

import jakarta.persistence.Entity;

import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The project's class loader: its output directory and compile classpath over the plugin's own loader, so
 * the JPA and Hibernate classes that the entities' annotations name are the very ones Hibernate reads.
 */
final class ProjectLoader {
    private ProjectLoader() {
    }

    /** A new loader for the request's classpath; the caller closes it. */
    static URLClassLoader open(EntityRequest request) {
        return new URLClassLoader(urls(request), Entity.class.getClassLoader());
    }

    /** The request's classpath as URLs, after checking that the project was compiled. */
    static URL[] urls(EntityRequest request) {
        Path output = request.outputDirectory();
        if (!Files.isDirectory(output)) {
            throw new EntityException("The compiled classes folder " + output + " does not exist: compile the project first"
                    + " (mvn compile, or run this goal after the compile phase).");
        }
        List<URL> urls = new ArrayList<>();
        for (Path p : request.classpath()) {
            try {
                urls.add(p.toAbsolutePath().toUri().toURL());
            } catch (MalformedURLException e) {
                throw new IllegalArgumentException("Not a classpath entry: " + p, e);
            }
        }
        return urls.toArray(URL[]::new);
    }

    /** Runs work with the loader as context class loader, through which Hibernate also finds classes and services. */
    static <T> T run(ClassLoader loader, Supplier<T> work) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            return work.get();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
