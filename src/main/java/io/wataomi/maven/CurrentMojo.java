package io.wataomi.maven;

import io.wataomi.core.Wataomi;
import io.wataomi.core.config.Defaults;
import io.wataomi.core.config.LayeredSettings;
import io.wataomi.core.config.PropertyNames;
import io.wataomi.core.migrate.ReportOptions;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.util.Map;

/** Shows the database's current revision(s): {@code mvn wataomi:current}. */
@Mojo(name = "current", threadSafe = true)
public class CurrentMojo extends AbstractWataomiMojo {
    /** Also print each current revision's parents, file, creation and application time. Also {@code -Dwataomi.verbose}. */
    @Parameter(property = PropertyNames.VERBOSE, defaultValue = Defaults.VERBOSE)
    private boolean verbose;

    @Override
    protected void goalParameters(Map<String, String> pom) {
        ConfigMapper.put(pom, PropertyNames.VERBOSE, verbose);
    }

    @Override
    protected void run(Wataomi wataomi, LayeredSettings settings) {
        wataomi.current(ReportOptions.from(settings));
    }
}
