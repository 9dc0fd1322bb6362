package io.wataomi.cli;

import io.wataomi.core.config.PropertyNames;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * A command line: the command, an optional target after it ({@code downgrade -1}), and settings written as Maven's
 * {@code -Dwataomi.x=value}, as {@code --wataomi.x=value}, or {@code --classpath app.jar}.
 *
 * @param command  the command, or null with {@code --help}
 * @param settings the settings given on the command line, keyed by property name
 * @param help     {@code --help}
 * @param debug    {@code --debug}: print debug detail (masked like everything else)
 */
record CliArguments(CliCommand command, Map<String, String> settings, boolean help, boolean debug) {

    /** Parses the arguments after {@code java -jar wataomi-cli.jar}. */
    static CliArguments parse(List<String> args) {
        Map<String, String> settings = new HashMap<>();
        CliCommand command = null;
        boolean help = false;
        boolean debug = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--help") || arg.equals("-h") || arg.equals("help")) {
                help = true;
            } else if (arg.equals("--debug")) {
                debug = true;
            } else if (arg.equals("--classpath")) {
                if (i + 1 == args.size()) {
                    throw new UsageException("--classpath needs the application jar or classes folder after it: --classpath app.jar");
                }
                settings.put(PropertyNames.CLASSPATH, args.get(++i));
            } else if (arg.startsWith("--classpath=")) {
                settings.put(PropertyNames.CLASSPATH, arg.substring("--classpath=".length()));
            } else if (arg.startsWith("-D") || arg.startsWith("--" + PropertyNames.PREFIX)) {
                setting(arg.substring(2), settings);
            } else if (arg.startsWith("-") && !arg.matches("-\\d+")) {
                throw new UsageException("Unknown option '" + arg + "'. Settings are written -Dwataomi.<name>=<value> or"
                        + " --wataomi.<name>=<value>; see --help.");
            } else if (command == null) {
                command = CliCommand.of(arg);
            } else if (command.takesTarget() && !settings.containsKey(PropertyNames.TARGET)) {
                settings.put(PropertyNames.TARGET, arg);
            } else {
                throw new UsageException("Unexpected '" + arg + "' after " + command.label() + ". Give settings as --wataomi.<name>=<value>.");
            }
        }
        if (command == null && !help) {
            throw new UsageException("No command given. The commands are upgrade, downgrade, current, history, heads, stamp and sync;"
                    + " see --help.");
        }
        return new CliArguments(command, settings, help, debug);
    }

    private static void setting(String text, Map<String, String> settings) {
        int eq = text.indexOf('=');
        String name = eq < 0 ? text : text.substring(0, eq);
        if (!name.startsWith(PropertyNames.PREFIX) || name.length() == PropertyNames.PREFIX.length()) {
            throw new UsageException("'" + name + "' is not a wataomi setting: the jar reads wataomi.* settings only,"
                    + " e.g. -D" + PropertyNames.URL + "=jdbc:postgresql://host:5432/db.");
        }
        settings.put(name, eq < 0 ? "" : text.substring(eq + 1));
    }

    /**
     * The command-line layer of the settings: the JVM's {@code wataomi.*} system properties ({@code java -Dwataomi.x=...
     * -jar}), then the arguments, which win.
     */
    Map<String, String> commandLine(Properties system) {
        Map<String, String> out = new HashMap<>();
        system.stringPropertyNames().stream().filter(k -> k.startsWith(PropertyNames.PREFIX)).forEach(k -> out.put(k, system.getProperty(k)));
        out.putAll(settings);
        return out;
    }
}
