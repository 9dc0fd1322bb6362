package io.wataomi.core.config;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Everything the core needs to run one goal, resolved once from {@link LayeredSettings}.
 *
 * @param basedir            the project base directory
 * @param changelogDirectory the folder holding the master changelog and {@code versions/}
 * @param resourcesRoot      the classpath root the changelog paths are relative to
 * @param connection         where to connect
 * @param embeddedDirectory  the data folder of the embedded database
 * @param contexts           Liquibase context expression, or null
 * @param labels             Liquibase label expression, or null
 * @param lockTimeout        how long to wait for another run's migration lock
 * @param fileTemplate       the revision file name template
 * @param ddl                how long the revisions' statements may wait for locks and run, and how often they are retried
 * @param heartbeat          how often a changeSet that runs long says so (which one, for how long); zero: never
 */
public record WataomiConfig(Path basedir, Path changelogDirectory, Path resourcesRoot, ConnectionConfig connection,
                            Path embeddedDirectory, String contexts, String labels, Duration lockTimeout,
                            String fileTemplate, DdlTimeouts ddl, Duration heartbeat) {

    /** Resolves the configuration of a project, whose revisions are in its {@code src/main/resources}. */
    public static WataomiConfig from(LayeredSettings settings, Path basedir) {
        return from(settings, basedir, basedir.resolve("src/main/resources"));
    }

    /**
     * Resolves the configuration of a project whose classpath root is {@code resources} (a classes folder, or an
     * application jar's classes unpacked): the revisions are in {@code db/changelog} below it unless
     * {@code wataomi.changelogDirectory} says otherwise.
     */
    public static WataomiConfig from(LayeredSettings settings, Path basedir, Path resources) {
        Path changelog = settings.path(PropertyNames.CHANGELOG_DIRECTORY, basedir, resources.resolve("db/changelog"));
        Path root = changelog.startsWith(resources) ? resources : changelog.getParent();
        if (root == null) {
            throw new ConfigException(PropertyNames.CHANGELOG_DIRECTORY + " cannot be a file system root: " + changelog);
        }
        return new WataomiConfig(basedir, changelog, root, ConnectionConfig.from(settings),
                settings.path(PropertyNames.EMBEDDED_DIRECTORY, basedir, basedir.resolve(Defaults.EMBEDDED_DIRECTORY)),
                settings.get(PropertyNames.CONTEXTS).orElse(null),
                settings.get(PropertyNames.LABELS).orElse(null),
                settings.seconds(PropertyNames.LOCK_TIMEOUT, Defaults.LOCK_TIMEOUT_SECONDS),
                settings.get(PropertyNames.FILE_TEMPLATE, Defaults.FILE_TEMPLATE),
                DdlTimeouts.from(settings),
                settings.duration(PropertyNames.HEARTBEAT, Defaults.HEARTBEAT));
    }

    /** The folder of revision files. */
    public Path versionsDirectory() {
        return changelogDirectory.resolve("versions");
    }

    /** The classpath-style path of a file under the resources root, as Liquibase records it. */
    public String logicalPath(Path file) {
        return resourcesRoot.relativize(file).toString().replace('\\', '/');
    }
}
