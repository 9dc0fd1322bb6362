package io.wataomi.core.casdoor;

import io.wataomi.core.shared.Output;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.IntFunction;

/**
 * An organization's users, one page at a time, with the next pages fetched in the background while the
 * caller works on the current one (at most {@value #AHEAD} pages ahead, so memory stays bounded whatever
 * the organization's size). Casdoor answers a page past the end with the last page again, never an
 * empty list, so paging stops when the count fetched reaches the total ({@code data2}), and a page that
 * starts at or beyond the total is dropped.
 */
public final class UserPages implements Iterator<UserPage>, AutoCloseable {
    /** Pages fetched ahead of the one being worked on. */
    static final int AHEAD = 2;

    /** A page as fetched: its number, its users and the total the server reported with it. */
    record Fetched(int number, List<CasdoorUser> users, long total) {
    }

    private final IntFunction<Fetched> fetch;
    private final int pageSize;
    private final Output output;
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "casdoor-prefetch");
        t.setDaemon(true);
        return t;
    });
    private final Deque<CompletableFuture<Fetched>> queue = new ArrayDeque<>();
    private int scheduled = 1;
    private int pages;
    private long fetched;
    private long total;
    private boolean done;

    UserPages(IntFunction<Fetched> fetch, int pageSize, Output output) {
        this.fetch = fetch;
        this.pageSize = pageSize;
        this.output = output;
        // The first page is read at once, so that a refusal or a bad answer surfaces before any work.
        Fetched first = fetch.apply(1);
        total = first.total();
        pages = pagesOf(total);
        queue.add(CompletableFuture.completedFuture(first));
        fill();
    }

    @Override
    public boolean hasNext() {
        return !done && !queue.isEmpty();
    }

    @Override
    public UserPage next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Fetched page = await(queue.poll());
        if (page.total() != total) {
            output.warn("The organization changed during the sync (" + total + " users, now " + page.total()
                    + "); run wataomi:sync again afterwards to pick up users that moved between pages.");
            total = page.total();
            pages = pagesOf(total);
        }
        boolean pastEnd = (long) (page.number() - 1) * pageSize >= total;
        List<CasdoorUser> users = pastEnd ? List.of() : page.users();
        if (!users.isEmpty() && users.size() < pageSize && page.number() < pages) {
            close();
            throw new CasdoorException("Casdoor sent " + users.size() + " users for page " + page.number() + " of " + pages
                    + " (" + pageSize + " asked), so it limits the page size and paging would skip users. Set"
                    + " wataomi.casdoor.pageSize=" + users.size() + " (or less).", true);
        }
        fetched += users.size();
        if (pastEnd || users.isEmpty() || fetched >= total || page.number() >= pages) {
            done = true;
            if (fetched < total) {
                output.warn("Casdoor reported " + total + " users but paging ended after " + fetched
                        + "; the organization changed during the sync. Run wataomi:sync again.");
            }
            close();
        } else {
            fill();
        }
        return new UserPage(page.number(), pages, users, fetched, total);
    }

    private void fill() {
        while (queue.size() < AHEAD && scheduled < pages) {
            int number = ++scheduled;
            queue.add(CompletableFuture.supplyAsync(() -> fetch.apply(number), background));
        }
    }

    private int pagesOf(long count) {
        return (int) Math.max(1, (count + pageSize - 1) / pageSize);
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
        queue.forEach(f -> f.cancel(true));
        queue.clear();
        background.shutdownNow();
    }
}
