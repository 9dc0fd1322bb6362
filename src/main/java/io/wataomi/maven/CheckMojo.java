package io.wataomi.maven;

import io.wataomi.core.Wataomi;
import io.wataomi.core.config.LayeredSettings;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Fails the build when the JPA entities and the database differ, listing the differences. It is the CI gate against a
 * forgotten revision: it binds to {@code verify}; on the command line run {@code mvn compile wataomi:check}. With
 * {@code -Dwataomi.diffAgainst=history} it compares with the revisions, so no database is needed.
 */
@Mojo(name = "check", threadSafe = true, defaultPhase = LifecyclePhase.VERIFY, requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME)
public class CheckMojo extends AbstractAutogenMojo {
    @Override
    protected void run(Wataomi wataomi, LayeredSettings settings) {
        wataomi.check(autogenOptions(settings));
    }
}
