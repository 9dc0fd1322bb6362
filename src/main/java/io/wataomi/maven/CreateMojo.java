package io.wataomi.maven;

import io.wataomi.core.Console;
import io.wataomi.core.Wataomi;
import io.wataomi.core.config.ConfigException;
import io.wataomi.core.config.PropertyNames;
import io.wataomi.core.config.Settings;
import io.wataomi.core.revision.Revision;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.util.Map;

/**
 * Writes a new revision on top of the head: {@code mvn wataomi:create -Dwataomi.message="add user bio field"
 * -Dwataomi.autogenerate=false} writes an empty revision to fill in by hand.
 */
@Mojo(name = "create", threadSafe = true)
public class CreateMojo extends AbstractWataomiMojo {
    /** The revision's message; also its file name's slug. Required. Also {@code -Dwataomi.message}. */
    @Parameter(property = "wataomi.message")
    private String message;

    /**
     * Compare the JPA entities with the database and write the difference. Default true; false writes an empty
     * revision. Also {@code -Dwataomi.autogenerate}.
     */
    @Parameter(property = "wataomi.autogenerate", defaultValue = "true")
    private boolean autogenerate;

    @Override
    protected String goal() {
        return "create";
    }

    @Override
    protected void goalParameters(Map<String, String> pom) {
        ConfigMapper.put(pom, PropertyNames.MESSAGE, message);
        ConfigMapper.put(pom, PropertyNames.AUTOGENERATE, autogenerate);
    }

    @Override
    protected void run(Wataomi wataomi, Settings settings, Console console) {
        if (settings.flag(PropertyNames.AUTOGENERATE, true)) {
            throw new ConfigException("This version of wataomi cannot compare entities with the database yet. Write the revision"
                    + " by hand: add -Dwataomi.autogenerate=false.");
        }
        Revision r = wataomi.createEmpty(settings.get(PropertyNames.MESSAGE).orElse(null));
        console.info("Created revision " + r.id() + " (revises " + r.parentsLabel() + "): " + r.file());
        console.info("Fill in its changeSets above the revision marker, then run mvn wataomi:upgrade.");
    }
}
