package io.wataomi.maven;

import io.wataomi.core.autogen.AutogenOptions;
import io.wataomi.core.config.ConfigException;
import io.wataomi.core.config.PropertyNames;
import io.wataomi.core.config.LayeredSettings;
import io.wataomi.core.entity.EntityRequest;
import io.wataomi.core.render.Format;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.configuration.PlexusConfiguration;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What create, check and init share: where the entities are and how they are compared. */
public abstract class AbstractAutogenMojo extends AbstractWataomiMojo {
    /**
     * Packages to scan for entities, comma-separated; subpackages included. Default: every compiled class of the project.
     * Also {@code -Dwataomi.packages}.
     */
    @Parameter(property = "wataomi.packages")
    private String packages;

    /**
     * Table and column naming: {@code auto} (default: Spring Boot's snake_case naming when Spring Boot is on the
     * project's classpath, else Hibernate's), {@code standard} (Hibernate's), {@code snake_case} (Spring Boot's), or the
     * class name of a Hibernate PhysicalNamingStrategy. Also {@code -Dwataomi.namingStrategy}.
     */
    @Parameter(property = "wataomi.namingStrategy")
    private String namingStrategy;

    /**
     * What the entities are compared with: {@code database} (default, the configured database, as Alembic does) or
     * {@code history} (a scratch database on which every revision was replayed; no live database needed).
     * Also {@code -Dwataomi.diffAgainst}.
     */
    @Parameter(property = "wataomi.diffAgainst")
    private String diffAgainst;

    /**
     * A PostgreSQL server for the scratch databases that normalise schemas, as {@code jdbc:postgresql://...} or
     * {@code postgresql://user:password@host/db}; its user must be allowed to create databases. Default: the embedded
     * server under {@code target/wataomi/postgres}. Also {@code -Dwataomi.devUrl}.
     */
    @Parameter(property = "wataomi.devUrl")
    private PlexusConfiguration devUrl;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Override
    protected void goalParameters(Map<String, String> pom) throws org.apache.maven.plugin.MojoExecutionException {
        ConfigMapper.put(pom, PropertyNames.PACKAGES, packages);
        ConfigMapper.put(pom, PropertyNames.NAMING_STRATEGY, namingStrategy);
        ConfigMapper.put(pom, PropertyNames.DIFF_AGAINST, diffAgainst);
        ConfigMapper.put(pom, PropertyNames.DEV_URL, secretValue(devUrl));
        autogenParameters(pom);
    }

    /** Adds the goal's own parameters. */
    protected void autogenParameters(Map<String, String> pom) {
    }

    /** The options for the core, from the layered settings and the project's compile classpath. */
    protected AutogenOptions options(LayeredSettings settings) {
        List<Path> classpath;
        try {
            classpath = project.getCompileClasspathElements().stream().map(Path::of).toList();
        } catch (DependencyResolutionRequiredException e) {
            throw new ConfigException("The project's compile classpath is not resolved: " + e.getMessage());
        }
        String against = settings.get(PropertyNames.DIFF_AGAINST, "database").strip().toLowerCase(Locale.ROOT);
        if (!against.equals("database") && !against.equals("history")) {
            throw new ConfigException("wataomi.diffAgainst is '" + against + "': use database (the default) or history.");
        }
        return new AutogenOptions(classpath, EntityRequest.parsePackages(settings.get(PropertyNames.PACKAGES).orElse(null)),
                settings.get(PropertyNames.NAMING_STRATEGY, EntityRequest.AUTO), settings.get(PropertyNames.RENAMES).orElse(null),
                Format.parse(settings.get(PropertyNames.FORMAT).orElse(null)), against.equals("history"),
                settings.get(PropertyNames.DEV_URL).orElse(null));
    }
}
