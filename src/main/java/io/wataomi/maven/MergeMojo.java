package io.wataomi.maven;

import io.wataomi.core.Wataomi;
import io.wataomi.core.config.LayeredSettings;
import io.wataomi.core.config.PropertyNames;
import io.wataomi.core.revision.MergeOptions;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.util.Map;

/** Writes a revision that joins two or more heads: {@code mvn wataomi:merge -Dwataomi.message="merge heads"}. */
@Mojo(name = "merge", threadSafe = true)
public class MergeMojo extends AbstractWataomiMojo {
    /** The merge revision's message. Also {@code -Dwataomi.message}. */
    @Parameter(property = PropertyNames.MESSAGE)
    private String message;

    /** Comma-separated revisions to join; default all current heads. Also {@code -Dwataomi.revisions}. */
    @Parameter(property = PropertyNames.REVISIONS)
    private String revisions;

    @Override
    protected void goalParameters(Map<String, String> pom) {
        ConfigMapper.put(pom, PropertyNames.MESSAGE, message);
        ConfigMapper.put(pom, PropertyNames.REVISIONS, revisions);
    }

    @Override
    protected void run(Wataomi wataomi, LayeredSettings settings) {
        wataomi.merge(MergeOptions.from(settings));
    }
}
