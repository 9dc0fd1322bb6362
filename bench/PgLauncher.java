import io.wataomi.core.shared.Output;
import io.wataomi.core.db.EmbeddedDatabase;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Starts the plugin's embedded PostgreSQL (zonky) on a data folder, writes its port to a file, and
 * sleeps until killed; the plugin's shutdown hook stops the server when this JVM exits (SIGTERM).
 *
 * Usage: java -cp PLUGIN_CLASSPATH PgLauncher.java DATA_DIR PORT_FILE
 */
public class PgLauncher {
    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        Path portFile = Path.of(args[1]);
        EmbeddedDatabase.Endpoint endpoint = EmbeddedDatabase.start(data, Output.silent());
        if (!endpoint.started()) {
            System.err.println("A server already runs on " + data + " (port " + endpoint.port() + "); reusing it.");
        }
        Path tmp = portFile.resolveSibling(portFile.getFileName() + ".tmp");
        Files.writeString(tmp, Integer.toString(endpoint.port()), StandardCharsets.UTF_8);
        Files.move(tmp, portFile, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        System.out.println("PostgreSQL on port " + endpoint.port());
        Thread.sleep(Long.MAX_VALUE);
    }
}
