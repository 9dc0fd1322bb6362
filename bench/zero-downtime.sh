#!/usr/bin/env bash
# Benchmark: how long does a schema change stall an application that is using the table?
# A table of 1,000,000 rows, a pgbench load of 100 transactions/s reading and writing it, and a session idle in a
# transaction that has read it (released 20 s after the migration began to wait for a lock). Each revision kind of issue 9 is applied to a fresh copy of the
# table with liquibase-maven-plugin:4.33.0:update (the change as Liquibase users write it) and with wataomi:upgrade
# (the revision `mvn wataomi:create` wrote for the same entity change); per kind and tool it prints the longest
# interval with no completed transaction, the p99 latency, the tool's wall time and outcome.
# Usage: bash bench/zero-downtime.sh   (from anywhere; paths are relative to this script)
# Env:   ZD_ROWS=1000000               rows of the table
#        ZD_RATE=100 ZD_CLIENTS=8      pgbench rate (transactions/s, -R) and clients
#        ZD_HOLD=20                    seconds the idle-in-transaction session keeps its lock once the migration waits
#                                      for one on the tables (it is released when the migration ends, if sooner)
#        ZD_LOCK_TIMEOUT_MS=5000       wataomi.ddlLockTimeout (the plugin's default: 5s)
#        ZD_LOCK_RETRIES=5             wataomi.ddlLockRetries (the plugin's default: 5)
#        ZD_KINDS="nullable-column index not-null-default int-to-bigint foreign-key"
#        ZD_TOOLS="liquibase wataomi"  add wataomi-1try for wataomi with wataomi.ddlLockRetries=0 (one try)
#        BENCH_INSTALL=auto            auto: `mvn install` the plugin into M2_REPO when it is missing or its sources are
#                                      newer than the installed jar; 1: always; 0: never
#        M2_REPO=~/.m2/repository      the local repository the plugin is installed to; the timed mvn runs use a frozen
#                                      copy of it (bench/work/zero-downtime/m2)
set -euo pipefail

BENCH="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$BENCH/.." && pwd)"
WORK="$BENCH/work/zero-downtime"
LOGS="$WORK/logs"
ROWS="${ZD_ROWS:-1000000}"
RATE="${ZD_RATE:-100}"
CLIENTS="${ZD_CLIENTS:-8}"
HOLD="${ZD_HOLD:-20}"
LOCK_TIMEOUT_MS="${ZD_LOCK_TIMEOUT_MS:-5000}"
LOCK_RETRIES="${ZD_LOCK_RETRIES:-5}"
KINDS=(${ZD_KINDS:-nullable-column index not-null-default int-to-bigint foreign-key})
TOOLS=(${ZD_TOOLS:-liquibase wataomi})
M2="${M2_REPO:-$HOME/.m2/repository}"
VERSION=0.1.0-SNAPSHOT
PLUGIN_JAR="$M2/io/wataomi/wataomi-maven-plugin/$VERSION/wataomi-maven-plugin-$VERSION.jar"
MVN_TIMEOUT=300      # seconds one migration may take before the run fails
MAX_HOLD_MS=150000   # the blocker is released this long after the migration started at the latest
PGBENCH_BOUND=420    # seconds: pgbench's own -T, should the script be unable to stop it
TAIL_MS=5000         # load kept after the measured window, so that pgbench's buffered log covers the window
unset DATABASE_URL || true   # wataomi reads it; the bench passes -Dwataomi.url explicitly
source "$BENCH/lib.sh"
die() { log "FAILED: $*"; exit 1; }
now_ms() { date +%s%3N; }
T_RUN=$(now_ms)
for tool in "${TOOLS[@]}"; do
  [[ "$tool" =~ ^(liquibase|wataomi|wataomi-1try)$ ]] || die "unknown tool '$tool' in ZD_TOOLS; use liquibase, wataomi, wataomi-1try"
done
command -v pgbench >/dev/null && command -v psql >/dev/null || die "pgbench and psql are needed (apt-get install postgresql-client)"
rm -rf "$WORK/logs" "$WORK/pgbench" "$WORK/blocker" "$WORK/projects" "$WORK/revisions"
mkdir -p "$LOGS" "$WORK/pgbench" "$WORK/blocker" "$WORK/revisions"

