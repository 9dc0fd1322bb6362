package io.wataomi.maven;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.descriptor.MojoDescriptor;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.util.Comparator;

/**
 * Lists every goal with its parameters, their {@code -D} properties, defaults and descriptions:
 * {@code mvn wataomi:help}. The text comes from the plugin descriptor, i.e. from the goals' Javadoc.
 */
@Mojo(name = "help", requiresProject = false, threadSafe = true)
public class HelpMojo extends AbstractMojo {
    /** Show only this goal. Also {@code -Dgoal}. */
    @Parameter(property = "goal")
    private String goal;

    @Parameter(defaultValue = "${plugin}", readonly = true)
    private PluginDescriptor plugin;

    @Override
    public void execute() {
        StringBuilder sb = new StringBuilder();
        sb.append(plugin.getName()).append(' ').append(plugin.getVersion()).append('\n');
        sb.append(text(plugin.getDescription())).append("\n\nGoals (run as mvn ").append(plugin.getGoalPrefix()).append(":<goal>):\n");
        plugin.getMojos().stream().sorted(Comparator.comparing(MojoDescriptor::getGoal))
                .filter(m -> goal == null || goal.equals(m.getGoal()))
                .forEach(m -> describe(sb, m));
        getLog().info(sb.toString());
    }

    private void describe(StringBuilder sb, MojoDescriptor m) {
        sb.append('\n').append(plugin.getGoalPrefix()).append(':').append(m.getGoal()).append('\n');
        sb.append(wrap(text(m.getDescription()), "  ")).append('\n');
        if (m.getParameters() == null) {
            return;
        }
        m.getParameters().stream().filter(p -> p.isEditable())
                .sorted(Comparator.comparing(org.apache.maven.plugin.descriptor.Parameter::getName))
                .forEach(p -> {
                    sb.append("  ").append(p.getName());
                    String expr = p.getExpression();
                    if (expr != null && expr.startsWith("${")) {
                        sb.append("  (-D").append(expr, 2, expr.length() - 1).append(')');
                    }
                    if (p.getDefaultValue() != null) {
                        sb.append("  default: ").append(p.getDefaultValue());
                    }
                    sb.append('\n').append(wrap(text(p.getDescription()), "      ")).append('\n');
                });
    }

    private static String text(String html) {
        if (html == null) {
            return "";
        }
        return html.replaceAll("<[^>]+>", "").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#64;", "@").replace("&amp;", "&").replaceAll("\\s+", " ").strip();
    }

    private static String wrap(String s, String indent) {
        StringBuilder out = new StringBuilder();
        StringBuilder line = new StringBuilder(indent);
        for (String word : s.split(" ")) {
            if (line.length() + word.length() > 100 && line.length() > indent.length()) {
                out.append(line.toString().stripTrailing()).append('\n');
                line = new StringBuilder(indent);
            }
            line.append(word).append(' ');
        }
        return out.append(line.toString().stripTrailing()).toString();
    }
}
