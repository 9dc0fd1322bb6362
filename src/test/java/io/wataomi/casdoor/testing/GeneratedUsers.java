package io.wataomi.casdoor.testing;

import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.util.UUID;

/**
 * Any number of users computed from their position, with every field a real Casdoor user has: names
 * {@code user0000001}, ... (so name order is position order), a UUID id, and every 50th deleted, every
 * 97th forbidden, every 1,000th with an awkward display name. Optionally every k-th user is changed
 * (display name tagged) or deactivated, to exercise updates.
 *
 * @param count          how many users
 * @param changeEvery    every k-th user (k greater than 0; the k-th, 2k-th, ...) has the tag appended to its display name
 * @param tag            the tag
 * @param deactivateEvery every k-th user (k greater than 0) is forbidden
 */
public record GeneratedUsers(long count, int changeEvery, String tag, int deactivateEvery) implements UserSource {
    /** Plain generated users. */
    public GeneratedUsers(long count) {
        this(count, 0, "", 0);
    }

    /** The same users with every k-th display name tagged. */
    public GeneratedUsers changed(int every, String newTag) {
        return new GeneratedUsers(count, every, newTag, deactivateEvery);
    }

    /** The same users with every k-th one forbidden. */
    public GeneratedUsers deactivated(int every) {
        return new GeneratedUsers(count, changeEvery, tag, every);
    }

    /** The id of the user at a position. */
    public static String id(long index) {
        return new UUID(0x5741544100004000L, 0x8000000000000000L | index).toString();
    }

    /** The name of the user at a position. */
    public static String name(long index) {
        String n = Long.toString(index + 1);
        return n.length() >= 7 ? "user" + n : "user" + "0000000".substring(n.length()) + n;
    }

    @Override
    public void write(JsonGenerator g, long i) throws IOException {
        String name = name(i);
        String display = (i % 1000 == 7 ? "Zoë O'Brien; DROP TABLE \"user\";-- " : "User ") + (i + 1)
                + (changeEvery > 0 && (i + 1) % changeEvery == 0 ? tag : "");
        g.writeStartObject();
        g.writeStringField("owner", "wataomi");
        g.writeStringField("name", name);
        g.writeStringField("createdTime", "2026-03-02T10:15:30+08:00");
        g.writeStringField("updatedTime", "");
        g.writeStringField("deletedTime", "");
        g.writeStringField("id", id(i));
        g.writeStringField("externalId", "");
        g.writeStringField("type", "normal-user");
        g.writeStringField("password", "***");
        g.writeStringField("passwordSalt", "");
        g.writeStringField("displayName", display);
        g.writeStringField("firstName", "");
        g.writeStringField("lastName", "");
        g.writeStringField("avatar", "https://cdn.example.org/avatars/" + name + ".png");
        g.writeStringField("avatarType", "");
        g.writeStringField("permanentAvatar", "");
        g.writeStringField("email", i % 10 == 3 ? "" : name + "@example.com");
        g.writeBooleanField("emailVerified", i % 2 == 0);
        g.writeStringField("phone", "");
        g.writeStringField("countryCode", "VN");
        g.writeStringField("region", "");
        g.writeStringField("location", "");
        g.writeArrayFieldStart("address");
        g.writeEndArray();
        g.writeStringField("affiliation", "");
        g.writeStringField("title", "");
        g.writeStringField("language", "vi");
        g.writeStringField("gender", "");
        g.writeStringField("birthday", "");
        g.writeStringField("education", "");
        g.writeNumberField("score", 0);
        g.writeNumberField("karma", 0);
        g.writeNumberField("ranking", i + 1);
        g.writeBooleanField("isDefaultAvatar", false);
        g.writeBooleanField("isOnline", false);
        g.writeBooleanField("isAdmin", i == 0);
        g.writeBooleanField("isForbidden", i % 97 == 5 || (deactivateEvery > 0 && (i + 1) % deactivateEvery == 0));
        g.writeBooleanField("isDeleted", i % 50 == 9);
        g.writeStringField("signupApplication", "wataomi-app");
        g.writeStringField("hash", "");
        g.writeStringField("preHash", "");
        g.writeStringField("createdIp", "");
        g.writeStringField("lastSigninTime", "");
        g.writeStringField("lastSigninIp", "");
        g.writeStringField("github", "");
        g.writeStringField("google", "");
        g.writeArrayFieldStart("groups");
        g.writeString("wataomi/dev");
        g.writeEndArray();
        g.writeObjectFieldStart("properties");
        g.writeStringField("team", "core");
        g.writeEndObject();
        g.writeArrayFieldStart("roles");
        g.writeEndArray();
        g.writeArrayFieldStart("permissions");
        g.writeEndArray();
        g.writeEndObject();
    }
}
