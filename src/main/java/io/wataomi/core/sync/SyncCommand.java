package io.wataomi.core.sync;

import io.wataomi.core.shared.Output;
import io.wataomi.core.shared.WataomiException;
import io.wataomi.core.casdoor.CasdoorApplication;
import io.wataomi.core.casdoor.CasdoorClient;
import io.wataomi.core.casdoor.CasdoorUser;
import io.wataomi.core.casdoor.UserPage;
import io.wataomi.core.casdoor.UserPages;
import io.wataomi.core.db.RunContext;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The sync, all or nothing: under the migration lock and in one transaction, check the target tables,
 * check the organization, write the applications' workspaces and the default one, then the users page by
 * page with their memberships. Any failure, in Casdoor or in the database, on any page, rolls everything
 * back. Local rows are never deleted.
 *
 * <p>A Casdoor id sent twice (on two pages, as when sign-ups shift Casdoor's offset paging under the sync, or
 * twice on one page) is written and counted once when both copies carry the same data, with a warning naming
 * the ids and pages; with different data the sync fails and writes nothing ({@link RepeatedUsers}). A value
 * that a column cannot hold fails the sync naming the user and the field ({@link ColumnValues}).
 */
public final class SyncCommand {
    private final RunContext context;
    private final Output output;
    private final SyncConfig config;

    /** A sync of one organization into one set of tables of the context's database, under its migration lock. */
    public SyncCommand(RunContext context, SyncConfig config) {
        this.context = context;
        this.output = context.output();
        this.config = config;
    }

    /** Runs the sync, all or nothing. */
    public SyncResult run() {
        long t0 = System.nanoTime();
        output.info("Syncing organization '" + config.casdoor().orgName() + "' from Casdoor at " + config.casdoor().endpoint()
                + " into schema " + config.tables().schema() + ".");
        return context.locked(c -> {
            try {
                SyncResult result = sync(c, t0);
                c.commit();
                output.info(result.summary());
                return result;
            } catch (SQLException e) {
                rollback(c);
                throw new SyncException("The sync failed in the database: " + e.getMessage() + ". Nothing was written"
                        + " (the sync runs in one transaction).", false, e);
            } catch (WataomiException e) {
                rollback(c);
                throw new SyncException(e.getMessage() + " Nothing was written (the sync runs in one transaction).",
                        e.isProjectProblem(), e);
            } catch (RuntimeException e) {
                rollback(c);
                throw e;
            }
        });
    }

    private SyncResult sync(Connection c, long t0) throws SQLException {
        TableLayout target = TableLayout.read(c, config.tables());
        requireFilled(target);
        if (!target.unique("user.casdoorId")) {
            output.warn("Column " + target.quoted("user.casdoorId") + " of " + target.qualified("user") + " has no unique index:"
                    + " each page looks users up by it, which gets slow, and nothing stops duplicates. Add a unique constraint.");
        }
        CasdoorClient client = new CasdoorClient(config.casdoor(), output);
        client.checkOrganization();
        List<CasdoorApplication> applications = client.applications();
        WorkspaceWriter.Counts ws = new WorkspaceWriter(c, target).write(applications);
        Tally tally = new Tally();
        RepeatedUsers repeats = new RepeatedUsers();
        try (UserPages userPages = client.users(); UserWriter writer = new UserWriter(c, target)) {
            while (userPages.hasNext()) {
                long f0 = System.nanoTime();
                UserPage page = userPages.next();
                long w0 = System.nanoTime();
                tally.pages++;
                List<CasdoorUser> users = repeats.firstSightings(page.number(), withIds(page.users(), tally), page.total());
                if (!users.isEmpty()) {
                    UserWriter.Counts k = writer.write(c, users);
                    output.debug("  page " + page.number() + ": waited " + (w0 - f0) / 1_000_000 + " ms for Casdoor, wrote "
                            + users.size() + " users in " + (System.nanoTime() - w0) / 1_000_000 + " ms: " + k);
                    tally.add(users.size(), k);
                }
                progress(page, t0);
            }
        }
        repeats.report(output);
        return new SyncResult(config.casdoor().orgName(), tally.pages, tally.users, tally.created, tally.createdInactive,
                tally.updated, tally.users - tally.created - tally.updated, tally.deactivated, tally.skipped, repeats.repeated(),
                ws.created(), ws.updated(), ws.unchanged(), tally.joined, Duration.ofNanos(System.nanoTime() - t0));
    }

    /** The running totals of the user pages. */
    private static final class Tally {
        int pages;
        long users;
        long created;
        long createdInactive;
        long updated;
        long deactivated;
        long joined;
        long skipped;

        void add(int pageUsers, UserWriter.Counts k) {
            users += pageUsers;
            created += k.created();
            createdInactive += k.createdInactive();
            updated += k.updated();
            deactivated += k.deactivated();
            joined += k.joined();
        }
    }

    private List<CasdoorUser> withIds(List<CasdoorUser> users, Tally tally) {
        List<CasdoorUser> out = new ArrayList<>(users.size());
        for (CasdoorUser u : users) {
            if (u.id() == null || u.id().isBlank()) {
                tally.skipped++;
                output.warn("Casdoor user '" + Shown.text(u.name()) + "' has no id; left out (the sync keys users by their Casdoor id).");
            } else {
                out.add(u);
            }
        }
        return out;
    }

    private void progress(UserPage page, long t0) {
        if (page.pages() > 1) {
            double seconds = (System.nanoTime() - t0) / 1e9;
            output.info(String.format("  page %d/%d: %,d of %,d users, %,.0f users/s", page.number(), page.pages(),
                    page.fetched(), page.total(), page.fetched() / Math.max(seconds, 1e-9)));
        }
    }

    private static void requireFilled(TableLayout t) {
        t.requireFilled("user", has(t, "user.casdoorId", "user.email", "user.name", "user.avatar", "user.active",
                "user.createdAt", "user.updatedAt"));
        t.requireFilled("workspace", has(t, "workspace.slug", "workspace.name", "workspace.isDefault", "workspace.createdAt"));
        t.requireFilled("member", has(t, "member.workspaceId", "member.userId", "member.role", "member.createdAt"));
    }

    private static Set<String> has(TableLayout t, String... keys) {
        return Set.copyOf(Stream.of(keys).filter(t::has).toList());
    }

    private static void rollback(Connection c) {
        try {
            c.rollback();
        } catch (SQLException e) {
            // The connection is closed next; the server rolls back with it.
        }
    }
}
