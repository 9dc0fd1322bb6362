package io.wataomi.core.db;

import io.wataomi.core.Wataomi;
import io.wataomi.core.config.LayeredSettings;
import io.wataomi.core.config.WataomiConfig;
import io.wataomi.core.shared.Output;
import io.wataomi.core.testing.ChildJvm;

import java.nio.file.Path;
import java.util.Map;

/**
 * The child JVM of the embedded-server tests. {@code serve <basedir> <port>} runs db-start on a project (no URL set),
 * {@code stop <basedir>} db-stop; each prints its lines and exits normally, shutdown hooks included. {@code start <dataDirectory>} starts or finds the server
 * as a goal does, prints {@code ENDPOINT <port> <started>} and waits until it is killed.
 */
public final class EmbeddedDatabaseChild {
    private EmbeddedDatabaseChild() {
    }

    public static void main(String[] args) throws InterruptedException {
        ChildJvm.exitWithParent();
        if (args[0].equals("serve") || args[0].equals("stop")) {
            WataomiConfig config = WataomiConfig.from(LayeredSettings.resolve(Map.of(), Map.of(), Map.of(), Map.of()), Path.of(args[1]));
            Wataomi wataomi = new Wataomi(config, printing());
            if (args[0].equals("serve")) {
                wataomi.dbStart(new DbStartOptions(Integer.parseInt(args[2])));
            } else {
                wataomi.dbStop();
            }
            System.exit(0);
        }
        EmbeddedDatabase.Endpoint endpoint = EmbeddedDatabase.start(Path.of(args[1]), Output.silent());
        System.out.println("ENDPOINT " + endpoint.port() + " " + endpoint.started());
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }

    private static Output printing() {
        return new Output() {
            @Override
            public void info(String line) {
                System.out.println(line);
            }

            @Override
            public void warn(String line) {
                System.out.println("WARNING " + line);
            }

            @Override
            public void debug(String line) {
            }
        };
    }
}
