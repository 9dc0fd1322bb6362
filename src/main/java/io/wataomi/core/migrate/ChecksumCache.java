package io.wataomi.core.migrate;

import io.wataomi.core.config.WataomiConfig;
import io.wataomi.core.revision.Revision;
import liquibase.ChecksumVersion;
import liquibase.change.CheckSum;
import liquibase.changelog.ChangeSet;

import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The changeSets of each revision file as Liquibase parsed them (id, author, recorded path, checksum), kept between runs
 * under {@code target/wataomi/} and found again by the file's content hash, so that a run with nothing to do compares
 * them with the history table without parsing a single changelog.
 *
 * <p>Only files whose checksums follow from their own bytes are kept: a file with a {@code ${...}} parameter (the value
 * may come from the command line) or naming another file ({@code sqlFile}, {@code loadData}, a {@code path}, whose
 * content is part of the checksum) is parsed every time. Entries written by another Liquibase version or another
 * format are ignored.
 */
final class ChecksumCache {
    static final String FILE = "target/wataomi/revision-checksums.tsv";
    private static final String LIQUIBASE = liquibaseJar();
    private static final String HEADER = "# wataomi revision checksums, format 1, " + LIQUIBASE;
    private static final Pattern NOT_SELF_CONTAINED = Pattern.compile("\\$\\{|(?i)\\b(path|file|relativeToChangelogFile)\\s*[=:]");
    private static final ChecksumCache NONE = new ChecksumCache(null, Map.of(), Set.of());

    /**
     * One changeSet of a revision file.
     *
     * @param path        the file path Liquibase records for it (before any rename is adopted)
     * @param checksum    its checksum in the latest version, as Liquibase stores it
     * @param alwaysRun   runAlways="true"
     * @param runOnChange runOnChange="true"
     */
    record Entry(String id, String author, String path, String checksum, boolean alwaysRun, boolean runOnChange) {
    }


    private final Path file;
    private final Map<String, List<Entry>> loaded;
    private final Set<String> validatedBefore;
    private final Map<String, List<Entry>> used = new LinkedHashMap<>();
    private final Set<String> validated = new HashSet<>();
    private final Map<Path, String> keys = new HashMap<>();
    private boolean changed;

    private ChecksumCache(Path file, Map<String, List<Entry>> loaded, Set<String> validatedBefore) {
        this.file = file;
        this.loaded = loaded;
        this.validatedBefore = validatedBefore;
    }

    /** Liquibase's private memo of a changeSet's checksum (null: not found in this Liquibase, nothing is put there). */
    private static final class Memo {
        static final Field FIELD = memo();
    }

    private static Field memo() {
        try {
            Field f = ChangeSet.class.getDeclaredField("checkSum");
            f.setAccessible(true);
            return f.getType() == CheckSum.class ? f : null;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    /**
     * The Liquibase the checksums were computed by, named by its jar (whose name carries its version), found without
     * starting Liquibase: another jar, another cache; null when it cannot be told.
     */
    private static String liquibaseJar() {
        try {
            Class<?> changeSet = Class.forName("liquibase.changelog.ChangeSet", false, ChecksumCache.class.getClassLoader());
            return String.valueOf(changeSet.getProtectionDomain().getCodeSource().getLocation());
        } catch (ClassNotFoundException | SecurityException | NullPointerException e) {
            return null; // no way to tell one Liquibase from another: no cache
        }
    }

    /** No cache: every file is parsed. */
    static ChecksumCache none() {
        return NONE;
    }

    /** The project's cache: under target/ of a Maven project; none elsewhere (the runnable jar in a container). */
    static ChecksumCache of(WataomiConfig config) {
        if (LIQUIBASE == null || !Files.isRegularFile(config.basedir().resolve("pom.xml"))) {
            return NONE;
        }
        Path file = config.basedir().resolve(FILE);
        Set<String> validated = new HashSet<>();
        return new ChecksumCache(file, read(file, validated), validated);
    }

    /** Reads the cache's entries; the keys of files whose XML was validated go to {@code validated}. */
    private static Map<String, List<Entry>> read(Path file, Set<String> validated) {
        Map<String, List<Entry>> out = new HashMap<>();
        List<String> lines;
        try {
            lines = Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
        } catch (IOException e) {
            return out; // unreadable: every file is parsed, and the cache is written again
        }
        if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
            return out;
        }
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t", -1);
            if (f.length != 6) {
                validated.clear();
                return new HashMap<>(); // damaged: start again
            }
            if (f[5].contains("V")) {
                validated.add(f[0]);
            }
            out.computeIfAbsent(f[0], k -> new ArrayList<>())
                    .add(new Entry(f[1], f[2], f[3], f[4], f[5].contains("A"), f[5].contains("C")));
        }
        return out;
    }

    /** True when this project keeps a cache (a Maven project, a Liquibase that can be told apart). */
    boolean kept() {
        return file != null;
    }

    /** The changeSets of the revision's file as it is now, or null when they must be parsed. */
    List<Entry> get(Revision revision) {
        String key = key(revision);
        if (key == null) {
            return null;
        }
        List<Entry> entries = loaded.get(key);
        if (entries != null) {
            used.put(key, entries);
        }
        return entries;
    }

