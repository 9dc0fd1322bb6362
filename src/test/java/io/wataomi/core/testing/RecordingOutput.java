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
    }

    @Override
    public synchronized void warn(String line) {
        lines.add("WARN " + line);
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
