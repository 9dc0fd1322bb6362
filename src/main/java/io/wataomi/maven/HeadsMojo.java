package io.wataomi.maven;

import io.wataomi.core.Console;
import io.wataomi.core.Wataomi;
import io.wataomi.core.config.Settings;
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
    protected void run(Wataomi wataomi, Settings settings, Console console) {
        List<Revision> heads = wataomi.heads();
        if (heads.isEmpty()) {
            console.info("No revisions yet.");
        }
        heads.forEach(h -> console.info(h.id() + " (head)  " + h.message() + "  [" + h.fileName() + "]"));
        if (heads.size() > 1) {
            console.warn(heads.size() + " heads: join them with mvn wataomi:merge -Dwataomi.message=\"merge heads\".");
        }
    }
}