    /**
     * True when the revision's file, byte for byte, passed validation against the changelog grammar in an earlier run of
     * the same Liquibase: validating it again would find the same.
     */
    boolean validated(Revision revision) {
        String key = key(revision);
        return key != null && (validatedBefore.contains(key) || validated.contains(key));
    }

    /**
     * Keeps what Liquibase parsed of the revision's file (its changeSets before any recorded path is adopted);
     * {@code validatedNow}: the XML was validated in this run or is known valid.
     */
    void put(Revision revision, List<ChangeSet> parsed, boolean validatedNow) {
        String key = key(revision);
        if (key == null) {
            return;
        }
        if (validatedNow && !validatedBefore.contains(key) && validated.add(key)) {
            changed = true;
        }
        if (used.containsKey(key)) {
            return;
        }
        List<Entry> known = loaded.get(key);
        if (known != null) {
            used.put(key, known); // the same bytes: the same changeSets, no checksum computed again
            return;
        }
        List<Entry> entries = parsed.stream().map(cs -> new Entry(cs.getId(), cs.getAuthor(), cs.getStoredFilePath(),
                cs.generateCheckSum(ChecksumVersion.latest()).toString(), cs.isAlwaysRun(), cs.isRunOnChange())).toList();
        if (entries.stream().anyMatch(e -> !clean(e.id()) || !clean(e.author()) || !clean(e.path()))) {
            return;
        }
        changed = true;
        used.put(key, entries);
    }

    /**
     * Gives a changeSet about to run for the first time the checksum known for its file's bytes, so that Liquibase does
     * not compute it again for its history row (computing one serialises every change of the changeSet). Only a
     * checksum in the version Liquibase computes for new rows is given, and only to a changeSet that has none yet.
     */
    void seed(Revision revision, ChangeSet cs) {
        String key = key(revision);
        List<Entry> entries = key == null ? null : used.get(key);
        if (entries == null || Memo.FIELD == null) {
            return;
        }
        for (Entry e : entries) {
            if (e.id().equals(cs.getId()) && e.author().equals(cs.getAuthor())) {
                CheckSum sum = CheckSum.parse(e.checksum());
                try {
                    if (sum.getVersion() == ChecksumVersion.latest().getVersion() && Memo.FIELD.get(cs) == null) {
                        Memo.FIELD.set(cs, sum);
                    }
                } catch (IllegalAccessException | RuntimeException ignored) {
                    // Liquibase computes it, as it would anyway.
                }
                return;
            }
        }
    }

    /** Writes the cache when this run added to it; files not seen in this run are dropped. Never fails the run. */
    void save() {
        if (file == null || !changed && used.keySet().equals(loaded.keySet())) {
            return;
        }
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        used.forEach((key, entries) -> {
            String valid = validatedBefore.contains(key) || validated.contains(key) ? "V" : "";
            entries.forEach(e -> text.append(String.join("\t", key, e.id(), e.author(), e.path(), e.checksum(),
                    (e.alwaysRun() ? "A" : "") + (e.runOnChange() ? "C" : "") + valid)).append('\n'));
        });
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), "revision-checksums", ".tmp");
            readableLikeItsFolder(tmp);
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            // A cache that cannot be written only costs the next run a parse.
        }
    }

    /** A temporary file is made readable by its owner only; the cache is as readable as the build folder it is in. */
    private static void readableLikeItsFolder(Path tmp) {
        try {
            Set<PosixFilePermission> folder = Files.getPosixFilePermissions(tmp.getParent());
            Set<PosixFilePermission> perms = EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
            if (folder.contains(PosixFilePermission.GROUP_READ)) {
                perms.add(PosixFilePermission.GROUP_READ);
            }
            if (folder.contains(PosixFilePermission.OTHERS_READ)) {
                perms.add(PosixFilePermission.OTHERS_READ);
            }
            Files.setPosixFilePermissions(tmp, perms);
        } catch (IOException | UnsupportedOperationException e) {
            // Not a POSIX file system, or not ours to change: the owner reads it, which is all a build needs.
        }
    }

    /** The file's content hash and logical path, or null when its checksums depend on more than its bytes. */
    private String key(Revision revision) {
        if (file == null) {
            return null;
        }
        return keys.computeIfAbsent(revision.file(), f -> {
            try {
                byte[] bytes = Files.readAllBytes(f);
                if (!selfContained(new String(bytes, StandardCharsets.UTF_8)) || !clean(revision.logicalPath())) {
                    return null;
                }
                return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)) + ":" + revision.logicalPath();
            } catch (IOException | NoSuchAlgorithmException e) {
                return null;
            }
        });
    }

    /** False for a file with a parameter or a file reference; the pattern runs only on text that may hold one. */
    static boolean selfContained(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return !(text.contains("${") || (lower.contains("path") || lower.contains("file")) && NOT_SELF_CONTAINED.matcher(text).find());
    }

    private static boolean clean(String field) {
        return field != null && field.indexOf('\t') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0;
    }
}
