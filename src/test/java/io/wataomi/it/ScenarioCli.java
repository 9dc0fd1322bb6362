package io.wataomi.it;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;

/**
 * Runs the command-line jar as a deploy job would, for the invoker scenarios' verify.groovy scripts: a separate
 * {@code java -jar} process whose environment is only the given variables and a PATH holding Java's bin folder alone (no
 * Maven, no CLASSPATH).
 */
public final class ScenarioCli {
    private static int runs;

    private ScenarioCli() {
    }

    /**
     * One run.
     *
     * @param status the exit status
     * @param out    standard output
     * @param err    standard error
     */
    public record Result(int status, String out, String err) {
        @Override
        public String toString() {
            return "exit status " + status + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    /** The jar this build attached with classifier cli (a scenario runs in target/it/name). */
    public static File cliJar(File basedir) {
        File[] jars = basedir.toPath().resolve("../..").normalize().toFile().listFiles((dir, name) -> name.endsWith("-cli.jar"));
        if (jars == null || jars.length != 1) {
            throw new IllegalStateException("expected one *-cli.jar in target, found " + (jars == null ? "none" : List.of(jars)));
        }
        return jars[0];
    }

    /** The names of a jar's entries. */
    public static List<String> entries(File jar) throws IOException {
        try (ZipFile zip = new ZipFile(jar)) {
            return zip.stream().map(e -> e.getName()).toList();
        }
    }

    /** Runs {@code java -jar cli args...} in the scenario folder; its output is kept in target/cli-N.out and .err. */
    public static Result run(File basedir, File cli, Map<String, String> environment, String... args)
            throws IOException, InterruptedException {
        Path javaBin = Path.of(System.getProperty("java.home"), "bin");
        if (Files.exists(javaBin.resolve("mvn"))) {
            throw new IllegalStateException("Maven is in " + javaBin + ", so it would be on the jar's PATH");
        }
        List<String> command = new ArrayList<>(List.of(javaBin.resolve("java").toString(), "-jar", cli.getAbsolutePath()));
        command.addAll(List.of(args));
        int n = ++runs;
        Path out = basedir.toPath().resolve("target/cli-" + n + ".out");
        Path err = basedir.toPath().resolve("target/cli-" + n + ".err");
        ProcessBuilder pb = new ProcessBuilder(command).directory(basedir).redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().clear();
        pb.environment().put("PATH", javaBin.toString());
        pb.environment().putAll(environment);
        Process p = pb.start();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " did not finish in 180 s");
        }
        return new Result(p.exitValue(), read(out), read(err));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
