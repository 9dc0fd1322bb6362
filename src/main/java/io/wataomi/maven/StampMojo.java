package io.wataomi.maven;

import io.wataomi.core.shared.Output;
import io.wataomi.core.Results;
import io.wataomi.core.Wataomi;
import io.wataomi.core.config.PropertyNames;
import io.wataomi.core.config.LayeredSettings;
import io.wataomi.core.revision.Targets;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.util.Map;

/**
 * Records the database as being at a revision without running any change (after applying SQL by hand):
 * {@code mvn wataomi:stamp -Dwataomi.target=head}.
 */
@Mojo(name = "stamp", threadSafe = true)
public class StampMojo extends AbstractWataomiMojo {
    /** The revision to record: {@code head}, {@code heads}, {@code base}, or a revision id or prefix. Also {@code -Dwataomi.target}. */
    @Parameter(property = "wataomi.target")
    private String target;

    @Override
    protected String goal() {
        return "stamp";
    }

    @Override
    protected void goalParameters(Map<String, String> pom) {
        ConfigMapper.put(pom, PropertyNames.TARGET, target);
    }

    @Override
    protected void run(Wataomi wataomi, LayeredSettings settings, Output output) {
        Results.Stamp r = wataomi.stamp(settings.get(PropertyNames.TARGET).orElse(null));
        output.info("Stamped: " + r.marked().size() + " revision(s) recorded as applied, " + r.unmarked().size()
                + " removed from the history; no change was run. The database is now at " + Targets.label(r.current()) + ".");
    }
}
