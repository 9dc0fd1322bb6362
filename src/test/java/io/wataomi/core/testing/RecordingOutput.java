package io.wataomi.core.testing;

import io.wataomi.core.shared.Output;

import java.util.ArrayList;
import java.util.List;

/** A output that keeps every line, for assertions. */
public final class RecordingOutput implements Output {
    private final List<String> lines = new ArrayList<>();

    @Override
    public synchronized void info(String line) {
        lines.add("INFO " + line);
        notifyAll();
    }

    @Override
    public synchronized void warn(String line) {
        lines.add("WARN " + line);
        notifyAll();
    }

    /** Waits until {@code count} lines contain {@code fragment}; fails after the timeout. */
    public synchronized void await(String fragment, int count, long timeoutMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (lines.stream().filter(l -> l.contains(fragment)).count() < count) {
            long left = deadline - System.currentTimeMillis();
            if (left <= 0) {
                throw new AssertionError("No " + count + " lines with '" + fragment + "' within " + timeoutMillis + " ms:\n" + text());
            }
            wait(left);
        }
    }

    @Override
    public synchronized void debug(String line) {
        lines.add("DEBUG " + line);
    }

    @Override
    public synchronized void raw(String text) {
        lines.add("RAW " + text);
    }

    public synchronized List<String> lines() {
        return List.copyOf(lines);
    }

    public synchronized String text() {
        return String.join("\n", lines);
    }
}
