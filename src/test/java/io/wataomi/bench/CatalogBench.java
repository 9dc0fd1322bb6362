package io.wataomi.bench;

import io.wataomi.core.shared.Output;
import io.wataomi.core.db.EmbeddedDatabase;
import io.wataomi.core.introspect.CatalogReader;
import io.wataomi.core.model.Catalog;
import io.wataomi.core.model.Table;
import liquibase.CatalogAndSchema;
import liquibase.database.core.PostgresDatabase;
import liquibase.database.jvm.JdbcConnection;
import liquibase.snapshot.DatabaseSnapshot;
import liquibase.snapshot.SnapshotControl;
import liquibase.snapshot.SnapshotGeneratorFactory;
import liquibase.structure.core.Column;
import liquibase.structure.core.ForeignKey;
import liquibase.structure.core.Index;
import liquibase.structure.core.PrimaryKey;
import liquibase.structure.core.UniqueConstraint;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Times {@link CatalogReader#read} against Liquibase 4.33's own snapshot of the same generated schema, in one
 * JVM against one embedded PostgreSQL, and prints medians, the ratio and what each one found.
 *
 * <p>Usage: {@code CatalogBench DATA_DIR [TABLES=1000] [REPS=5] [WARMUP=1]}; see bench/catalog.sh.
 */
public final class CatalogBench {
    private static final String DATABASE = "catalog_bench";
    private static final String SCHEMA = "public";
    /** Held, because java.util.logging keeps loggers weakly and would forget the level. */
    private static final Logger LIQUIBASE_LOG = Logger.getLogger("liquibase");

    /** What one tool found. Indexes are all of them, those backing a primary key or unique constraint included. */
    record Counts(int tables, int columns, int indexes, int primaryKeys, int uniques, int foreignKeys) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%,d tables, %,d columns, %,d indexes (all), %,d primary keys, %,d unique"
                    + " constraints, %,d foreign keys", tables, columns, indexes, primaryKeys, uniques, foreignKeys);
        }
    }

    private CatalogBench() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        int tables = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        int reps = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        int warmup = args.length > 3 ? Integer.parseInt(args[3]) : 1;
        System.setProperty("liquibase.analytics.enabled", "false");
        LIQUIBASE_LOG.setLevel(Level.WARNING);

        EmbeddedDatabase.Endpoint server = EmbeddedDatabase.start(data, Output.silent());
        String url = freshDatabase(server);
        long t0 = System.nanoTime();
        List<String> ddl = SchemaShape.generate(tables).ddl(SCHEMA);
        execute(url, ddl);
        log("Created %d tables (%d statements) in %d ms; PostgreSQL %s, Java %s, %d cores", tables, ddl.size(),
                (System.nanoTime() - t0) / 1_000_000, serverVersion(url), System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors());

        List<Long> ours = new ArrayList<>();
        List<Long> liquibase = new ArrayList<>();
        Counts[] found = new Counts[2];
        for (int i = 0; i < warmup; i++) {
            found[0] = timeReader(url, null);
            found[1] = timeLiquibase(url, null);
            log("warm-up %d done", i + 1);
        }
        for (int rep = 1; rep <= reps; rep++) {
            // Alternate the order, so that neither tool always runs on a cache the other has just warmed.
            if (rep % 2 == 1) {
                found[0] = timeReader(url, ours);
                found[1] = timeLiquibase(url, liquibase);
            } else {
                found[1] = timeLiquibase(url, liquibase);
                found[0] = timeReader(url, ours);
            }
            log("rep %d: CatalogReader %.1f ms, Liquibase snapshot %.1f ms (1-min load average after: %s)", rep,
                    ms(ours.get(rep - 1)), ms(liquibase.get(rep - 1)), loadAverage());
        }
        report(tables, reps, warmup, ours, liquibase, found);
    }

    private static Counts timeReader(String url, List<Long> times) throws Exception {
        try (Connection c = connect(url)) {
            CatalogReader reader = new CatalogReader();
            long t0 = System.nanoTime();
            Catalog catalog = reader.read(c, List.of(SCHEMA));
            record(times, System.nanoTime() - t0);
            return counts(catalog);
        }
    }

    private static Counts timeLiquibase(String url, List<Long> times) throws Exception {
        PostgresDatabase database = new PostgresDatabase();
        database.setConnection(new JdbcConnection(connect(url)));
        try {
            long t0 = System.nanoTime();
            DatabaseSnapshot snapshot = SnapshotGeneratorFactory.getInstance().createSnapshot(
                    new CatalogAndSchema(null, SCHEMA), database, new SnapshotControl(database));
            record(times, System.nanoTime() - t0);
            return new Counts(snapshot.get(liquibase.structure.core.Table.class).size(), snapshot.get(Column.class).size(),
                    snapshot.get(Index.class).size(), snapshot.get(PrimaryKey.class).size(),
                    snapshot.get(UniqueConstraint.class).size(), snapshot.get(ForeignKey.class).size());
        } finally {
            database.close();
        }
    }

    private static Counts counts(Catalog catalog) {
        List<Table> all = List.copyOf(catalog.tables().values());
        int pks = (int) all.stream().filter(t -> t.primaryKey() != null).count();
        int uniques = all.stream().mapToInt(t -> t.uniques().size()).sum();
        return new Counts(all.size(), all.stream().mapToInt(t -> t.columns().size()).sum(),
                all.stream().mapToInt(t -> t.indexes().size()).sum() + pks + uniques, pks, uniques,
                all.stream().mapToInt(t -> t.foreignKeys().size()).sum());
    }

    private static void report(int tables, int reps, int warmup, List<Long> ours, List<Long> liquibase, Counts[] found) {
        double mo = ms(median(ours));
        double ml = ms(median(liquibase));
        System.out.printf(Locale.ROOT, "Catalog read of %d tables x %d columns, median of %d after %d warm-up(s) each (ms):%n",
                tables, SchemaShape.COLUMNS, reps, warmup);
        System.out.printf(Locale.ROOT, "  CatalogReader.read             %10.1f   runs %s%n", mo, runs(ours));
        System.out.printf(Locale.ROOT, "  Liquibase 4.33 createSnapshot  %10.1f   runs %s%n", ml, runs(liquibase));
        System.out.printf(Locale.ROOT, "  ratio (Liquibase / CatalogReader) %.1fx   %s%n", ml / mo,
                ml / mo >= 20 ? "meets target >= 20x" : "MISSES target >= 20x");
        System.out.println("Found by CatalogReader: " + found[0]);
        System.out.println("Found by Liquibase:     " + found[1]);
        System.out.println("Same counts: " + (found[0].equals(found[1]) ? "yes" : "NO"));
    }

    private static void record(List<Long> times, long nanos) {
        if (times != null) {
            times.add(nanos);
        }
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static String runs(List<Long> times) {
        return times.stream().map(t -> String.format(Locale.ROOT, "%.1f", ms(t))).toList().toString();
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }

    private static String freshDatabase(EmbeddedDatabase.Endpoint server) throws Exception {
        try (Connection c = connect(server.jdbcUrl("postgres")); Statement st = c.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
            st.execute("CREATE DATABASE " + DATABASE);
        }
        return server.jdbcUrl(DATABASE);
    }

    private static void execute(String url, List<String> statements) throws Exception {
        try (Connection c = connect(url); Statement st = c.createStatement()) {
            c.setAutoCommit(false);
            for (String sql : statements) {
                st.addBatch(sql);
            }
            st.executeBatch();
            c.commit();
            // Catalog statistics as autovacuum would leave them on a live database, for both tools' queries.
            c.setAutoCommit(true);
            st.execute("VACUUM ANALYZE");
        }
    }

    private static String serverVersion(String url) throws Exception {
        try (Connection c = connect(url); Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SHOW server_version")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static Connection connect(String url) throws Exception {
        return DriverManager.getConnection(url, "postgres", null);
    }

    /** The 1-minute load average, to judge how busy the machine was (it is shared). */
    private static String loadAverage() {
        try {
            return java.nio.file.Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (java.io.IOException e) {
            return "n/a";
        }
    }

    private static void log(String format, Object... args) {
        System.err.printf(Locale.ROOT, "[catalog-bench] " + format + "%n", args);
    }
}
