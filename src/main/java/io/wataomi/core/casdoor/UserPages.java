package io.wataomi.core.casdoor;

import io.wataomi.core.Console;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.IntFunction;

/**
 * An organization's users, one page at a time, with the next page fetched in the background while the
 * caller works on the current one (so at most two pages are in memory). Casdoor answers a page past the
 * end with the last page again, never an empty list, so paging stops when the count fetched reaches
 * the total ({@code data2}), and a page that starts at or beyond the total is dropped.
 */
public final class UserPages implements Iterator<UserPage>, AutoCloseable {
    /** A page as fetched: its number, its users and the total the server reported with it. */
    record Fetched(int number, List<CasdoorUser> users, long total) {
    }

    private final IntFunction<Fetched> fetch;
    private final int pageSize;
    private final Console console;
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "casdoor-prefetch");
        t.setDaemon(true);
        return t;
    });
    private CompletableFuture<Fetched> next;
    private long fetched;
    private long total = -1;

    UserPages(IntFunction<Fetched> fetch, int pageSize, Console console) {
        this.fetch = fetch;
        this.pageSize = pageSize;
        this.console = console;
        // The first page is read at once, so that a refusal or a bad answer surfaces before any work.
        this.next = CompletableFuture.completedFuture(fetch.apply(1));
    }

    @Override
    public boolean hasNext() {
        return next != null;
    }

    @Override
    public UserPage next() {
        if (next == null) {
            throw new NoSuchElementException();
        }
        Fetched page = await(next);
        next = null;
        if (total >= 0 && page.total() != total) {
            console.warn("The organization changed during the sync (" + total + " users, now " + page.total()
                    + "); run wataomi:sync again afterwards to pick up users that moved between pages.");
        }
        total = page.total();
        boolean pastEnd = (long) (page.number() - 1) * pageSize >= total;
        List<CasdoorUser> users = pastEnd ? List.of() : page.users();
        fetched += users.size();
        int pages = (int) Math.max(1, (total + pageSize - 1) / pageSize);
        if (!pastEnd && !users.isEmpty() && fetched < total && page.number() < pages) {
            int number = page.number() + 1;
            next = CompletableFuture.supplyAsync(() -> fetch.apply(number), background);
        } else if (fetched < total) {
            console.warn("Casdoor reported " + total + " users but paging ended after " + fetched
                    + "; the organization changed during the sync. Run wataomi:sync again.");
        }
        return new UserPage(page.number(), pages, users, fetched, total);
    }

    private static Fetched await(CompletableFuture<Fetched> f) {
        try {
            return f.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    /** Stops any fetch under way. */
    @Override
    public void close() {
        if (next != null) {
            next.cancel(true);
        }
        background.shutdownNow();
    }
}
