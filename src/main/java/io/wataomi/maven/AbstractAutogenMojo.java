package io.wataomi.maven;

import io.wataomi.core.config.ConfigException;
import io.wataomi.core.config.PropertyNames;
import io.wataomi.core.config.Defaults;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.configuration.PlexusConfiguration;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** What create, check and init share: where the entities are and how they are compared. */
public abstract class AbstractAutogenMojo extends AbstractWataomiMojo {
    /**
     * Packages to scan for entities, comma-separated; subpackages included. Default: every compiled class of the project.
     * Also {@code -Dwataomi.packages}.
     */
    @Parameter(property = PropertyNames.PACKAGES)
    private String packages;

    /**
     * Table and column naming: {@code auto} (Spring Boot's snake_case naming when Spring Boot is on the
     * project's classpath, else Hibernate's), {@code standard} (Hibernate's), {@code snake_case} (Spring Boot's), or the
     * class name of a Hibernate PhysicalNamingStrategy. Also {@code -Dwataomi.namingStrategy}.
     */
    @Parameter(property = PropertyNames.NAMING_STRATEGY, defaultValue = Defaults.NAMING_STRATEGY)
    private String namingStrategy;

    /**
     * What the entities are compared with: {@code database} (the configured database, as Alembic does) or
     * {@code history} (a scratch database on which every revision was replayed; no live database needed).
     * Also {@code -Dwataomi.diffAgainst}.
     */
    @Parameter(property = PropertyNames.DIFF_AGAINST, defaultValue = Defaults.DIFF_AGAINST)
    private String diffAgainst;

    /**
     * A PostgreSQL server for the scratch databases that normalise schemas, as {@code jdbc:postgresql://...} or
     * {@code postgresql://user:password@host/db}; its user must be allowed to create databases. Default: the embedded
     * server under {@code target/wataomi/postgres}. Also {@code -Dwataomi.devUrl}.
     */
    @Parameter(property = PropertyNames.DEV_URL)
    private PlexusConfiguration devUrl;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Override
    protected void goalParameters(Map<String, String> pom) throws MojoExecutionException {
        ConfigMapper.put(pom, PropertyNames.PACKAGES, packages);
        ConfigMapper.put(pom, PropertyNames.NAMING_STRATEGY, namingStrategy);
        ConfigMapper.put(pom, PropertyNames.DIFF_AGAINST, diffAgainst);
        ConfigMapper.put(pom, PropertyNames.DEV_URL, secretValue(devUrl));
        autogenParameters(pom);
    }

    /** Adds the goal's own parameters. */
    protected void autogenParameters(Map<String, String> pom) {
    }

    /** The project's output directory first, then its compile classpath: where the entities are looked for. */
    protected List<Path> classpath() {
        try {
            return project.getCompileClasspathElements().stream().map(Path::of).toList();
        } catch (DependencyResolutionRequiredException e) {
            throw new ConfigException("The project's compile classpath is not resolved: " + e.getMessage());
        }
    }
}
