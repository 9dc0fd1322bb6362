package io.wataomi.core.testing;

import io.wataomi.core.shared.Output;
import io.wataomi.core.Wataomi;
import io.wataomi.core.config.PropertyNames;
import io.wataomi.core.config.LayeredSettings;
import io.wataomi.core.config.WataomiConfig;
import io.wataomi.core.migrate.MigrationListener;
import io.wataomi.core.revision.Revision;
import io.wataomi.core.revision.RevisionWriter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/** A throw-away project folder under target/test-projects, its configuration and its revisions. */
public final class TestProject {
    private final Path basedir;
    private final List<Revision> revisions = new ArrayList<>();
    private LocalDateTime clock = LocalDateTime.of(2025, 1, 1, 10, 0);

    private TestProject(Path basedir) {
        this.basedir = basedir;
    }

    /** A new empty project folder. */
    public static TestProject create(String label) {
        Path dir = Path.of("target", "test-projects", label + "-" + UUID.randomUUID().toString().substring(0, 8))
                .toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new TestProject(dir);
    }

    /** The configuration of a project folder pointed at a database, as the child JVMs build it too. */
    public static WataomiConfig config(Path basedir, String jdbcUrl, Map<String, String> extra) {
        Map<String, String> cli = new HashMap<>();
        cli.put(PropertyNames.URL, jdbcUrl);
        cli.put(PropertyNames.USERNAME, TestDatabase.USER);
        cli.putAll(extra);
        return WataomiConfig.from(LayeredSettings.resolve(Map.of(), Map.of(), Map.of(), cli), basedir);
    }

    public Path basedir() {
        return basedir;
    }

    /** The configuration for a database. */
    public WataomiConfig config(String jdbcUrl) {
        return config(basedir, jdbcUrl, Map.of());
    }

    /** The configuration for a database, with more settings. */
    public WataomiConfig config(String jdbcUrl, Map<String, String> extra) {
        return config(basedir, jdbcUrl, extra);
    }

    /** The facade for a database. */
    public Wataomi wataomi(String jdbcUrl, Output output) {
        return new Wataomi(config(jdbcUrl), output);
    }

    /** The facade for a database, reporting to a listener. */
    public Wataomi wataomi(String jdbcUrl, Output output, MigrationListener listener) {
        return new Wataomi(config(jdbcUrl), output, listener);
    }

    /** Writes a revision on top of the last one written, with the given changeSet XML. */
    public Revision writeRevision(String message, String changeSetsXml) {
        clock = clock.plusMinutes(1);
        List<String> parents = revisions.isEmpty() ? List.of() : List.of(revisions.get(revisions.size() - 1).id());
        WataomiConfig cfg = config(basedir, "jdbc:postgresql://localhost/unused", Map.of());
        Revision r = RevisionWriter.write(cfg, RevisionWriter.newId(), parents, message, clock, changeSetsXml);
        revisions.add(r);
        return r;
    }

    /** The revisions written, oldest first. */
    public List<Revision> revisions() {
        return List.copyOf(revisions);
    }

    /** The ids of the revisions written, oldest first. */
    public List<String> revisionIds() {
        return revisions.stream().map(Revision::id).toList();
    }

    /** The classpath root the changelog paths are relative to. */
    public Path resourcesRoot() {
        return basedir.resolve("src/main/resources");
    }

    /** The master changelog's path relative to {@link #resourcesRoot()}. */
    public static String masterPath() {
        return "db/changelog/db.changelog-master.xml";
    }

    /** The revisions recorded as applied (marker rows, author wataomi), in execution order. */
    public static Set<String> appliedRevisions(String jdbcUrl) {
        Set<String> out = new LinkedHashSet<>();
        try (Connection c = TestDatabase.connect(jdbcUrl); Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT to_regclass('public.databasechangelog')")) {
                rs.next();
                if (rs.getString(1) == null) {
                    return out;
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT id FROM public.databasechangelog WHERE author = 'wataomi' ORDER BY orderexecuted")) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    /** How often each changeSet (filename::id::author) is recorded in the history table. */
    public static Map<String, Integer> historyRowCounts(String jdbcUrl) {
        Map<String, Integer> out = new TreeMap<>();
        try (Connection c = TestDatabase.connect(jdbcUrl); Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT to_regclass('public.databasechangelog')")) {
                rs.next();
                if (rs.getString(1) == null) {
                    return out;
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT filename, id, author, count(*) FROM public.databasechangelog"
                    + " GROUP BY filename, id, author")) {
                while (rs.next()) {
                    out.put(rs.getString(1) + "::" + rs.getString(2) + "::" + rs.getString(3), rs.getInt(4));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    /** True when a relation of that name exists in the public schema. */
    public static boolean tableExists(String jdbcUrl, String table) {
        try (Connection c = TestDatabase.connect(jdbcUrl); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT to_regclass('public." + table + "')")) {
            rs.next();
            return rs.getString(1) != null;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
