package io.wataomi.maven;

import io.wataomi.core.Wataomi;
import io.wataomi.core.config.LayeredSettings;
import io.wataomi.core.config.PropertyNames;
import io.wataomi.core.migrate.StampOptions;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.util.Map;

/**
 * Records the database as being at a revision without running any change (after applying SQL by hand):
 * {@code mvn wataomi:stamp -Dwataomi.target=head}.
 */
@Mojo(name = "stamp", threadSafe = true)
public class StampMojo extends AbstractWataomiMojo {
    /**
     * The revision to record: {@code head}, {@code heads}, {@code base}, or a revision id or prefix. Required (checked
     * after the skip flags). Also {@code -Dwataomi.target}.
     */
    @Parameter(property = PropertyNames.TARGET)
    @Required(example = "head")
    private String target;

    @Override
    protected void goalParameters(Map<String, String> pom) {
        ConfigMapper.put(pom, PropertyNames.TARGET, target);
    }

    @Override
    protected void run(Wataomi wataomi, LayeredSettings settings) {
        wataomi.stamp(StampOptions.from(settings));
    }
}
