#!/usr/bin/env bash
# Sync benchmark: wataomi:sync's multi-row statements vs a baseline that upserts one row per statement,
# against the project's Casdoor test server; then wataomi alone on a large organization in 256 MB of heap.
# Usage: bash bench/sync.sh           (from anywhere; paths are relative to this script)
# Env:   SYNC_USERS=100000            users for the comparison (first sync and re-sync, both tools; 0 skips it)
#        SYNC_HEAP_USERS=1000000      users for the heap run (wataomi only; 0 skips it)
#        SYNC_PAGE_SIZE=1000          users per page
#        SYNC_XMX=256m                heap of the JVM that syncs
# Builds nothing into ~/.m2: it compiles the repository (mvn -o test-compile) and runs its classes.
set -euo pipefail

BENCH="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$BENCH/.." && pwd)"
WORK="$BENCH/work/sync"
USERS="${SYNC_USERS:-100000}"
HEAP_USERS="${SYNC_HEAP_USERS:-1000000}"
PAGE="${SYNC_PAGE_SIZE:-1000}"
XMX="${SYNC_XMX:-256m}"
log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
mkdir -p "$WORK"

log "Compiling the repository (mvn -o -q test-compile) and resolving its test classpath"
mvn -o -q -f "$ROOT/pom.xml" test-compile >&2
mvn -o -q -f "$ROOT/pom.xml" dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$WORK/classpath" >/dev/null
CP="$ROOT/target/classes:$ROOT/target/test-classes:$(cat "$WORK/classpath")"

PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do
    if kill -0 "$pid" 2>/dev/null; then kill -TERM "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
  done
}
trap cleanup EXIT
trap 'exit 130' INT TERM

rm -rf "$WORK/pg" "$WORK/pg.port"
log "Starting the embedded PostgreSQL (as the plugin does: fsync, synchronous_commit, full_page_writes off)"
java -cp "$CP" "$BENCH/PgLauncher.java" "$WORK/pg" "$WORK/pg.port" >"$WORK/pg-launcher.log" 2>&1 &
PIDS+=($!)
for _ in $(seq 240); do [[ -s "$WORK/pg.port" ]] && break; sleep 0.5; done
[[ -s "$WORK/pg.port" ]] || { cat "$WORK/pg-launcher.log" >&2; exit 1; }
PORT="$(cat "$WORK/pg.port")"

# Runs one Casdoor test server JVM (its own heap, not measured) with N users, then the benchmark JVM.
run() {   # users mode
  local users=$1 mode=$2 endpoint_file="$WORK/casdoor-$1.endpoint"
  rm -f "$endpoint_file"
  java -Xmx512m -cp "$CP" io.wataomi.casdoor.testing.CasdoorTestServerMain "$users" "$endpoint_file" >"$WORK/casdoor-$users.log" 2>&1 &
  local server=$!
  PIDS+=($server)
  for _ in $(seq 120); do [[ -s "$endpoint_file" ]] && break; sleep 0.5; done
  [[ -s "$endpoint_file" ]] || { cat "$WORK/casdoor-$users.log" >&2; exit 1; }
  log "Casdoor test server with $users users at $(cat "$endpoint_file"); syncing with -Xmx$XMX ($mode)"
  java -Xmx"$XMX" -cp "$CP" "$BENCH/SyncBench.java" "$PORT" "$(cat "$endpoint_file")" "$users" "$PAGE" "$ROOT/examples/quickstart" "$mode"
  kill -TERM "$server"; wait "$server" 2>/dev/null || true
}

{
  echo "Sync benchmark, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $(java -version 2>&1 | head -1)," \
       "commit $(cd "$ROOT" && git rev-parse --short HEAD)$(cd "$ROOT" && [[ -n "$(git status --porcelain -- src/main 2>/dev/null)" ]] && echo ' + uncommitted changes in src/main' || true)," \
       "1-min load average $(cut -d' ' -f1 /proc/loadavg)"
  if (( USERS > 0 )); then run "$USERS" compare; fi
  if (( HEAP_USERS > 0 )); then run "$HEAP_USERS" wataomi; fi
} 2>&1 | grep -v '^SLF4J' | tee "$WORK/results.txt"
log "Results: $WORK/results.txt"
