package io.wataomi.maven;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.MojoDescriptor;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Lists the goals, one line each: {@code mvn wataomi:help}. {@code -Dgoal=upgrade} shows one goal with its parameters,
 * their {@code -D} properties and defaults; {@code -Ddetail=true} adds every parameter's description. The text comes
 * from the plugin descriptor, i.e. from the goals' Javadoc, which IDEs show too.
 */
@Mojo(name = "help", requiresProject = false, threadSafe = true)
public class HelpMojo extends AbstractMojo {
    private static final int WIDTH = 100;

    /** Show only this goal, with its parameters. Also {@code -Dgoal}. */
    @Parameter(property = "goal")
    private String goal;

    /** Show every parameter with its description, of every goal or of {@code goal}. Also {@code -Ddetail}. */
    @Parameter(property = "detail", defaultValue = "false")
    private boolean detail;

    @Parameter(defaultValue = "${plugin}", readonly = true)
    private PluginDescriptor plugin;

    @Override
    public void execute() throws MojoFailureException {
        List<MojoDescriptor> goals = plugin.getMojos().stream().sorted(Comparator.comparing(MojoDescriptor::getGoal)).toList();
        StringBuilder sb = new StringBuilder();
        sb.append(plugin.getName()).append(' ').append(plugin.getVersion()).append('\n');
        sb.append(HelpText.plain(plugin.getDescription())).append('\n');
        if (goal != null && !goal.isBlank()) {
            describe(sb, chosen(goals));
        } else if (detail) {
            goals.forEach(m -> describe(sb, m));
        } else {
            list(sb, goals);
        }
        getLog().info(sb.toString());
    }

    private MojoDescriptor chosen(List<MojoDescriptor> goals) throws MojoFailureException {
        String name = goal.strip().replaceFirst("^" + plugin.getGoalPrefix() + ":", "");
        for (MojoDescriptor m : goals) {
            if (m.getGoal().equals(name)) {
                return m;
            }
        }
        throw new MojoFailureException("There is no goal '" + goal + "'. The goals are: "
                + goals.stream().map(MojoDescriptor::getGoal).collect(Collectors.joining(", ")) + ".");
    }

    private void list(StringBuilder sb, List<MojoDescriptor> goals) {
        sb.append("\nGoals (run as mvn ").append(plugin.getGoalPrefix()).append(":<goal>):\n");
        int width = goals.stream().mapToInt(m -> m.getGoal().length()).max().orElse(0);
        for (MojoDescriptor m : goals) {
            String name = plugin.getGoalPrefix() + ":" + m.getGoal();
            sb.append("  ").append(name).append(" ".repeat(width - m.getGoal().length() + 2))
                    .append(HelpText.summary(m.getDescription())).append('\n');
        }
        sb.append("\nOne goal with its parameters: mvn ").append(plugin.getGoalPrefix()).append(":help -Dgoal=<goal>")
                .append(" (add -Ddetail=true for their descriptions)\nEvery goal in full:         mvn ")
                .append(plugin.getGoalPrefix()).append(":help -Ddetail=true");
    }

    private void describe(StringBuilder sb, MojoDescriptor m) {
        sb.append('\n').append(plugin.getGoalPrefix()).append(':').append(m.getGoal()).append('\n');
        sb.append(HelpText.wrap(HelpText.plain(m.getDescription()), "  ", WIDTH)).append('\n');
        if (m.getParameters() == null) {
            return;
        }
        m.getParameters().stream().filter(org.apache.maven.plugin.descriptor.Parameter::isEditable)
                .sorted(Comparator.comparing(org.apache.maven.plugin.descriptor.Parameter::getName))
                .forEach(p -> {
                    sb.append("  ").append(HelpText.parameterLine(p, RequiredParameters.isRequired(m, p))).append('\n');
                    if (detail) {
                        sb.append(HelpText.wrap(HelpText.plain(p.getDescription()), "      ", WIDTH)).append('\n');
                    }
                });
    }
}
