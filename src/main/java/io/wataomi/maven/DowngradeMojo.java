package io.wataomi.maven;

import io.wataomi.core.Wataomi;
import io.wataomi.core.config.Defaults;
import io.wataomi.core.config.LayeredSettings;
import io.wataomi.core.config.PropertyNames;
import io.wataomi.core.migrate.MigrationOptions;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.util.Map;

/**
 * Rolls revisions back: {@code mvn wataomi:downgrade -Dwataomi.target=-1} undoes the last one, a revision id
 * goes down to it, {@code base} undoes all. Each revision rolls back in one transaction.
 */
@Mojo(name = "downgrade", threadSafe = true)
public class DowngradeMojo extends AbstractMigrationMojo {
    /**
     * Where to go: {@code -N}, a revision id or unique prefix, or {@code base}. Required (checked after the skip flags).
     * Also {@code -Dwataomi.target}.
     */
    @Parameter(property = PropertyNames.TARGET)
    @Required(example = "-1")
    private String target;

    /** Print the SQL instead of running it; the database is not changed. Also {@code -Dwataomi.sql=true}. */
    @Parameter(property = PropertyNames.SQL, defaultValue = Defaults.SQL)
    private boolean sql;

    /** With {@code sql}: write the SQL to this file instead of standard output. Also {@code -Dwataomi.sqlFile}. */
    @Parameter(property = PropertyNames.SQL_FILE)
    private File sqlFile;

    @Override
    protected void goalParameters(Map<String, String> pom) throws MojoExecutionException {
        super.goalParameters(pom);
        ConfigMapper.put(pom, PropertyNames.TARGET, target);
        ConfigMapper.put(pom, PropertyNames.SQL, sql);
        ConfigMapper.put(pom, PropertyNames.SQL_FILE, sqlFile);
    }

    @Override
    protected void run(Wataomi wataomi, LayeredSettings settings) {
        wataomi.downgrade(MigrationOptions.downgrade(settings));
    }
}
