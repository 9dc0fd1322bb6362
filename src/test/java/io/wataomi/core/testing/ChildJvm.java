package io.wataomi.core.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A separate JVM running a main class from the test classpath, with its stdout and stderr merged and
 * collected line by line.
 */
public final class ChildJvm implements AutoCloseable {
    private final Process process;
    private final List<String> lines = new ArrayList<>();
    private final Thread reader;

    private ChildJvm(Process process) {
        this.process = process;
        this.reader = new Thread(this::pump, "child-jvm-" + process.pid());
        reader.setDaemon(true);
        reader.start();
    }

    /**
     * Called first by a child's main: ends that JVM when the parent goes away (its end of stdin closes), so no
     * paused child outlives a test run.
     */
    public static void exitWithParent() {
        Thread t = new Thread(() -> {
            try {
                while (System.in.read() >= 0) {
                    // the parent writes nothing; EOF means it is gone
                }
            } catch (IOException ignored) {
                // treat as EOF
            }
            Runtime.getRuntime().halt(3);
        }, "orphan-guard");
        t.setDaemon(true);
        t.start();
    }

    /** Starts {@code java -cp <test classpath> main args...}. */
    public static ChildJvm start(Class<?> main, String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xshare:auto");
        cmd.add("-XX:TieredStopAtLevel=1");
        cmd.add("-Xmx256m");
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(main.getName());
        cmd.addAll(List.of(args));
        try {
            return new ChildJvm(new ProcessBuilder(cmd).redirectErrorStream(true).start());
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start " + cmd, e);
        }
    }

    private void pump() {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                synchronized (lines) {
                    lines.add(line);
                    lines.notifyAll();
                }
            }
        } catch (IOException e) {
            // The process was killed.
        } finally {
            synchronized (lines) {
                lines.add("<eof>");
                lines.notifyAll();
            }
        }
    }

    /** Waits for a line equal to {@code expected}; fails if the child ends or the timeout passes first. */
    public void awaitLine(String expected, long timeoutMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        synchronized (lines) {
            while (true) {
                if (lines.contains(expected)) {
                    return;
                }
                if (lines.contains("<eof>")) {
                    throw new AssertionError("The child ended before printing '" + expected + "':\n" + output());
                }
                long left = deadline - System.currentTimeMillis();
                if (left <= 0) {
                    throw new AssertionError("No '" + expected + "' from the child within " + timeoutMillis + " ms:\n" + output());
                }
                lines.wait(left);
            }
        }
    }

    /** SIGKILL, and waits for the process to be gone. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new AssertionError("The child did not die");
        }
    }

    /** Waits for the child to exit and returns its exit code. */
    public int waitFor(long timeoutMillis) throws InterruptedException {
        if (!process.waitFor(timeoutMillis, TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("The child did not finish within " + timeoutMillis + " ms:\n" + output());
        }
        try {
            reader.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return process.exitValue();
    }

    /** Everything the child printed so far. */
    public String output() {
        synchronized (lines) {
            return String.join("\n", lines);
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
        }
    }
}