# ---------------------------------------------------------------- processes started here, stopped on exit
PGBENCH_PID="" BLOCKER_PID="" MVN_PID=""
kill_tree() {   # a process started by this script and its children
  local pid=$1 child
  for child in $(ps -o pid= --ppid "$pid" 2>/dev/null); do kill_tree "$child"; done
  kill -TERM "$pid" 2>/dev/null || true
}
cleanup() {
  for pid in "$MVN_PID" "$BLOCKER_PID" "$PGBENCH_PID"; do [[ -n "$pid" ]] && kill_tree "$pid"; done
  stop_pg
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# ---------------------------------------------------------------- 1. plugin installed and current, frozen copy
install_plugin || die "mvn install of the plugin"
REPO="$WORK/m2"
freeze_repository "$REPO" || die "no usable plugin jar in the copy of $M2"
JAR_SHA=$(sha256sum "$PLUGIN_COPY" | cut -c1-12)
PLUGIN_REV="$(plugin_revision)"
MVN=(mvn -B -ntp -Dmaven.repo.local="$REPO")

log "Resolving the plugin's runtime classpath"
"${MVN[@]}" -q -f "$ROOT/pom.xml" dependency:build-classpath -Dmdep.outputFile="$WORK/plugin.classpath" >"$LOGS/classpath.log" 2>&1 \
  || { tail -20 "$LOGS/classpath.log" >&2; die "dependency:build-classpath"; }
CP="$(cat "$WORK/plugin.classpath"):$PLUGIN_COPY"
javac -d "$WORK/classes" "$BENCH/ZeroDowntime.java"
zd() { java -cp "$WORK/classes" ZeroDowntime "$@"; }

# ---------------------------------------------------------------- 2. one PostgreSQL for the run
start_postgres "$CP" "$WORK/pg" "$WORK/pg.port" "$LOGS/launcher.log" || die "PostgreSQL did not start"
PG_VERSION="$(psql -h localhost -p "$PORT" -U postgres -d postgres -Atqc 'SHOW server_version')"
log "PostgreSQL $PG_VERSION on port $PORT"

copy_db() {   # fresh copy of the template: a file copy, no WAL
  psql_db postgres -c "DROP DATABASE IF EXISTS $1 WITH (FORCE)" -c "CREATE DATABASE $1 TEMPLATE zd_template STRATEGY FILE_COPY"
}
in_project() {   # project log-name mvn-args...: one mvn run in a generated project, failing loudly
  local dir=$1 name=$2; shift 2
  (cd "$dir" && "${MVN[@]}" "$@") >"$LOGS/$name.log" 2>&1 || { tail -40 "$LOGS/$name.log" >&2; die "mvn $* in $dir (log: $LOGS/$name.log)"; }
}
DEV_URL="jdbc:postgresql://localhost:$PORT/postgres?user=postgres"   # create's scratch databases, on this server
WATAOMI_DB=(-Dwataomi.username=postgres -Dwataomi.devUrl="$DEV_URL")

# ---------------------------------------------------------------- 3. the table and the revisions create writes
PROJECTS="$WORK/projects"
BASE="$PROJECTS/base"
zd project "$BASE" "$VERSION"
psql_db postgres -c "DROP DATABASE IF EXISTS zd_template WITH (FORCE)" -c "CREATE DATABASE zd_template"
log "Base revision (wataomi:create) and upgrade of the empty template database"
in_project "$BASE" create-base wataomi:create -Dwataomi.message=base -Dwataomi.url="$(jdbc_url zd_template)" "${WATAOMI_DB[@]}"
in_project "$BASE" upgrade-base wataomi:upgrade -Dwataomi.url="$(jdbc_url zd_template)" "${WATAOMI_DB[@]}"
log "Filling owner (1,000 rows) and account ($ROWS rows)"
psql_db zd_template \
  -c "INSERT INTO owner (id, name) SELECT g, 'owner ' || g FROM generate_series(1, 1000) g" \
  -c "INSERT INTO account (id, owner_id, qty, payload, note)
      SELECT g, 1 + g % 1000, g % 100, md5(g::text), 'note ' || (g::bigint * 7919 % 100000) FROM generate_series(1, $ROWS) g" \
  -c "VACUUM ANALYZE" || die "filling the template database"
TABLE_SIZE="$(psql_db zd_template -c "SELECT pg_size_pretty(pg_total_relation_size('account'))")"

# One project per kind: the base project with the entity changed, and the revision create writes for it
# against the template database (at the base revision, 1,000,000 rows).
for kind in "${KINDS[@]}"; do
  dir="$PROJECTS/$kind"
  cp -a "$BASE" "$dir"; rm -rf "$dir/target"
  zd entities "$dir" "$kind"
  log "wataomi:create for $kind"
  in_project "$dir" "create-$kind" wataomi:create -Dwataomi.message="$kind" -Dwataomi.url="$(jdbc_url zd_template)" "${WATAOMI_DB[@]}"
  detected=$(grep -c '^\[INFO\] Detected ' "$LOGS/create-$kind.log" || true)
  [[ "$detected" == 1 ]] || { grep 'Detected' "$LOGS/create-$kind.log" >&2 || true; die "create for $kind detected $detected changes, expected 1"; }
  revision="$(comm -13 <(ls "$BASE/src/main/resources/db/changelog/versions") <(ls "$dir/src/main/resources/db/changelog/versions"))"
  [[ $(wc -w <<<"$revision") == 1 ]] || die "create for $kind wrote [$revision], expected one revision (log: $LOGS/create-$kind.log)"
  revision="$dir/src/main/resources/db/changelog/versions/$revision"
  cp "$revision" "$WORK/revisions/$kind.xml"
done

# Applied: the change is in the catalog, valid, after a successful run.
applied_sql() {
  case $1 in
    nullable-column) echo "SELECT count(*) = 1 FROM information_schema.columns WHERE table_name = 'account' AND column_name = 'bio'" ;;
    index) echo "SELECT coalesce(bool_and(indisvalid), false) FROM pg_index WHERE indexrelid = to_regclass('public.ix_account_note')" ;;
    not-null-default) echo "SELECT count(*) = 1 FROM information_schema.columns WHERE table_name = 'account' AND column_name = 'score' AND is_nullable = 'NO'" ;;
    int-to-bigint) echo "SELECT data_type = 'bigint' FROM information_schema.columns WHERE table_name = 'account' AND column_name = 'qty'" ;;
    foreign-key) echo "SELECT coalesce(bool_and(convalidated), false) FROM pg_constraint WHERE conname = 'fk_account_owner'" ;;
  esac
}

