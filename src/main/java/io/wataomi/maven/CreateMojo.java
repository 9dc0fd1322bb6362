package io.wataomi.maven;

import io.wataomi.core.autogen.CreateOptions;
import io.wataomi.core.Wataomi;
import io.wataomi.core.config.PropertyNames;
import io.wataomi.core.config.Defaults;
import io.wataomi.core.config.LayeredSettings;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

import java.util.Map;

/**
 * Writes a new revision on top of the head. {@code mvn wataomi:create -Dwataomi.message="add user bio field"} compiles
 * the project, compares its JPA entities with the database and writes the difference, with its rollback; with no
 * difference it prints "No changes detected" and writes nothing. {@code -Dwataomi.autogenerate=false} writes an empty
 * revision to fill in by hand. On a project with no revision and a database that has tables (built by init, ddl-auto,
 * a script or another tool), it writes the revision that builds that schema as it is and records it as applied,
 * changing nothing: the way to adopt wataomi on an existing database.
 */
@Mojo(name = "create", threadSafe = true, requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME)
@Execute(phase = LifecyclePhase.COMPILE)
public class CreateMojo extends AbstractAutogenMojo {
    /**
     * The revision's message; also its file name's slug. Required (checked after the skip flags, so
     * {@code -Dwataomi.skip=true} skips the goal without one). Also {@code -Dwataomi.message}.
     */
    @Parameter(property = PropertyNames.MESSAGE)
    @Required(example = "\"add user bio field\"")
    private String message;

    /**
     * Compare the JPA entities with the database and write the difference; false writes an empty
     * revision. Also {@code -Dwataomi.autogenerate}.
     */
    @Parameter(property = PropertyNames.AUTOGENERATE, defaultValue = Defaults.AUTOGENERATE)
    private boolean autogenerate;

    /** The revision file format: {@code xml}, {@code yaml} or {@code sql} (Liquibase formatted SQL). Also {@code -Dwataomi.format}. */
    @Parameter(property = PropertyNames.FORMAT, defaultValue = Defaults.FORMAT)
    private String format;

    /**
     * Confirmed renames, comma-separated: {@code table.old_column:new_column} for a column and {@code old_table:new_table}
     * for a table (schema-qualify when needed). They render as renames that keep the data, with the rename back as
     * rollback. create suggests the exact value when a drop and an add look like a rename. Also {@code -Dwataomi.renames}.
     */
    @Parameter(property = PropertyNames.RENAMES)
    private String renames;

    /**
     * On tables that exist already (not those the revision creates), render the forms that do not block reads and
     * writes for long: indexes built and dropped {@code CONCURRENTLY}, unique constraints over such an index, foreign
     * keys and checks added {@code NOT VALID} and validated afterwards, {@code SET NOT NULL} over a validated check.
     * Those steps run after the revision's transaction ({@code runInTransaction="false"}). A type change that rewrites
     * the table is flagged with its size either way. {@code false} renders every change in its plain, blocking form.
     * Also {@code -Dwataomi.safeDdl}.
     */
    @Parameter(property = PropertyNames.SAFE_DDL, defaultValue = Defaults.SAFE_DDL)
    private boolean safeDdl;

    @Override
    protected void autogenParameters(Map<String, String> pom) {
        ConfigMapper.put(pom, PropertyNames.MESSAGE, message);
        ConfigMapper.put(pom, PropertyNames.AUTOGENERATE, autogenerate);
        ConfigMapper.put(pom, PropertyNames.FORMAT, format);
        ConfigMapper.put(pom, PropertyNames.RENAMES, renames);
        ConfigMapper.put(pom, PropertyNames.SAFE_DDL, safeDdl);
    }

    @Override
    protected void run(Wataomi wataomi, LayeredSettings settings) {
        wataomi.create(CreateOptions.from(settings, autogenOptions(settings)));
    }
}
