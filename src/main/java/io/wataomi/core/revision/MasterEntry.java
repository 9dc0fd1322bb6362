package io.wataomi.core.revision;

import io.wataomi.core.config.WataomiConfig;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One entry of the master changelog.
 *
 * @param element  where it stands in the master's text, and its attributes
 * @param target   the file or folder an include or includeAll names, or null for other entries
 * @param revision true for an include of a revision file (or includeAll of the versions folder)
 */
record MasterEntry(ChangelogElements.Element element, Path target, boolean revision) {

    static MasterEntry of(WataomiConfig config, ChangelogElements.Element element) {
        String named = switch (element.name()) {
            case "include" -> element.attributes().get("file");
            case "includeAll" -> element.attributes().get("path");
            default -> null;
        };
        if (named == null || named.isBlank()) {
            return new MasterEntry(element, null, false);
        }
        String path = named.strip().replaceFirst("^classpath\\*?:", "");
        Path target = "true".equalsIgnoreCase(element.attributes().get("relativeToChangelogFile"))
                ? config.changelogDirectory().resolve(path)
                : config.resourcesRoot().resolve(path.replaceFirst("^/+", ""));
        target = target.toAbsolutePath().normalize();
        return new MasterEntry(element, target, target.startsWith(config.versionsDirectory().toAbsolutePath().normalize()));
    }

    /**
     * True for an include or includeAll of a {@code classpath:} path the project's resources do not hold: a changelog of a
     * dependency jar, which plain Liquibase finds on the application's classpath and wataomi does not read.
     */
    boolean inDependency() {
        String named = element.attributes().getOrDefault("file", element.attributes().get("path"));
        return target != null && named != null && named.strip().startsWith("classpath") && !Files.exists(target);
    }

    /** True for the entries Liquibase runs changeSets of: includes, includeAll and changeSets. */
    boolean runs() {
        return switch (element.name()) {
            case "include", "includeAll", "changeSet" -> true;
            default -> false;
        };
    }

    /** How the entry is named in reports, e.g. {@code legacy/001-init.xml}, {@code includeAll legacy/}, {@code changeSet seed-1}. */
    String label() {
        return switch (element.name()) {
            case "include" -> element.attributes().get("file");
            case "includeAll" -> "includeAll " + element.attributes().get("path");
            case "changeSet" -> "changeSet " + element.attributes().get("id") + " (written in the master)";
            default -> element.name();
        };
    }
}
