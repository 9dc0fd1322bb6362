package io.wataomi.maven;

import org.apache.maven.plugin.descriptor.MojoDescriptor;
import org.apache.maven.plugin.descriptor.Parameter;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HelpTextTest {
    @Test
    void summaryIsTheFirstSentenceWithoutItsClosingUsageExample() {
        assertEquals("Rolls revisions back", HelpText.summary("Rolls revisions back: <code>mvn wataomi:downgrade -Dwataomi.target=-1</code>"
                + " undoes the last one. Each revision rolls back in one transaction."));
        assertEquals("Writes a new revision on top of the head", HelpText.summary("Writes a new revision on top of the head. mvn"
                + " wataomi:create -Dwataomi.message=\"add\" compiles the project."));
        assertEquals("Fails when the entities &lt; differ", HelpText.summary("Fails when the entities &amp;lt; differ"));
        assertEquals("One sentence only", HelpText.summary("One sentence only."));
    }

    @Test
    void parameterLineShowsPropertyDefaultAndRequired() {
        MojoDescriptor downgrade = new MojoDescriptor();
        downgrade.setImplementation(DowngradeMojo.class.getName());
        Parameter target = new Parameter();
        target.setName("target");
        target.setExpression("${wataomi.target}");
        assertEquals("target  (-Dwataomi.target)  required",
                HelpText.parameterLine(target, RequiredParameters.isRequired(downgrade, target)));
        Parameter sql = new Parameter();
        sql.setName("sql");
        sql.setExpression("${wataomi.sql}");
        sql.setDefaultValue("false");
        assertEquals("sql  (-Dwataomi.sql)  default: false", HelpText.parameterLine(sql, RequiredParameters.isRequired(downgrade, sql)));
    }

    @Test
    void wrapKeepsLinesWithinTheWidth() {
        String wrapped = HelpText.wrap("one two three four five six seven eight nine ten", "  ", 20);
        assertEquals("  one two three four\n  five six seven\n  eight nine ten", wrapped);
    }
}