tool_args() {   # tool kind: the directory to run in and the mvn arguments
  local db_url=$(jdbc_url zd_trial)
  case $1 in
    liquibase) echo "$BASE"; printf '%s\n' liquibase:update -Dliquibase.url="$db_url" -Dliquibase.username=postgres \
                 -Dliquibase.changeLogFile="liquibase/$2.xml" -Dliquibase.searchPath="$BASE" -Dliquibase.analytics.enabled=false ;;
    wataomi) echo "$PROJECTS/$2"; printf '%s\n' wataomi:upgrade -Dwataomi.url="$db_url" -Dwataomi.username=postgres \
                 -Dwataomi.ddlLockTimeout="${LOCK_TIMEOUT_MS}ms" -Dwataomi.ddlLockRetries="$LOCK_RETRIES" ;;
    wataomi-1try) echo "$PROJECTS/$2"; printf '%s\n' wataomi:upgrade -Dwataomi.url="$db_url" -Dwataomi.username=postgres \
                 -Dwataomi.ddlLockTimeout="${LOCK_TIMEOUT_MS}ms" -Dwataomi.ddlLockRetries=0 ;;
  esac
}

# ---------------------------------------------------------------- 4. warm-up (online, no load, not measured)
log "Warm-up (online, not measured): liquibase:update once on a copy of the table, no load"
for tool in liquibase; do
  copy_db zd_trial
  mapfile -t args < <(tool_args $tool "${KINDS[0]}")
  (cd "${args[0]}" && mvn -B -ntp -Dmaven.repo.local="$REPO" "${args[@]:1}") >"$LOGS/warmup-$tool.log" 2>&1 \
    || { tail -40 "$LOGS/warmup-$tool.log" >&2; die "warm-up of $tool (log: $LOGS/warmup-$tool.log)"; }
  [[ "$(psql_db zd_trial -c "$(applied_sql "${KINDS[0]}")")" == t ]] || die "warm-up of $tool did not apply ${KINDS[0]}"
