package io.wataomi.core.sync;

import java.time.Duration;

/**
 * What a sync did. {@code deactivated} counts users this sync turned inactive (deleted or forbidden in
 * Casdoor), a subset of {@code updated}.
 *
 * @param organization        the Casdoor organization
 * @param pages               user pages read
 * @param users               distinct users read (without an id: skipped, not counted; sent twice: counted once)
 * @param created             users inserted
 * @param createdInactive     of those, inserted as inactive
 * @param updated             users whose row changed
 * @param unchanged           users whose row already matched (not written)
 * @param deactivated         users turned inactive by this sync
 * @param skipped             users without a Casdoor id, left out
 * @param repeated            users Casdoor sent again with the same data (on a later page, as when sign-ups shift its
 *                            paging, or twice on one page), not written or counted again
 * @param workspacesCreated   workspaces inserted (the default one included)
 * @param workspacesUpdated   workspaces renamed (or marked default)
 * @param workspacesUnchanged workspaces already right
 * @param membershipsAdded    default-workspace memberships inserted
 * @param elapsed             wall time
 */
public record SyncResult(String organization, int pages, long users, long created, long createdInactive, long updated,
                         long unchanged, long deactivated, long skipped, long repeated, int workspacesCreated, int workspacesUpdated,
                         int workspacesUnchanged, long membershipsAdded, Duration elapsed) {

    /** True when the sync wrote no row at all. */
    public boolean wroteNothing() {
        return created == 0 && updated == 0 && workspacesCreated == 0 && workspacesUpdated == 0 && membershipsAdded == 0;
    }

    /** Users per second of wall time. */
    public double usersPerSecond() {
        return users / Math.max(1e-9, elapsed.toNanos() / 1e9);
    }

    /** The one-line summary printed after a sync. */
    public String summary() {
        return String.format("Synced %,d users of organization '%s' in %.1f s (%,.0f users/s): %,d created%s, %,d updated,"
                        + " %,d unchanged, %,d deactivated%s%s; workspaces: %d created, %d updated, %d unchanged;"
                        + " memberships added: %,d.%s",
                users, organization, elapsed.toNanos() / 1e9, usersPerSecond(), created,
                createdInactive > 0 ? String.format(" (%,d inactive)", createdInactive) : "", updated, unchanged, deactivated,
                skipped > 0 ? String.format(", %,d skipped (no id)", skipped) : "",
                repeated > 0 ? String.format(", %,d sent twice (same data, counted once)", repeated) : "", workspacesCreated, workspacesUpdated,
                workspacesUnchanged, membershipsAdded, wroteNothing() ? " Nothing was written." : "");
    }
}
