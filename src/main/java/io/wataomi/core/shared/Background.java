package io.wataomi.core.shared;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Work done on a daemon thread of its own beside the goal's thread (the goals have two cores to use: one loads classes
 * or entities while the other waits on a server), and joined where its result is needed, its failure then thrown as
 * the joining thread's own.
 */
public final class Background {
    private Background() {
    }

    /** Starts the work on a new daemon thread with this name. */
    public static <T> CompletableFuture<T> start(String thread, Supplier<T> work) {
        return CompletableFuture.supplyAsync(work, r -> {
            Thread t = new Thread(r, thread);
            t.setDaemon(true);
            t.start();
        });
    }

    /** The work's result, once done; its failure (an unchecked exception or an error) rethrown as it was thrown. */
    public static <T> T join(CompletableFuture<T> work) {
        try {
            return work.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }
}