done

# ---------------------------------------------------------------- 5. the measured runs
LOCK_WAITS="SELECT count(*) FROM pg_locks WHERE NOT granted AND locktype = 'relation'
  AND database = (SELECT oid FROM pg_database WHERE datname = current_database())
  AND relation IN ('account'::regclass, 'owner'::regclass)"
cat >"$WORK/pgbench/load.sql" <<'EOF'
\set id random(1, 1000000)
BEGIN;
SELECT payload, qty FROM account WHERE id = :id;
UPDATE account SET qty = qty + 1 WHERE id = :id;
END;
EOF
sed -i "s/random(1, 1000000)/random(1, $ROWS)/" "$WORK/pgbench/load.sql"
echo "kind,tool,outcome,tries,wall_ms,stall_ms,p99_ms,txns,failed_txns,base_stall_ms,base_p99_ms,first_wait_ms,held_after_wait_ms,loadavg1,stalls_s" >"$WORK/trials.csv"

trial() {   # kind tool
  local kind=$1 tool=$2 tag="$1-$2" load t_load t_start t_end t_release window_end rc outcome tries
  copy_db zd_trial
  load=$(cut -d' ' -f1 /proc/loadavg)
  mapfile -t args < <(tool_args "$tool" "$kind")

  t_load=$(now_ms)
  (cd "$WORK/pgbench" && exec pgbench -h localhost -p "$PORT" -U postgres -n -f load.sql -R "$RATE" -c "$CLIENTS" -j 1 \
      -T "$PGBENCH_BOUND" -l --log-prefix="$tag" zd_trial) >"$LOGS/$tag.pgbench.log" 2>&1 &
  PGBENCH_PID=$!
  sleep 4
  kill -0 "$PGBENCH_PID" 2>/dev/null || { cat "$LOGS/$tag.pgbench.log" >&2; die "pgbench ended early ($tag)"; }

  # The report: a session that has read the table and stays idle in its transaction until released (below).
  ( ( printf 'BEGIN;\nSELECT count(*) FROM account WHERE id <= 1000;\n'
      while [[ ! -e "$WORK/blocker/$tag.release" ]]; do sleep 0.1; done
      printf 'COMMIT;\n'
    ) | PGAPPNAME=report-job psql -h localhost -p "$PORT" -U postgres -d zd_trial -v ON_ERROR_STOP=1 -Atq ) >"$LOGS/$tag.blocker.log" 2>&1 &
  BLOCKER_PID=$!
  for _ in $(seq 100); do
    [[ "$(psql_db zd_trial -c "SELECT count(*) FROM pg_stat_activity WHERE application_name = 'report-job' AND state = 'idle in transaction'")" == 1 ]] && break
    sleep 0.1
  done
  [[ "$(psql_db zd_trial -c "SELECT count(*) FROM pg_locks l JOIN pg_stat_activity a USING (pid)
        WHERE a.application_name = 'report-job' AND l.relation = 'account'::regclass AND l.granted")" == 1 ]] \
    || die "the blocking session does not hold its lock on account ($tag; log: $LOGS/$tag.blocker.log)"
  sleep 1

  log "  $kind / $tool: load ${RATE}/s running, report-job idle in transaction; starting mvn ${args[1]} (load avg $load)"
  t_start=$(now_ms)
  (cd "${args[0]}" && exec timeout "$MVN_TIMEOUT" "${MVN[@]}" -o "${args[@]:1}") >"$LOGS/$tag.mvn.log" 2>&1 &
  MVN_PID=$!
  # The report ends its transaction HOLD seconds after the migration began to wait for a lock on the tables, whenever
  # that is (the tool's start-up takes seconds, more on a busy machine); at once if the migration ends without waiting.
  t_wait="" t_release=""
  while kill -0 "$MVN_PID" 2>/dev/null; do
    if [[ -z "$t_release" ]]; then
      if [[ -z "$t_wait" && "$(psql_db zd_trial -c "$LOCK_WAITS")" != 0 ]]; then t_wait=$(now_ms); fi
      if [[ -n "$t_wait" ]] && (( $(now_ms) >= t_wait + HOLD * 1000 )) || (( $(now_ms) >= t_start + MAX_HOLD_MS )); then
        t_release=$(now_ms); touch "$WORK/blocker/$tag.release"
      fi
    fi
    sleep 0.2
  done
  if wait "$MVN_PID"; then rc=0; else rc=$?; fi
  t_end=$(now_ms); MVN_PID=""
  [[ -n "$t_release" ]] || { t_release=$t_end; touch "$WORK/blocker/$tag.release"; }
  wait "$BLOCKER_PID" || die "the blocking session failed ($tag; log: $LOGS/$tag.blocker.log)"
  BLOCKER_PID=""
  window_end=$(( (t_end > t_release ? t_end : t_release) + 1000 ))
  while (( $(now_ms) < window_end + TAIL_MS )); do sleep 0.5; done
  kill -0 "$PGBENCH_PID" 2>/dev/null || { cat "$LOGS/$tag.pgbench.log" >&2; die "pgbench ended before the window did ($tag)"; }
  kill -INT "$PGBENCH_PID"; wait "$PGBENCH_PID" 2>/dev/null || true; PGBENCH_PID=""
  ! grep -q 'aborted' "$LOGS/$tag.pgbench.log" || { cat "$LOGS/$tag.pgbench.log" >&2; die "a pgbench client aborted ($tag)"; }

  figures=$(zd stall "$WORK/pgbench/$tag." "$t_start" "$window_end" "$((t_load + 2000))") || die "no figures from the pgbench log ($tag)"
  read -r stall p99 txns last base_stall base_p99 stalls <<<"$figures"
  (( last >= window_end )) || die "pgbench's log ends at $last, before the window's end $window_end ($tag)"
  failed=$(cat "$WORK/pgbench/$tag".[0-9]* | awk 'NF >= 6 && $3 !~ /^[0-9]+$/' | wc -l)   # "failed" or "skipped"; the last line may be cut short

  tries=$(( $(grep -c '(try [0-9]* of [0-9]*)' "$LOGS/$tag.mvn.log" || true) + 1 ))
  if (( rc == 0 )); then
    [[ "$(psql_db zd_trial -c "$(applied_sql "$kind")")" == t ]] || die "$tool reported success but $kind is not applied ($tag)"
    outcome=success
  elif [[ $tool == wataomi* ]] && grep -q 'Gave up after' "$LOGS/$tag.mvn.log"; then
    [[ "$(psql_db zd_trial -c "$(applied_sql "$kind")")" == f ]] || die "$tool gave up but $kind is applied ($tag)"
    outcome="gave up on the lock"
  else
    tail -40 "$LOGS/$tag.mvn.log" >&2; die "mvn ${args[1]} for $kind exited with $rc (log: $LOGS/$tag.mvn.log)"
  fi
  [[ $tool == liquibase ]] && tries=""
  first_wait=${t_wait:+$((t_wait - t_start))}; held=${t_wait:+$((t_release - t_wait))}
  echo "$kind,$tool,$outcome,$tries,$((t_end - t_start)),$stall,$p99,$txns,$failed,$base_stall,$base_p99,$first_wait,$held,$load,$stalls" >>"$WORK/trials.csv"
  log "  $kind / $tool: $outcome${tries:+ ($tries tries)}, wall $((t_end - t_start)) ms, longest stall $stall ms, p99 $p99 ms" \
      "(stalls of 1 s or more: $stalls s; $txns transactions; ${first_wait:+first lock wait $first_wait ms after the start, blocker released $held ms after it; }" \
      "before the migration: longest gap $base_stall ms, p99 $base_p99 ms)"
}

