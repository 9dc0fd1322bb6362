package io.wataomi.core.sync;

import io.wataomi.core.casdoor.CasdoorUser;
import io.wataomi.core.shared.Output;

import java.util.ArrayList;
import java.util.List;

/**
 * The rule for a Casdoor id that comes more than once in one sync. Casdoor pages by offset, so a user who
 * signs up (or is renamed) while the sync pages through shifts every later user: the last users of a page
 * read come again at the top of the next. Sent again with the same data, such a user is one user read
 * twice: written once, counted once, and reported in a warning. Sent again with different data, it is
 * ambiguous (edited between the two reads, or two Casdoor users sharing one id, whom a "last one wins" rule
 * would merge into one local account): nothing decides which version is right, so the sync fails, listing
 * every such id with its pages, and rolls back.
 */
final class RepeatedUsers {
    /** Ids listed in a message; the rest are counted. */
    private static final int LISTED = 10;

    private SeenIds seen;
    private long repeated;
    private long conflicts;
    private boolean acrossPages;
    private final List<String> repeats = new ArrayList<>();
    private final List<String> conflicting = new ArrayList<>();

    /**
     * The users of a page whose ids come for the first time in this sync, in the page's order; the others are
     * recorded as repeats or conflicts. {@code expected} is the organization's size, for the first page's sizing.
     */
    List<CasdoorUser> firstSightings(int page, List<CasdoorUser> users, long expected) {
        if (seen == null) {
            seen = new SeenIds(expected);
        }
        List<CasdoorUser> out = new ArrayList<>(users.size());
        for (int n = 0; n < users.size(); n++) {
            CasdoorUser u = users.get(n);
            SeenIds.Earlier earlier = seen.add(u, page);
            if (earlier == null) {
                out.add(u);
            } else if (earlier.page() == page) {
                samePage(u, firstOnPage(users, n), page);
            } else if (earlier.sameData()) {
                acrossPages = true;
                repeat(Shown.text(u.id()) + " ('" + Shown.text(u.name()) + "', pages " + earlier.page() + " and " + page + ")");
            } else {
                conflict(Shown.text(u.id()) + " (page " + earlier.page() + ", then page " + page + " as '" + Shown.text(u.name()) + "')");
            }
        }
        return out;
    }

    /** Ids sent again with the same data (each repeat counted once). */
    long repeated() {
        return repeated;
    }

    /** Fails when an id came with different data; warns when one came again with the same data. */
    void report(Output output) {
        if (conflicts > 0) {
            throw new SyncException("Casdoor sent " + conflicts + " user id" + (conflicts == 1 ? "" : "s") + " twice with different"
                    + " data, so the sync cannot tell which version is right: " + list(conflicting, conflicts) + ". Either Casdoor"
                    + " changed while the sync read it (a user edited or renamed meanwhile: run wataomi:sync again), or two Casdoor"
                    + " users share one id (give one of them a new id in Casdoor).", true);
        }
        if (repeated > 0) {
            output.warn("Casdoor sent " + repeated + " user" + (repeated == 1 ? "" : "s") + " twice with the same data; "
                    + (repeated == 1 ? "it was" : "each was") + " written and counted once: " + list(repeats, repeated) + ". "
                    + (acrossPages ? "Casdoor's pages moved while the sync read them (someone signed up or was renamed meanwhile):"
                    + " run wataomi:sync again to pick up whoever did."
                    : "Casdoor's answer listed " + (repeated == 1 ? "it" : "them") + " twice."));
        }
    }

    private void samePage(CasdoorUser u, CasdoorUser first, int page) {
        if (u.equals(first)) {
            repeat(Shown.text(u.id()) + " ('" + Shown.text(u.name()) + "', twice on page " + page + ")");
        } else {
            conflict(Shown.text(u.id()) + " (twice on page " + page + ", as '" + Shown.text(first.name()) + "' and as '" + Shown.text(u.name())
                    + "')");
        }
    }

    /** The first user of the page with the same id as the n-th: a linear search, as repeats within a page are rare. */
    private static CasdoorUser firstOnPage(List<CasdoorUser> users, int n) {
        String id = users.get(n).id();
        for (CasdoorUser u : users) {
            if (u.id().equals(id)) {
                return u;
            }
        }
        throw new IllegalStateException("no user " + id + " on the page");
    }

    private void repeat(String entry) {
        repeated++;
        if (repeats.size() < LISTED) {
            repeats.add(entry);
        }
    }

    private void conflict(String entry) {
        conflicts++;
        if (conflicting.size() < LISTED) {
            conflicting.add(entry);
        }
    }

    private static String list(List<String> entries, long count) {
        return String.join(", ", entries) + (count > entries.size() ? " and " + (count - entries.size()) + " more" : "");
    }
}
