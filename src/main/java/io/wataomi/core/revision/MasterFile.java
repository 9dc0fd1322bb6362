package io.wataomi.core.revision;

import io.wataomi.core.config.ConfigException;
import io.wataomi.core.config.PropertyNames;
import io.wataomi.core.config.WataomiConfig;
import io.wataomi.core.entity.ApplicationSettings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Which file is the project's master changelog: the one {@code spring.liquibase.change-log} of the application's Spring
 * files names; else the one {@code db.changelog-master.yaml}, {@code .yml} or {@code .xml} of the changelog directory that
 * exists; else {@code db.changelog-master.xml} there, which create writes.
 */
public final class MasterFile {
    private static final List<String> NAMES = List.of("db.changelog-master.yaml", "db.changelog-master.yml", "db.changelog-master.xml");

    private MasterFile() {
    }

    /** The project's master changelog; refuses two candidates, and a Spring master outside the changelog directory. */
    public static Path of(WataomiConfig config) {
        Path dir = config.changelogDirectory();
        ApplicationSettings.Setting spring = ApplicationSettings.liquibaseChangeLog(config.resourcesRoot());
        if (spring != null) {
            return named(config, spring);
        }
        List<Path> existing = NAMES.stream().map(dir::resolve).filter(Files::isRegularFile).toList();
        if (existing.size() > 1) {
            throw new ConfigException("The changelog directory " + dir + " has " + existing.size() + " master changelogs ("
                    + String.join(", ", existing.stream().map(p -> p.getFileName().toString()).toList()) + ") and wataomi cannot"
                    + " tell which one the application runs. Remove the one it does not run, or name it with "
                    + ApplicationSettings.LIQUIBASE_CHANGE_LOG + " in application.properties / application.yml.");
        }
        return existing.isEmpty() ? dir.resolve("db.changelog-master.xml") : existing.get(0);
    }

    /** True for a YAML master. */
    static boolean yaml(Path master) {
        String name = master.getFileName().toString();
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }

    private static Path named(WataomiConfig config, ApplicationSettings.Setting spring) {
        String value = spring.value();
        String path = value.replaceFirst("^classpath\\*?:", "").replaceFirst("^/+", "");
        Path file = config.resourcesRoot().resolve(path).toAbsolutePath().normalize();
        Path dir = config.changelogDirectory().toAbsolutePath().normalize();
        if (value.matches("^[a-zA-Z][\\w+.-]*:.*") && !value.startsWith("classpath")) {
            throw new ConfigException(ApplicationSettings.LIQUIBASE_CHANGE_LOG + " is '" + value + "' (" + spring.source()
                    + "): wataomi reads the master changelog from the project's resources only. Name it as classpath:/db/changelog/<file>.");
        }
        if (!dir.equals(file.getParent())) {
            throw new ConfigException(ApplicationSettings.LIQUIBASE_CHANGE_LOG + " is '" + value + "' (" + spring.source()
                    + "), which is not in wataomi's changelog directory " + dir + ". Set " + PropertyNames.CHANGELOG_DIRECTORY + " to "
                    + file.getParent() + " so that the revisions sit beside the master Spring Boot runs.");
        }
        if (!yaml(file) && !file.getFileName().toString().endsWith(".xml")) {
            throw new ConfigException(ApplicationSettings.LIQUIBASE_CHANGE_LOG + " is '" + value + "' (" + spring.source()
                    + "): wataomi keeps XML and YAML master changelogs only. Point it at a .xml, .yaml or .yml file.");
        }
        return file;
    }
}
