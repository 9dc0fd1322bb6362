package io.wataomi.core.migrate;

import io.wataomi.core.shared.Output;
import io.wataomi.core.Wataomi;
import io.wataomi.core.testing.ChildJvm;
import io.wataomi.core.testing.TestProject;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The child JVM of the crash and concurrency tests: runs {@code upgrade head} on a project and a
 * database. With a pause point k &gt; 0 it prints {@code PAUSED k} at the k-th statementExecuted call
 * (inside the open revision transaction, holding the migration lock) and sleeps until it is killed.
 * Each commit that completes a revision prints {@code COMMITTED <revision>}, each commit of a part of one
 * {@code STEP <revision> <part>}. On success it prints {@code DONE <statement count>} and exits 0; on failure it exits 1.
 *
 * <p>Arguments: basedir jdbcUrl pausePoint [property=value ...]
 */
public final class KillTarget {
    private KillTarget() {
    }

    public static void main(String[] args) {
        ChildJvm.exitWithParent();
        Path basedir = Path.of(args[0]);
        String url = args[1];
        int pauseAt = Integer.parseInt(args[2]);
        Map<String, String> extra = new HashMap<>();
        for (int i = 3; i < args.length; i++) {
            String[] setting = args[i].split("=", 2);
            extra.put(setting[0], setting[1]);
        }
        int[] count = {0};
        MigrationListener listener = new MigrationListener() {
            @Override
            public void statementExecuted(String revision, String what) {
                count[0]++;
                System.out.println("STATEMENT " + count[0] + " " + revision + " " + what);
                if (count[0] == pauseAt) {
                    System.out.println("PAUSED " + pauseAt);
                    System.out.flush();
                    while (true) {
                        try {
                            Thread.sleep(60_000);
                        } catch (InterruptedException e) {
                            // keep sleeping until killed
                        }
                    }
                }
            }

            @Override
            public void revisionCommitted(String revision) {
                System.out.println("COMMITTED " + revision);
            }

            @Override
            public void stepCommitted(String revision, String step) {
                System.out.println("STEP " + revision + " " + step);
            }
        };
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
            System.out.println("STARTED");
            new Wataomi(TestProject.config(basedir, url, extra), output, listener).upgrade("head", false, null);
            System.out.println("DONE " + count[0]);
            System.out.flush();
            System.exit(0);
        } catch (Throwable t) {
            t.printStackTrace(System.out);
            System.out.flush();
            System.exit(1);
        }
    }
}
