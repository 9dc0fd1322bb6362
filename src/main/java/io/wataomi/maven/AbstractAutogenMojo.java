package io.wataomi.maven;

import io.wataomi.core.config.ConfigException;
import io.wataomi.core.config.PropertyNames;
import io.wataomi.core.config.Defaults;
import io.wataomi.core.config.LayeredSettings;
import io.wataomi.core.autogen.AutogenOptions;
import io.wataomi.core.entity.ClassProviders;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.model.Dependency;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;
import org.codehaus.plexus.configuration.PlexusConfiguration;

import java.io.File;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What create, check and init share: where the entities are and how they are compared. */
public abstract class AbstractAutogenMojo extends AbstractWataomiMojo {
    /**
     * Packages of the entities, comma-separated; subpackages included; looked for on the whole classpath, dependency jars
     * included (only their entries in these packages are read). Default: every class of the project's output directory
     * and of its own modules (the reactor modules it depends on, the jars of its groupId). Also {@code -Dwataomi.packages}.
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
     * {@code postgresql://user:password@host/db}; its user must be allowed to create databases. Unset: the server of
     * {@code wataomi.url} when its user may create databases (a uniquely named scratch database beside the application's,
     * dropped afterwards), else the embedded server under {@code target/wataomi/postgres} (several seconds to start when it
     * is not running). Also {@code -Dwataomi.devUrl}.
     */
    @Parameter(property = PropertyNames.DEV_URL)
    private PlexusConfiguration devUrl;

    /**
     * The persistence unit of {@code META-INF/persistence.xml} whose properties the application runs with, when the file
     * has several. Also {@code -Dwataomi.persistenceUnit}.
     */
    @Parameter(property = PropertyNames.PERSISTENCE_UNIT)
    private String persistenceUnit;

    /**
     * The Spring profiles whose {@code application-<profile>.properties} / {@code .yml} settings apply, comma-separated,
     * later ones winning. Default: {@code spring.profiles.active} of the application's files. Also {@code -Dwataomi.profiles}.
     */
    @Parameter(property = PropertyNames.PROFILES)
    private String profiles;

    /**
     * Hibernate settings that win over the application's own ({@code hibernate.properties}, persistence.xml, Spring Boot's
     * {@code spring.jpa.properties.*}), one element per setting, e.g.
     * {@code <hibernate.auto_quote_keyword>true</hibernate.auto_quote_keyword>}. Set them where the application reads them
     * instead when you can, so that the application and the revisions agree. Each is also the property
     * {@code wataomi.hibernateProperties.} followed by the setting, e.g. {@code -Dwataomi.hibernateProperties.hibernate.default_schema=app}.
     */
    @Parameter
    private Map<String, String> hibernateProperties;

    @Override
    protected void goalParameters(Map<String, String> pom) throws MojoExecutionException {
        ConfigMapper.put(pom, PropertyNames.PACKAGES, packages);
        ConfigMapper.put(pom, PropertyNames.NAMING_STRATEGY, namingStrategy);
        ConfigMapper.put(pom, PropertyNames.DIFF_AGAINST, diffAgainst);
        ConfigMapper.put(pom, PropertyNames.DEV_URL, secretValue(devUrl));
        ConfigMapper.put(pom, PropertyNames.PERSISTENCE_UNIT, persistenceUnit);
        ConfigMapper.put(pom, PropertyNames.PROFILES, profiles);
        if (hibernateProperties != null) {
            hibernateProperties.forEach((k, v) -> ConfigMapper.put(pom, PropertyNames.HIBERNATE_PREFIX + k, v));
        }
        autogenParameters(pom);
    }

    /** Adds the goal's own parameters. */
    protected void autogenParameters(Map<String, String> pom) {
    }

    /**
     * The project's output directory first, then its compile classpath, then what its runtime adds (the project's own
     * Hibernate needs its runtime dependencies): where the entities are looked for and read.
     */
    protected List<Path> classpath() {
        try {
            LinkedHashSet<String> all = new LinkedHashSet<>(project().getCompileClasspathElements());
            all.addAll(project().getRuntimeClasspathElements());
            return all.stream().map(Path::of).toList();
        } catch (DependencyResolutionRequiredException e) {
            throw new ConfigException("The project's compile classpath is not resolved: " + e.getMessage());
        }
    }

    /**
     * The options of the goal: the settings, the classpath, which of its entries are the project's own modules, and
     * where a class missing from it is looked for.
     */
    protected AutogenOptions autogenOptions(LayeredSettings settings) {
        List<Path> classpath = classpath();
        return AutogenOptions.from(settings, classpath, ProjectModules.of(project(), session().getProjects(), classpath),
                classProviders());
    }

    /** The local repository, and the project's test-scoped dependencies, which its classpath leaves out. */
    private ClassProviders classProviders() {
        File local = session().getRepositorySession().getLocalRepository().getBasedir();
        Map<String, String> declared = new TreeMap<>();
        for (Dependency d : project().getDependencies()) {
            if (Artifact.SCOPE_TEST.equals(d.getScope())) {
                declared.put(d.getGroupId() + ":" + d.getArtifactId(), d.getScope());
            }
        }
        return new ClassProviders(local == null ? null : local.toPath(), declared);
    }
}
