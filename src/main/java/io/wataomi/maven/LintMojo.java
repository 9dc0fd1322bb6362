package io.wataomi.maven;

import io.wataomi.core.Wataomi;
import io.wataomi.core.config.LayeredSettings;
import io.wataomi.core.config.PropertyNames;
import io.wataomi.core.lint.LintOptions;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

import java.util.Map;

/**
 * Reads the SQL of every revision the database has not applied yet (hand-written ones included), as Liquibase
 * generates it, and prints for each statement the lock it takes, whether it rewrites or scans its table, the table's
 * size from the database's statistics, and the rules it breaks with their fixes (CREATE INDEX without CONCURRENTLY on a
 * table with rows, a foreign key without NOT VALID, a rewriting type change, a dropped column the application still
 * reads ...). Fails the build on a rule at severity error; changes nothing. Binds to {@code verify}: run it before the
 * revisions are applied (on the command line, {@code mvn compile wataomi:lint}).
 */
@Mojo(name = "lint", threadSafe = true, defaultPhase = LifecyclePhase.VERIFY, requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME)
public class LintMojo extends AbstractAutogenMojo {
    /**
     * Severities that replace the rules' defaults, comma-separated: {@code rule=error|warning|off}, e.g.
     * {@code require-concurrent-index-creation=warning,require-timeout-settings=error}. An error fails the build, a warning
     * is printed, off is left out. Also {@code -Dwataomi.lint.severity}.
     */
    @Parameter(property = PropertyNames.LINT_SEVERITY)
    private String severity;

    @Override
    protected void autogenParameters(Map<String, String> pom) {
        ConfigMapper.put(pom, PropertyNames.LINT_SEVERITY, severity);
    }

    @Override
    protected void run(Wataomi wataomi, LayeredSettings settings) {
        wataomi.lint(LintOptions.from(settings, autogenOptions(settings)));
    }
}
