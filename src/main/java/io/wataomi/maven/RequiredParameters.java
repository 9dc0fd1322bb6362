package io.wataomi.maven;

import io.wataomi.core.config.LayeredSettings;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.MojoDescriptor;
import org.apache.maven.plugin.descriptor.Parameter;

import java.lang.reflect.Field;

/** The parameters marked {@link Required}: found through the goal's descriptor, checked against the resolved settings. */
final class RequiredParameters {
    private RequiredParameters() {
    }

    /** Fails naming the first required parameter that no layer sets, with the {@code -D} property and an example to type. */
    static void check(MojoDescriptor goal, LayeredSettings settings) throws MojoFailureException {
        if (goal.getParameters() == null) {
            return;
        }
        for (Parameter p : goal.getParameters()) {
            Required mark = mark(goal, p);
            String property = property(p);
            if (mark != null && property != null && settings.get(property).isEmpty()) {
                throw new MojoFailureException(goal.getFullGoalName() + " needs " + p.getName() + ": run it with -D" + property
                        + "=" + mark.example() + ", or set <" + p.getName() + "> in the plugin's <configuration>.");
            }
        }
    }

    /** True when Maven requires the parameter, or the goal does (after its skip flags). */
    static boolean isRequired(MojoDescriptor goal, Parameter p) {
        return p.isRequired() || mark(goal, p) != null;
    }

    /** The {@code wataomi.*} property of a parameter, or null when it has none. */
    private static String property(Parameter p) {
        String expression = p.getExpression();
        return expression != null && expression.startsWith("${") && expression.endsWith("}")
                ? expression.substring(2, expression.length() - 1) : null;
    }

    private static Required mark(MojoDescriptor goal, Parameter p) {
        try {
            Class<?> type = Class.forName(goal.getImplementation(), false, RequiredParameters.class.getClassLoader());
            for (Class<?> c = type; c != null; c = c.getSuperclass()) {
                for (Field f : c.getDeclaredFields()) {
                    if (f.getName().equals(p.getName())) {
                        return f.getAnnotation(Required.class);
                    }
                }
            }
            return null;
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
    }
}
