#!/usr/bin/env bash
# Benchmark: io.wataomi.core.introspect.CatalogReader vs Liquibase 4.33's snapshot (SnapshotGeneratorFactory) of
# the same generated schema (default 1,000 tables x 15 columns), in one JVM against one embedded PostgreSQL.
# Usage: bash bench/catalog.sh       (from anywhere; paths are relative to this script)
# Env:   CATALOG_TABLES=1000         tables to generate (io.wataomi.bench.SchemaShape, fixed seed)
#        CATALOG_REPS=5              timed repetitions per tool (median reported)
#        CATALOG_WARMUP=1            untimed runs per tool first
#        MVN_OFFLINE=-o              set to empty to let Maven download what is missing
set -euo pipefail

BENCH="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$BENCH/.." && pwd)"
WORK="$BENCH/work/catalog"
OFFLINE="${MVN_OFFLINE--o}"
log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
mkdir -p "$WORK"

log "Compiling the plugin and its tests (mvn test-compile)"
mvn -q $OFFLINE -f "$ROOT/pom.xml" test-compile -Dinvoker.skip=true
log "Resolving the test classpath"
mvn -q $OFFLINE -f "$ROOT/pom.xml" dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile="$WORK/test.classpath" >/dev/null
CP="$ROOT/target/test-classes:$ROOT/target/classes:$(cat "$WORK/test.classpath")"

# The embedded server runs in the benchmark's JVM and stops with it (the library's shutdown hook).
log "Running io.wataomi.bench.CatalogBench (PostgreSQL data in $WORK/pg)"
{
  echo "catalog benchmark, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $(java -version 2>&1 | head -1)," \
       "plugin at $(cd "$ROOT" && git rev-parse --short HEAD 2>/dev/null || echo '?')$(cd "$ROOT" \
       && [[ -n "$(git status --porcelain -- src 2>/dev/null)" ]] && echo ' + uncommitted changes' || true)," \
       "1-min load average before: $(cut -d' ' -f1 /proc/loadavg 2>/dev/null || echo NA)"
  java -cp "$CP" io.wataomi.bench.CatalogBench "$WORK/pg" "${CATALOG_TABLES:-1000}" "${CATALOG_REPS:-5}" "${CATALOG_WARMUP:-1}"
} | tee "$WORK/results.txt"
log "Results: $WORK/results.txt"
