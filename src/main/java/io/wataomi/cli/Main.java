package io.wataomi.cli;

import io.wataomi.core.Wataomi;
import io.wataomi.core.config.ConfigException;
import io.wataomi.core.config.LayeredSettings;
import io.wataomi.core.config.Masker;
import io.wataomi.core.config.PropertyNames;
import io.wataomi.core.config.Source;
import io.wataomi.core.config.WataomiConfig;
import io.wataomi.core.db.DriverLog;
import io.wataomi.core.shared.Output;
import io.wataomi.core.shared.WataomiException;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * {@code java -jar wataomi-maven-plugin-<version>-cli.jar <command> [settings]}: the runtime goals without Maven. Exit
 * status 0 when the command did what it was asked, 1 when it failed (the database left as the goal leaves it), 2 for a
 * command line it cannot run.
 */
public final class Main {
    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;

    private Main() {
    }

    /** Runs the command line, then exits with its status. */
    public static void main(String[] args) {
        System.exit(run(List.of(args), System.getenv(), System.getProperties(), Path.of("").toAbsolutePath(), System.out, System.err));
    }

    /**
     * Runs one command line.
     *
     * @param basedir the folder whose {@code .env} is read and against which relative paths are taken
     * @return the exit status
     */
    static int run(List<String> args, Map<String, String> environment, Properties system, Path basedir, PrintStream out, PrintStream err) {
        CliArguments arguments;
        try {
            arguments = CliArguments.parse(args);
        } catch (UsageException e) {
            err.println("ERROR: " + e.getMessage());
            return USAGE;
        }
        if (arguments.help()) {
            out.print(CliHelp.text());
            return OK;
        }
        Masker masker = new Masker();
        CliOutput output = new CliOutput(masker, out, err, arguments.debug());
        CliCommand command = arguments.command();
        try (DriverLog.Route driverLog = DriverLog.route(output)) {
            execute(command, LayeredSettings.read(Map.of(), basedir, environment, arguments.commandLine(system), masker, output),
                    basedir, output);
            return OK;
        } catch (WataomiException e) {
            output.error(e.getMessage());
            return FAILED;
        } catch (RuntimeException e) {
            output.error(command.label() + " failed: " + e);
            return FAILED;
        }
    }

    private static void execute(CliCommand command, LayeredSettings settings, Path basedir, Output output) {
        refuseMavenSettings(settings);
        // The jar has no embedded PostgreSQL: a run without a URL is an error, never a throwaway database.
        settings.put(PropertyNames.EMBEDDED, "false", Source.COMMAND_LINE);
        try (RevisionSource revisions = RevisionSource.of(settings, basedir)) {
            WataomiConfig config = revisions.config(settings, basedir, command.readsRevisions());
            if (config.connection().embedded() && command.needsDatabase(settings)) {
                throw new ConfigException("No database: set DATABASE_URL (in the environment or .env) or -D" + PropertyNames.URL
                        + "=jdbc:postgresql://host:5432/db. The command-line jar has no embedded PostgreSQL (mvn wataomi:"
                        + command.label() + " in the project has).");
            }
            command.run(new Wataomi(config, output), settings);
        }
    }

    /** settings.xml is Maven's: its servers cannot hold the jar's credentials. */
    private static void refuseMavenSettings(LayeredSettings settings) {
        for (String property : List.of(PropertyNames.SERVER_ID, PropertyNames.CASDOOR_SERVER_ID)) {
            if (settings.get(property).isPresent()) {
                throw new ConfigException(property + " names a server of Maven's settings.xml, which the command-line jar does not read."
                        + " Give the credentials as DATABASE_USER and DATABASE_PASSWORD (or CASDOOR_CLIENT_ID and CASDOOR_CLIENT_SECRET),"
                        + " in the environment or .env.");
            }
        }
    }
}
