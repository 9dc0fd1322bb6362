package io.wataomi.core.autogen;

import io.wataomi.core.shared.Output;
import io.wataomi.core.shared.WataomiException;
import io.wataomi.core.db.ScratchDatabase;
import io.wataomi.core.introspect.CatalogReader;
import io.wataomi.core.model.Catalog;
import io.wataomi.core.model.CheckConstraint;
import io.wataomi.core.model.Column;
import io.wataomi.core.model.Identifiers;
import io.wataomi.core.model.QualifiedName;
import io.wataomi.core.model.Table;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Reads catalogs: of a live connection, or of DDL applied to a scratch database (PostgreSQL normalises it). */
final class ScratchNormaliser {
    /** From this many statements the tables are created on two connections (lowered by a test). */
    static int parallelFrom = 400;
    private static final int WORKERS = 2;
    private static final Set<String> HISTORY_TABLES = Set.of("databasechangelog", "databasechangeloglock");

    private ScratchNormaliser() {
    }

    /** The catalog of these schemas, without Liquibase's history tables. */
    static Catalog read(Connection c, List<String> schemas) {
        Catalog all = new CatalogReader().read(c, schemas);
        List<Table> tables = all.tables().values().stream().filter(t -> !HISTORY_TABLES.contains(t.name().name())).toList();
        return Catalog.of(existing(c, schemas), tables, all.sequences().values(), all.enums().values(), all.views().values());
    }

