package io.wataomi.core.sync;

import io.wataomi.core.casdoor.CasdoorUser;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The Casdoor ids one sync has read, each with the page it first came on and a 32-bit fingerprint of that
 * user's data, so that an id sent again is found whatever the pages between. It holds no user data: three
 * longs per id in one open-addressed table kept at most three-quarters full, about 48 MB for a million users
 * (a set of the id strings would take more than twice that). A canonical UUID, the form of Casdoor's ids, is kept as its
 * 128 bits; any other id as the first 128 bits of its SHA-256.
 */
final class SeenIds {
    /** Where an id came first, and whether its data then was the same as now (by fingerprint). */
    record Earlier(int page, boolean sameData) {
    }

    private static final int MIN_CAPACITY = 1 << 10;
    /** The largest table sized up front (about 1.5 million ids, 48 MB); past it, the table grows as ids come. */
    private static final int MAX_PRESIZED = 1 << 21;

    private long[] slots; // per id: key high, key low, page << 32 | fingerprint; a page of 0 marks an empty slot
    private int size;
    private final MessageDigest sha256;

    /** A table sized for the users Casdoor announced, so that a large organization needs no regrowth. */
    SeenIds(long expected) {
        int capacity = MIN_CAPACITY;
        while (capacity < MAX_PRESIZED && capacity * 3L < expected * 4) {
            capacity <<= 1;
        }
        slots = new long[capacity * 3];
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** Records a user read on a page (from 1): null the first time its id comes, else where it came first. */
    Earlier add(CasdoorUser user, int page) {
        long hi;
        long lo;
        String id = user.id();
        if (isCanonicalUuid(id)) {
            hi = hex(id, 0, 8) << 32 | hex(id, 9, 13) << 16 | hex(id, 14, 18);
            lo = hex(id, 19, 23) << 48 | hex(id, 24, 36);
        } else {
            ByteBuffer digest = ByteBuffer.wrap(sha256.digest(id.getBytes(StandardCharsets.UTF_8)));
            hi = digest.getLong();
            lo = digest.getLong();
        }
        int fingerprint = fingerprint(user);
        int mask = slots.length / 3 - 1;
        for (int i = index(hi, lo, mask); ; i = (i + 1) & mask) {
            int s = i * 3;
            if (slots[s + 2] == 0) {
                slots[s] = hi;
                slots[s + 1] = lo;
                slots[s + 2] = (long) page << 32 | (fingerprint & 0xFFFF_FFFFL);
                if (++size * 4L > (slots.length / 3) * 3L) {
                    grow();
                }
                return null;
            }
            if (slots[s] == hi && slots[s + 1] == lo) {
                return new Earlier((int) (slots[s + 2] >>> 32), (int) slots[s + 2] == fingerprint);
            }
        }
    }

    /** The ids recorded. */
    int size() {
        return size;
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        int mask = slots.length / 3 - 1;
        for (int s = 0; s < old.length; s += 3) {
            if (old[s + 2] != 0) {
                int i = index(old[s], old[s + 1], mask);
                while (slots[i * 3 + 2] != 0) {
                    i = (i + 1) & mask;
                }
                System.arraycopy(old, s, slots, i * 3, 3);
            }
        }
    }

    private static int index(long hi, long lo, int mask) {
        // Fibonacci hashing: ids that differ only in their last digits (as imported ones may) still spread.
        long h = (hi ^ Long.rotateLeft(lo, 29)) * 0x9E37_79B9_7F4A_7C15L;
        return (int) (h >>> 32) & mask;
    }

    /**
     * A hash of every field the sync reads, so that the same user sent again compares equal and an edited one
     * (or another user with the same id) does not, except with a chance of one in four billion.
     */
    static int fingerprint(CasdoorUser u) {
        long h = 0xCBF2_9CE4_8422_2325L;
        h = mix(h, u.name());
        h = mix(h, u.displayName());
        h = mix(h, u.email());
        h = mix(h, u.avatar());
        h = step(h, (u.deleted() ? 2 : 0) | (u.forbidden() ? 1 : 0));
        h ^= h >>> 29;
        h *= 0xBF58_476D_1CE4_E5B9L;
        return (int) (h ^ h >>> 32);
    }

    private static long mix(long h, String s) {
        if (s == null) {
            return step(h, 0x1_0000); // not a char, so null differs from every string
        }
        for (int i = 0; i < s.length(); i++) {
            h = step(h, s.charAt(i));
        }
        return step(h, 0x1_0001); // the end of the field, so "ab","c" differs from "a","bc"
    }

    private static long step(long h, int v) {
        return (h ^ v) * 0x100_0000_01B3L;
    }

    /** Casdoor's form, lowercase 8-4-4-4-12; others (upper case, braces) are distinct text and are hashed. */
    private static boolean isCanonicalUuid(String s) {
        if (s.length() != 36) {
            return false;
        }
        for (int i = 0; i < 36; i++) {
            char c = s.charAt(i);
            boolean ok = i == 8 || i == 13 || i == 18 || i == 23 ? c == '-' : (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static long hex(String s, int from, int to) {
        return Long.parseUnsignedLong(s, from, to, 16);
    }
}