log "Measuring: ${#KINDS[@]} kinds x ${#TOOLS[@]} tools, ${RATE} transactions/s, blocker held ${HOLD} s, wataomi.ddlLockTimeout=${LOCK_TIMEOUT_MS}ms"
i=0
for kind in "${KINDS[@]}"; do
  order=("${TOOLS[@]}")
  (( i++ % 2 )) && order=($(printf '%s\n' "${TOOLS[@]}" | tac))   # tools alternate which goes first
  for tool in "${order[@]}"; do trial "$kind" "$tool"; done
done
psql_db postgres -c "DROP DATABASE IF EXISTS zd_trial WITH (FORCE)"

# ---------------------------------------------------------------- 6. report
field() { awk -F, -v k="$1" -v t="$2" -v c="$3" '$1 == k && $2 == t { print $c }' "$WORK/trials.csv"; }
sec() { awk -v ms="$1" 'BEGIN { if (ms == "" || ms == "NaN") print "-"; else printf "%.2f s", ms / 1000 }'; }
TARGET_MS=$((LOCK_TIMEOUT_MS + 1000))
LOADS=$(awk -F, 'NR > 1 { print $14 }' "$WORK/trials.csv" | sort -n | awk '{ a[NR] = $1 } END { printf "%s..%s", a[1], a[NR] }')
{
  echo "Zero-downtime benchmark, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $(java -version 2>&1 | head -1), PostgreSQL $PG_VERSION (embedded), $(pgbench --version)"
  echo "Plugin: working tree at $PLUGIN_REV, jar sha256 $JAR_SHA. Table account: $ROWS rows, $TABLE_SIZE; owner: 1,000 rows."
  echo "Load: pgbench -R $RATE -c $CLIENTS (read + update one account row per transaction); report-job idle in transaction from 1 s"
  echo "before each mvn until $HOLD s after the migration first waited for a lock on the tables, or the migration's end. wataomi: wataomi.ddlLockTimeout=${LOCK_TIMEOUT_MS}ms, wataomi.ddlLockRetries=$LOCK_RETRIES (wataomi-1try: 0)."
  echo "1-min load average before each run: $LOADS. Target: wataomi's longest stall <= lock timeout + 1 s = $(sec $TARGET_MS)."
  echo
  printf '%-17s %-13s %-21s %5s %9s %14s %10s %9s %9s %-7s %s\n' kind tool outcome tries wall "longest stall" p99 "stall/lb" "p99/lb" target "stalls >= 1 s"
  for kind in "${KINDS[@]}"; do
    for tool in "${TOOLS[@]}"; do
      stall=$(field "$kind" "$tool" 6); p99=$(field "$kind" "$tool" 7)
      if [[ $tool == liquibase ]]; then verdict="" rs="" rp=""; else
        rs=$(ratio "$stall" "$(field "$kind" liquibase 6)"); rp=$(ratio "$p99" "$(field "$kind" liquibase 7)")
        verdict=$( (( stall <= TARGET_MS )) && echo meets || echo MISSES ); fi
      printf '%-17s %-13s %-21s %5s %9s %14s %10s %9s %9s %-7s %s\n' "$kind" "$tool" "$(field "$kind" "$tool" 3)" "$(field "$kind" "$tool" 4)" \
        "$(sec "$(field "$kind" "$tool" 5)")" "$(sec "$stall")" "$(sec "$p99")" "$rs" "$rp" "$verdict" "$(field "$kind" "$tool" 15)"
    done
  done
  echo
  echo "Before each migration (load + report-job only): longest gap $(awk -F, 'NR > 1 { print $10 }' "$WORK/trials.csv" | sort -n | tail -1) ms at most," \
       "p99 $(awk -F, 'NR > 1 { print $11 }' "$WORK/trials.csv" | sort -n | head -1)..$(awk -F, 'NR > 1 { print $11 }' "$WORK/trials.csv" | sort -n | tail -1) ms."
  echo "What create rendered (changeSet comments of each revision; the Liquibase changelogs are in $BASE/liquibase):"
  for kind in "${KINDS[@]}"; do
    sed -n 's/.*<comment>\(.*\)<\/comment>.*/\1/p' "$WORK/revisions/$kind.xml" | grep -v '^Revision ' | sed "s/^/  $kind: /; s/&gt;/>/g"
  done
  echo "Whole run: $(( ($(now_ms) - T_RUN) / 1000 )) s."
} | tee "$WORK/results.txt"
log "Per-run figures: $WORK/trials.csv; logs: $LOGS; pgbench logs: $WORK/pgbench"
