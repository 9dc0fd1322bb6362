package io.wataomi.maven;

import io.wataomi.core.Wataomi;
import io.wataomi.core.config.LayeredSettings;
import org.apache.maven.plugins.annotations.Mojo;

/** Lists the head revisions (revisions nothing revises yet): {@code mvn wataomi:heads}. Needs no database. */
@Mojo(name = "heads", threadSafe = true)
public class HeadsMojo extends AbstractWataomiMojo {
    @Override
    protected void run(Wataomi wataomi, LayeredSettings settings) {
        wataomi.heads();
    }
}
