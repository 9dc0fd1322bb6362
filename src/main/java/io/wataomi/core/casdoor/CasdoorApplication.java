package io.wataomi.core.casdoor;

/**
 * The fields of a Casdoor application that the sync reads. The answer also carries each application's
 * {@code clientSecret} in clear text; it has no field here, so it is never kept, logged or stored.
 *
 * @param name         the application name, the workspace's key
 * @param displayName  the display name, possibly empty
 * @param organization the organization the application belongs to
 * @param shared       shared with every organization
 */
public record CasdoorApplication(String name, String displayName, String organization, boolean shared) {

    /** The built-in application that every Casdoor server has. */
    public static final String BUILT_IN = "app-built-in";

    /** The name to show: the display name, else the application name. */
    public String shownName() {
        return displayName == null || displayName.isBlank() ? name : displayName;
    }
}
