package io.wataomi.core.casdoor;

/**
 * The fields of a Casdoor user that the sync reads; every other field of the answer is ignored.
 *
 * @param id          the user's UUID, the key the sync matches on
 * @param name        the user name, unique within the organization
 * @param displayName the display name, often empty
 * @param email       the email address, possibly empty
 * @param avatar      the avatar URL, possibly empty
 * @param deleted     soft-deleted in Casdoor
 * @param forbidden   barred from signing in
 */
public record CasdoorUser(String id, String name, String displayName, String email, String avatar, boolean deleted,
                          boolean forbidden) {

    /** The name to show: the display name, else the user name. */
    public String shownName() {
        return displayName == null || displayName.isBlank() ? name : displayName;
    }

    /** Active unless deleted or forbidden in Casdoor. */
    public boolean active() {
        return !deleted && !forbidden;
    }
}
