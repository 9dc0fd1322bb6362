package io.wataomi.cli;

import io.wataomi.core.config.Masker;
import io.wataomi.core.shared.Output;

import java.io.PrintStream;

/**
 * The command-line jar's output: messages on standard error, results (reports, offline SQL) on standard output, so that
 * {@code current > file} or a pipe gets the result alone. Every line is masked.
 */
final class CliOutput implements Output {
    private final Masker masker;
    private final PrintStream out;
    private final PrintStream err;
    private final boolean debug;

    CliOutput(Masker masker, PrintStream out, PrintStream err, boolean debug) {
        this.masker = masker;
        this.out = out;
        this.err = err;
        this.debug = debug;
    }

    @Override
    public void info(String line) {
        err.println(masker.mask(line));
    }

    @Override
    public void warn(String line) {
        err.println("WARNING: " + masker.mask(line));
    }

    @Override
    public void debug(String line) {
        if (debug) {
            err.println("DEBUG: " + masker.mask(line));
        }
    }

    @Override
    public void result(String line) {
        out.println(masker.mask(line));
    }

    @Override
    public void raw(String text) {
        out.print(masker.mask(text));
        out.flush();
    }

    /** A failure: the command did not do what it was asked. */
    void error(String message) {
        err.println("ERROR: " + masker.mask(message));
    }
}
