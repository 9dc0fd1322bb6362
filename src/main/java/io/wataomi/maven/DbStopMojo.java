package io.wataomi.maven;

import io.wataomi.core.Wataomi;
import io.wataomi.core.config.LayeredSettings;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Stops the embedded database: {@code mvn wataomi:db-stop}. It stops the server of the project's data folder whichever
 * process started it ({@code wataomi:db-start}, or a build still running), ending open sessions such as psql or an
 * IDE's. Nothing running is not an error.
 */
@Mojo(name = "db-stop", threadSafe = true)
public class DbStopMojo extends AbstractWataomiMojo {
    @Override
    protected void run(Wataomi wataomi, LayeredSettings settings) {
        wataomi.dbStop();
    }
}
