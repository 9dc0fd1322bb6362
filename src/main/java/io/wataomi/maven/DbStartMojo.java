package io.wataomi.maven;

import io.wataomi.core.Wataomi;
import io.wataomi.core.config.Defaults;
import io.wataomi.core.config.LayeredSettings;
import io.wataomi.core.config.PropertyNames;
import io.wataomi.core.db.DbStartOptions;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.util.Map;

/**
 * Runs the embedded database on a fixed port until {@code wataomi:db-stop}: {@code mvn wataomi:db-start}. It keeps
 * running after Maven ends, so psql, pg_dump and an IDE can reach the database the goals use (it prints a psql command
 * line and the JDBC URL), and every goal of the project uses it meanwhile instead of starting its own. Run again, it
 * prints the same. Only for the embedded database: with {@code wataomi.url} set there is nothing to start.
 */
@Mojo(name = "db-start", threadSafe = true)
public class DbStartMojo extends AbstractWataomiMojo {
    /** The TCP port on localhost to serve the embedded database on. Also {@code -Dwataomi.port}. */
    @Parameter(property = PropertyNames.PORT, defaultValue = Defaults.PORT)
    private Integer port;

    @Override
    protected void goalParameters(Map<String, String> pom) {
        ConfigMapper.put(pom, PropertyNames.PORT, port);
    }

    @Override
    protected void run(Wataomi wataomi, LayeredSettings settings) {
        wataomi.dbStart(DbStartOptions.from(settings));
    }
}
