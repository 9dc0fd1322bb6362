package io.wataomi.core.entity;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Hibernate ORM on the project's own classpath, when it has one: the application runs on it, so the desired
 * schema is read by it. Versions 6.2 and later are driven through the JPA schema-generation SPI; earlier ones are
 * refused with the supported range.
 *
 * @param jar     the hibernate-core jar
 * @param version its version, e.g. {@code 6.6.13.Final}
 * @param major   the major version
 * @param minor   the minor version
 */
record ProjectHibernate(Path jar, String version, int major, int minor) {
    private static final Pattern FILE = Pattern.compile("hibernate-core-((\\d+)\\.(\\d+)[^/\\\\]*)\\.jar");
    private static final Pattern VERSION = Pattern.compile("(\\d+)\\.(\\d+).*");
    /** The range the JPA SPI path is tested on. */
    static final String SUPPORTED = "6.2 to 7.x";

    /** The project's hibernate-core, or null when its classpath has none (the plugin's own Hibernate is used then). */
    static ProjectHibernate find(List<Path> classpath) {
        for (Path entry : classpath) {
            Matcher m = FILE.matcher(entry.getFileName() == null ? "" : entry.getFileName().toString());
            if (m.matches()) {
                return checked(new ProjectHibernate(entry, m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
            }
        }
        for (Path entry : classpath) {
            if (entry.toString().endsWith(".jar") && Files.isRegularFile(entry)) {
                ProjectHibernate found = fromManifest(entry);
                if (found != null) {
                    return checked(found);
                }
            }
        }
        return null;
    }

    private static ProjectHibernate fromManifest(Path jar) {
        try (JarFile file = new JarFile(jar.toFile())) {
            if (file.getEntry("org/hibernate/Version.class") == null || file.getManifest() == null) {
                return null;
            }
            String v = file.getManifest().getMainAttributes().getValue("Implementation-Version");
            Matcher m = v == null ? null : VERSION.matcher(v);
            return m != null && m.matches() ? new ProjectHibernate(jar, v, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))) : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static ProjectHibernate checked(ProjectHibernate h) {
        if (h.major < 6 || (h.major == 6 && h.minor < 2)) {
            throw new EntityException("The project uses Hibernate ORM " + h.version + " (" + h.jar.getFileName() + "), which"
                    + " wataomi cannot drive: the supported range is " + SUPPORTED + ". Upgrade Hibernate (Spring Boot 3.1 or later"
                    + " brings 6.2+), or run create against a module without it.");
        }
        return h;
    }

    /** How the version reads in output. */
    String label() {
        return "the project's Hibernate ORM " + version + " (" + jar.getFileName() + ")";
    }
}
