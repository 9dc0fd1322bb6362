package io.wataomi.core.casdoor;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

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
@JsonIgnoreProperties(ignoreUnknown = true)
public record CasdoorUser(@JsonProperty("id") String id,
                          @JsonProperty("name") String name,
                          @JsonProperty("displayName") String displayName,
                          @JsonProperty("email") String email,
                          @JsonProperty("avatar") String avatar,
                          @JsonProperty("isDeleted") boolean deleted,
                          @JsonProperty("isForbidden") boolean forbidden) {

    /** The name to show: the display name, else the user name. */
    public String shownName() {
        return displayName == null || displayName.isBlank() ? name : displayName;
    }

    /** Active unless deleted or forbidden in Casdoor. */
    public boolean active() {
        return !deleted && !forbidden;
    }
}
