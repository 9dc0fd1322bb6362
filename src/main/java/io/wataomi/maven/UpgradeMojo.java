package io.wataomi.maven;

import io.wataomi.core.Wataomi;
import io.wataomi.core.config.Defaults;
import io.wataomi.core.config.LayeredSettings;
import io.wataomi.core.config.PropertyNames;
import io.wataomi.core.migrate.MigrationOptions;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.util.Map;

/**
 * Applies revisions: {@code mvn wataomi:upgrade} goes to the head; {@code -Dwataomi.target} names another
 * target. Each revision commits with its history rows in one transaction, under a PostgreSQL advisory lock and a lock
 * timeout, and is tried again while it gives up on a table lock; its concurrent steps run on their own after it.
 */
@Mojo(name = "upgrade", defaultPhase = LifecyclePhase.PRE_INTEGRATION_TEST, threadSafe = true)
public class UpgradeMojo extends AbstractMigrationMojo {
    /**
     * Where to go: {@code head} (fails if there are two heads), {@code heads}, {@code +N}, or a revision
     * id or unique prefix. Also {@code -Dwataomi.target}.
     */
    @Parameter(property = PropertyNames.TARGET, defaultValue = Defaults.UPGRADE_TARGET)
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
        wataomi.upgrade(MigrationOptions.upgrade(settings));
    }
}
