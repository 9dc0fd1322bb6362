package io.wataomi.maven;

import io.wataomi.core.Wataomi;
import io.wataomi.core.config.LayeredSettings;
import io.wataomi.core.config.WataomiConfig;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Initialises a database and the changelog folder. It compiles the project, creates every table of its JPA entities
 * that the database lacks (with keys, indexes and sequences, in one transaction), and creates the changelog folder and
 * master changelog when absent. Other differences are listed and left to {@code wataomi:create}. A following create on a project with no
 * revision yet writes the initial revision and records it as applied.
 */
@Mojo(name = "init", threadSafe = true, requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME)
@Execute(phase = LifecyclePhase.COMPILE)
public class InitMojo extends AbstractAutogenMojo {
    /** Init creates the changelog folder, so it skips only the modules that hold no application (see ModuleSkip#forInit). */
    @Override
    protected String skipReason(WataomiConfig config) {
        return ModuleSkip.forInit(session(), project(), config.changelogDirectory(), config.basedir());
    }

    @Override
    protected void run(Wataomi wataomi, LayeredSettings settings) {
        wataomi.init(autogenOptions(settings));
    }
}
