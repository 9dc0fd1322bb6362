package io.wataomi.maven;

import io.wataomi.core.shared.Output;
import io.wataomi.core.Wataomi;
import io.wataomi.core.config.LayeredSettings;
import io.wataomi.core.revision.Revision;
import org.apache.maven.plugins.annotations.Mojo;

import java.util.List;

/** Lists the head revisions (revisions nothing revises yet): {@code mvn wataomi:heads}. Needs no database. */
@Mojo(name = "heads", threadSafe = true)
public class HeadsMojo extends AbstractWataomiMojo {
    @Override
    protected String goal() {
        return "heads";
    }

    @Override
    protected void run(Wataomi wataomi, LayeredSettings settings, Output output) {
        List<Revision> heads = wataomi.heads();
        if (heads.isEmpty()) {
            output.info("No revisions yet.");
        }
        heads.forEach(h -> output.info(h.id() + " (head)  " + h.message() + "  [" + h.fileName() + "]"));
        if (heads.size() > 1) {
            output.warn(heads.size() + " heads: join them with mvn wataomi:merge -Dwataomi.message=\"merge heads\".");
        }
    }
}
