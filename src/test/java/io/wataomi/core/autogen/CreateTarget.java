package io.wataomi.core.autogen;

import io.wataomi.core.Wataomi;
import io.wataomi.core.render.Format;
import io.wataomi.core.shared.Output;
import io.wataomi.core.testing.ChildJvm;
import io.wataomi.core.testing.TestProject;

import java.nio.file.Path;
import java.util.List;

/**
 * The child JVM of the concurrent create test: runs {@code create} against the revisions (diffAgainst=history) on a
 * project and prints every line of output; exits 0 on success, 1 on failure.
 *
 * <p>Arguments: basedir jdbcUrl classesDirectory package message
 */
public final class CreateTarget {
    private CreateTarget() {
    }

    public static void main(String[] args) {
        ChildJvm.exitWithParent();
        Output output = new Output() {
            @Override
            public void info(String line) {
                System.out.println("[info] " + line);
            }

            @Override
            public void warn(String line) {
                System.out.println("[warn] " + line);
            }

            @Override
            public void debug(String line) {
            }
        };
        try {
            AutogenOptions options = new AutogenOptions(List.of(Path.of(args[2])), List.of(args[3]), "standard", null, Format.XML,
                    true, null);
            new Wataomi(TestProject.config(Path.of(args[0]), args[1], AutogenRoundTripTest.scratchOnTestServer()), output)
                    .create(args[4], options);
            System.out.println("DONE");
            System.out.flush();
            System.exit(0);
        } catch (Throwable t) {
            t.printStackTrace(System.out);
            System.out.flush();
            System.exit(1);
        }
    }
}
