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
 * The project's class loader: its output directory and compile classpath over the JPA and Hibernate classes of the
 * plugin, so the classes that the entities' annotations name are the very ones Hibernate reads. The plugin's other
 * libraries stay hidden: a class the project lacks is missing, as it is when the application runs.
 */
final class ProjectLoader {
    /** The packages the entities share with the plugin's Hibernate; everything else comes from the project. */
    private static final List<String> SHARED = List.of("jakarta.persistence.", "org.hibernate.", "org.jboss.logging.",
            "net.bytebuddy.");

    private ProjectLoader() {
    }

    /** A new loader for the request's classpath; the caller closes it. */
    static URLClassLoader open(EntityRequest request) {
        return new URLClassLoader(urls(request), new SharedOnly(Entity.class.getClassLoader()));
    }

    /** Shows the plugin's classes of the shared packages, and the platform's classes, nothing else. */
    private static final class SharedOnly extends ClassLoader {
        private final ClassLoader plugin;

        SharedOnly(ClassLoader plugin) {
            super(ClassLoader.getPlatformClassLoader());
            this.plugin = plugin;
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (shared(name)) {
                return plugin.loadClass(name);
            }
            return super.loadClass(name, resolve);
        }

        @Override
        public URL getResource(String name) {
            return shared(name.replace('/', '.')) ? plugin.getResource(name) : super.getResource(name);
        }

        @Override
        public java.util.Enumeration<URL> getResources(String name) throws java.io.IOException {
            return shared(name.replace('/', '.')) ? plugin.getResources(name) : super.getResources(name);
        }

        private static boolean shared(String name) {
            return SHARED.stream().anyMatch(name::startsWith);
        }
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
