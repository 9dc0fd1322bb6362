package io.wataomi.maven;

import io.wataomi.core.shared.Output;
import io.wataomi.core.config.Masker;
import org.apache.maven.plugin.logging.Log;

import java.io.PrintStream;

/**
 * Bridges the core's output to Maven's log, masking every secret on the way out. A goal's product (the report of current,
 * heads and history, offline SQL) goes to standard output as plain text instead, so that it reaches scripts under
 * {@code mvn -q} and carries no log prefix or colour.
 */
final class MavenOutput implements Output {
    private final Log log;
    private final Masker masker;
    private final PrintStream out;

    MavenOutput(Log log, Masker masker, PrintStream out) {
        this.log = log;
        this.masker = masker;
        this.out = out;
    }

    @Override
    public void info(String line) {
        log.info(masker.mask(line));
    }

    @Override
    public void warn(String line) {
        log.warn(masker.mask(line));
    }

    @Override
    public void debug(String line) {
        if (log.isDebugEnabled()) {
            log.debug(masker.mask(line));
        }
    }

    @Override
    public void result(String line) {
        out.println(masker.mask(line));
        out.flush();
    }

    @Override
    public void raw(String text) {
        out.print(masker.mask(text));
        out.flush();
    }
}
