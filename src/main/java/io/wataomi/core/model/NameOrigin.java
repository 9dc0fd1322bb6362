package io.wataomi.core.model;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where the names of the desired schema's keys, constraints and indexes come from. A name the mapping states
 * ({@code @ForeignKey(name = ...)}, {@code @Index(name = ...)}, {@code @UniqueConstraint(name = ...)}, a named check)
 * is part of the design and is compared. A name it leaves out is made up: Hibernate's implicit naming strategy hashes
 * one ({@code FK...}, {@code UK...}) or PostgreSQL picks its default ({@code pets_owner_id_fkey},
 * {@code jhi_user_login_key}), and a hand-written script or another tool picks another for the same object. Such a
 * name is implicit: the object matches the live one with the same definition, whatever that one is called.
 */
public final class NameOrigin {
    /** PostgreSQL's identifier length limit in bytes (NAMEDATALEN - 1): longer names are cut. */
    private static final int MAX_BYTES = 63;

    private NameOrigin() {
    }

    /** The catalog with every key, constraint and index whose name is not among the stated ones marked implicit. */
    public static Catalog markImplicit(Catalog desired, Collection<String> statedNames) {
        Set<String> stated = statedNames.stream().map(NameOrigin::stored).collect(Collectors.toSet());
        return Catalog.of(desired.schemas(), desired.tables().values().stream().map(t -> mark(t, stated)).toList(),
                desired.sequences().values(), desired.enums().values(), desired.views().values());
    }

    private static Table mark(Table t, Set<String> stated) {
        return new Table(t.name(), t.columns(),
                t.primaryKey() == null || stated(t.primaryKey().name(), stated) ? t.primaryKey() : t.primaryKey().withImplicitName(),
                t.uniques().stream().map(u -> stated(u.name(), stated) ? u : u.withImplicitName()).toList(),
                t.indexes().stream().map(i -> stated(i.name(), stated) ? i : i.withImplicitName()).toList(),
                t.foreignKeys().stream().map(fk -> stated(fk.name(), stated) ? fk : fk.withImplicitName()).toList(),
                t.checks().stream().map(c -> stated(c.name(), stated) ? c : c.withImplicitName()).toList(), t.comment());
    }

    private static boolean stated(String catalogName, Set<String> stated) {
        return stated.contains(catalogName.toLowerCase(Locale.ROOT));
    }

    /**
     * A name as a mapping writes it, as the catalog will hold it, lower-cased: without the quotes or backticks that
     * keep its case, and cut to PostgreSQL's 63 bytes. Lower case either way, since whether Hibernate quotes it
     * depends on the application's settings; two stated names differing only in case do not occur in practice.
     */
    static String stored(String written) {
        String s = written.strip();
        if (s.length() >= 2 && (s.startsWith("\"") && s.endsWith("\"") || s.startsWith("`") && s.endsWith("`"))) {
            s = s.substring(1, s.length() - 1);
        }
        s = s.toLowerCase(Locale.ROOT);
        while (s.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }
}
