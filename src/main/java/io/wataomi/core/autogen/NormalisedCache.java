package io.wataomi.core.autogen;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wataomi.core.model.Table;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Normalised tables kept between runs, one file per table under the project's {@code target/}, named by the hash of
 * what the table's normalised form depends on ({@link TableDefinitions#key}). The plugin's own build is part of
 * that hash, so a new or rebuilt plugin never reads what another one wrote. A file that cannot be read is a miss.
 */
final class NormalisedCache {
    private static final ObjectMapper JSON = new ObjectMapper()
            .setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
            .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY);
    private static String build;
    private final Path directory;

    NormalisedCache(Path directory) {
        this.directory = directory;
    }

    /** Where the entries are. */
    Path directory() {
        return directory;
    }

    /** The table stored under this key, if any. */
    Optional<Table> get(String key) {
        Path file = directory.resolve(key + ".json");
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(file.toFile(), Table.class));
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    /** Stores a table under its key; the file appears whole or not at all. */
    void put(String key, Table table) {
        try {
            Files.createDirectories(directory);
            Path tmp = Files.createTempFile(directory, key, ".tmp");
            JSON.writeValue(tmp.toFile(), table);
            Files.move(tmp, directory.resolve(key + ".json"), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("Cannot write the schema cache in " + directory + ": " + e.getMessage(), e);
        }
    }

    /** Deletes the entries of tables that are no longer defined so, leaving these keys. */
    void retain(Set<String> keys) {
        if (!Files.isDirectory(directory)) {
            return;
        }
        try (Stream<Path> files = Files.list(directory)) {
            for (Path f : files.toList()) {
                String name = f.getFileName().toString();
                if (!keys.contains(name.substring(0, name.indexOf('.') < 0 ? name.length() : name.indexOf('.')))) {
                    Files.deleteIfExists(f);
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("Cannot clean the schema cache in " + directory + ": " + e.getMessage(), e);
        }
    }

    /** The plugin's build: the SHA-256 of its jar (or of its classes folder), computed once per JVM. */
    static synchronized String build() {
        if (build == null) {
            try {
                Path source = Path.of(NormalisedCache.class.getProtectionDomain().getCodeSource().getLocation().toURI());
                MessageDigest sha = MessageDigest.getInstance("SHA-256");
                List<Path> files;
                try (Stream<Path> walk = Files.walk(source)) {
                    files = walk.filter(Files::isRegularFile).sorted().toList();
                }
                for (Path f : files) {
                    sha.update(source.relativize(f).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    try (InputStream in = new DigestInputStream(Files.newInputStream(f), sha)) {
                        in.transferTo(java.io.OutputStream.nullOutputStream());
                    }
                }
                build = HexFormat.of().formatHex(sha.digest());
            } catch (IOException | URISyntaxException | NoSuchAlgorithmException | RuntimeException e) {
                // Without its build the cache could serve another plugin's tables: a value no entry matches turns it off.
                build = "unknown-" + System.nanoTime();
            }
        }
        return build;
    }
}
