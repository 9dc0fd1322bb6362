package io.wataomi.maven;

import io.wataomi.core.Wataomi;
import io.wataomi.core.config.LayeredSettings;
import io.wataomi.core.config.PropertyNames;
import io.wataomi.core.migrate.ReportOptions;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.util.Map;

/** Lists the revisions newest first, the current one marked with {@code >}: {@code mvn wataomi:history}. */
@Mojo(name = "history", threadSafe = true)
public class HistoryMojo extends AbstractWataomiMojo {
    /**
     * Only revisions in {@code lower:upper}; each side a revision, {@code base}, {@code head} or {@code current},
     * either may be empty (e.g. {@code current:}). Also {@code -Dwataomi.range}.
     */
    @Parameter(property = PropertyNames.RANGE)
    private String range;

    @Override
    protected void goalParameters(Map<String, String> pom) {
        ConfigMapper.put(pom, PropertyNames.RANGE, range);
    }

    @Override
    protected void run(Wataomi wataomi, LayeredSettings settings) {
        wataomi.history(ReportOptions.from(settings));
    }
}