    /** Which of these schemas exist. */
    private static List<String> existing(Connection c, List<String> schemas) {
        try (var ps = c.prepareStatement("SELECT nspname FROM pg_namespace WHERE nspname = ANY(?) ORDER BY nspname")) {
            ps.setArray(1, c.createArrayOf("text", schemas.toArray()));
            List<String> out = new java.util.ArrayList<>();
            try (var rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new io.wataomi.core.shared.DatabaseFailure("Database error: " + e.getMessage(), e);
        }
    }

    /**
     * PostgreSQL does not always print an expression the way it prints the same expression re-read from its own
     * output (casts of ANY arrays in checks, for one). A revision creates checks and defaults from that output, so
     * the desired side is put through the same round once: what it reads afterwards is what a revision produces.
     */
    private static Catalog fixpoint(Connection c, Catalog first, List<String> schemas) throws SQLException {
        boolean changed = false;
        try (Statement st = c.createStatement()) {
            for (Table t : first.tables().values()) {
                for (CheckConstraint check : t.checks()) {
                    st.execute("ALTER TABLE " + t.name().quoted() + " DROP CONSTRAINT " + Identifiers.quote(check.name())
                            + ", ADD CONSTRAINT " + Identifiers.quote(check.name()) + " " + check.expression());
                    changed = true;
                }
                for (Column col : t.columns()) {
                    if (col.defaultValue() != null && col.identity() == null && col.generated() == null) {
                        st.execute("ALTER TABLE " + t.name().quoted() + " ALTER COLUMN " + Identifiers.quote(col.name())
                                + " SET DEFAULT " + col.defaultValue());
                        changed = true;
                    }
                }
            }
        }
        c.commit();
        return changed ? read(c, schemas) : first;
    }

    /** One pipelined batch: thousands of statements in a few round trips. */
    private static void batch(Statement st, List<String> statements) throws SQLException {
        for (String sql : statements) {
            st.addBatch(sql);
        }
        st.executeBatch();
    }

    /**
     * Large schemas: sequences first, then the tables (each with its indexes and constraints) on two connections
     * at once, so that both cores of the server work, then the foreign keys.
     */
    private static void applyInParallel(ScratchDatabase scratch, Connection main, DdlGroups plan, String defaultSchema)
            throws SQLException {
        try (Statement st = main.createStatement()) {
            batch(st, plan.prelude());
            main.commit();
            // The common pool has one thread on two cores: the parts need threads of their own.
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(WORKERS);
            try {
                List<java.util.concurrent.CompletableFuture<Void>> parts = new java.util.ArrayList<>();
                for (List<String> part : plan.split(WORKERS)) {
                    parts.add(java.util.concurrent.CompletableFuture.runAsync(() -> applyPart(scratch, part, defaultSchema), pool));
                }
                java.util.concurrent.CompletableFuture.allOf(parts.toArray(new java.util.concurrent.CompletableFuture[0])).join();
            } catch (java.util.concurrent.CompletionException e) {
                Throwable cause = e.getCause() instanceof java.io.UncheckedIOException u ? u.getCause() : e.getCause();
                throw cause instanceof SQLException sql ? sql : new SQLException(String.valueOf(cause.getMessage()), cause);
            } finally {
                pool.shutdown();
            }
            batch(st, plan.foreignKeys());
        }
    }

    private static void applyPart(ScratchDatabase scratch, List<String> statements, String defaultSchema) {
        try (Connection c = scratch.connect(); Statement st = c.createStatement()) {
            st.execute("SET search_path TO " + Identifiers.quote(defaultSchema) + ", public");
            batch(st, statements);
            c.commit();
        } catch (SQLException e) {
            throw new java.io.UncheckedIOException(new java.io.IOException(e.getMessage(), e));
        }
    }

    static boolean applies(String sql) {
        String lower = sql.strip().toLowerCase(Locale.ROOT);
        return !lower.startsWith("create schema") && !lower.startsWith("create cast");
    }

    /** Replays the statements one at a time to name the one PostgreSQL rejects. */
    private static WataomiException rejected(Connection c, List<String> statements, SQLException batchFailure) {
        try (Statement st = c.createStatement()) {
            for (String sql : statements) {
                try {
                    st.execute(sql);
                } catch (SQLException e) {
                    return new WataomiException("PostgreSQL rejects the DDL that Hibernate derives from the entities: " + sql
                            + "\n  " + e.getMessage() + "\nCheck the mapping (columnDefinition, types) of the entity behind it.");
                }
            }
        } catch (SQLException e) {
            return new WataomiException("PostgreSQL rejects the entities' DDL: " + batchFailure.getMessage());
        } finally {
            try {
                c.rollback();
            } catch (SQLException ignored) {
                // the connection is closed next anyway
            }
        }
        return new WataomiException("PostgreSQL rejects the entities' DDL: " + batchFailure.getMessage());
    }

    /** The desired catalog, and how to create a desired table that the cache left out of the scratch database. */
    record Desired(Catalog catalog, ExpressionReprint.Tables tables) {
    }

    /**
     * Applies the entities' DDL to the scratch database and reads it back. With a cache, only the tables it does not
     * hold are applied (with the tables their foreign keys reference), and those it holds are taken from it.
     */
    static Desired normalise(ScratchDatabase scratch, List<String> ddl, List<String> schemas, String defaultSchema,
                             NormalisedCache cache, Output output) {
        try (Connection c = scratch.connect(); Statement st = c.createStatement()) {
            for (String schema : schemas) {
                st.execute("CREATE SCHEMA IF NOT EXISTS " + Identifiers.quote(schema));
            }
            // Hibernate leaves named enum types unqualified: they belong in the default schema.
            st.execute("SET search_path TO " + Identifiers.quote(defaultSchema) + ", public");
            c.commit();
            List<String> statements = ddl.stream().filter(ScratchNormaliser::applies).toList();
            TableDefinitions definitions = cache == null ? null : TableDefinitions.of(statements, defaultSchema, c);
            if (definitions == null) {
                return new Desired(apply(scratch, c, statements, schemas, defaultSchema, output), ExpressionReprint.Tables.ALL);
            }
            return cached(scratch, c, definitions, cache, schemas, defaultSchema, output);
        } catch (SQLException e) {
            throw new io.wataomi.core.shared.DatabaseFailure("Scratch database error: " + e.getMessage(), e);
        }
    }

    private static Desired cached(ScratchDatabase scratch, Connection c, TableDefinitions definitions, NormalisedCache cache,
                                  List<String> schemas, String defaultSchema, Output output) throws SQLException {
        String context = NormalisedCache.build() + "/" + serverVersion(c) + "/" + defaultSchema;
        Map<QualifiedName, String> keys = new LinkedHashMap<>();
        Map<QualifiedName, Table> tables = new TreeMap<>();
        Set<QualifiedName> missed = new TreeSet<>();
        for (QualifiedName name : definitions.tables().keySet()) {
            keys.put(name, definitions.key(name, context));
        }
        // A thousand small files parsed: on both cores.
        Map<QualifiedName, Optional<Table>> read = keys.entrySet().parallelStream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> cache.get(e.getValue())));
        for (QualifiedName name : keys.keySet()) {
            read.get(name).ifPresentOrElse(t -> tables.put(name, t), () -> missed.add(name));
        }
        Set<QualifiedName> created = new TreeSet<>(missed);
        missed.forEach(m -> created.addAll(definitions.tables().get(m).references()));
        List<String> statements = new ArrayList<>(definitions.prelude());
        statements.addAll(definitions.statements(created, missed));
        Catalog fresh = apply(scratch, c, statements, schemas, defaultSchema, output);
        for (QualifiedName name : missed) {
            Table t = fresh.table(name).orElseThrow(() -> new IllegalStateException("The scratch database has no table " + name
                    + " after its DDL ran; delete " + cache.directory() + " and run again."));
            tables.put(name, t);
        }
        missed.parallelStream().forEach(name -> cache.put(keys.get(name), tables.get(name)));
        cache.retain(Set.copyOf(keys.values()));
        output.debug(String.format("%d of %d tables taken from the schema cache, %d applied", keys.size() - missed.size(),
                keys.size(), created.size()));
        return new Desired(Catalog.of(fresh.schemas(), tables.values(), fresh.sequences().values(), fresh.enums().values(),
                fresh.views().values()), (connection, table) -> {
                    if (definitions.tables().containsKey(table) && created.add(table)) {
                        try (Statement st = connection.createStatement()) {
                            batch(st, definitions.tables().get(table).statements());
                        }
                    }
                });
    }

    private static String serverVersion(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); var rs = st.executeQuery("SHOW server_version_num")) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** Applies statements to the scratch database in one transaction (or, when many, on two) and reads it back. */
    private static Catalog apply(ScratchDatabase scratch, Connection c, List<String> statements, List<String> schemas,
                                 String defaultSchema, Output output) throws SQLException {
        try (Statement st = c.createStatement()) {
            long started = System.nanoTime();
            DdlGroups plan = statements.size() >= parallelFrom ? DdlGroups.of(statements) : null;
            try {
                if (plan == null) {
                    batch(st, statements);
                } else {
                    applyInParallel(scratch, c, plan, defaultSchema);
                }
            } catch (SQLException batchFailure) {
                c.rollback();
                throw plan == null ? rejected(c, statements, batchFailure) : new WataomiException(
                        "PostgreSQL rejects the DDL that Hibernate derives from the entities: " + batchFailure.getMessage()
                        + "\nCheck the mapping (columnDefinition, types) of the entity behind it.");
            }
            st.execute("RESET search_path");
            c.commit();
            long applied = System.nanoTime();
            Catalog read = fixpoint(c, read(c, schemas), schemas);
            output.debug(String.format("%d DDL statements applied in %d ms, read back in %d ms", statements.size(),
                    (applied - started) / 1_000_000, (System.nanoTime() - applied) / 1_000_000));
            return read;
        }
    }
}
