#!/usr/bin/env bash
# Benchmark: mvn wataomi:upgrade vs mvn liquibase:update (4.33.0) on 500 revisions / 1,500 changeSets.
# Usage: bash bench/run.sh            (from anywhere; paths are relative to this script)
# Env:   BENCH_REPS=5                 repetitions per measurement (median reported)
#        BENCH_REVISIONS=500          revisions to generate (3 changeSets + 1 marker each)
#        BENCH_PROFILE=1              after the measurements, one JFR-recorded apply and no-op per tool
#                                     (not counted), with a CPU breakdown and the SQL round trips
#        BENCH_INSTALL=auto           auto: `mvn install` the plugin when it is not installed or its sources
#                                     are newer than the installed jar; 1: always; 0: never
#        M2_REPO=~/.m2/repository     the local repository the plugin is installed to
# The timed mvn runs use a private copy of that repository (bench/work/m2), so that another build
# installing the plugin meanwhile cannot swap the jar under a running benchmark.
set -euo pipefail

BENCH="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$BENCH/.." && pwd)"
WORK="$BENCH/work"
PROJECT="$WORK/project"
LOGS="$WORK/logs"
REPS="${BENCH_REPS:-5}"
REVISIONS="${BENCH_REVISIONS:-500}"
M2="${M2_REPO:-$HOME/.m2/repository}"
PLUGIN_JAR="$M2/io/wataomi/wataomi-maven-plugin/0.1.0-SNAPSHOT/wataomi-maven-plugin-0.1.0-SNAPSHOT.jar"
DB_W=bench_wataomi
DB_L=bench_liquibase
unset DATABASE_URL || true   # wataomi reads it; the bench passes -Dwataomi.url explicitly
source "$BENCH/lib.sh"
mkdir -p "$WORK" "$LOGS"

# ---------------------------------------------------------------- 1. plugin installed and current
install_plugin

# The plugin's runtime classpath (for the PostgreSQL launcher), resolved into the shared repository.
log "Resolving the plugin's runtime classpath"
mvn -q -f "$ROOT/pom.xml" dependency:build-classpath -Dmdep.outputFile="$WORK/plugin.classpath" >/dev/null

# A private, frozen copy of the local repository for the whole run.
REPO="$WORK/m2"
freeze_repository "$REPO"
JAR_SHA=$(sha256sum "$PLUGIN_COPY" | cut -c1-12)
PLUGIN_REV="$(plugin_revision)"
JAR_DATE=$(date -u -r "$PLUGIN_COPY" '+%Y-%m-%d %H:%M UTC')

# ---------------------------------------------------------------- 2. the generated project
log "Generating $REVISIONS revisions in $PROJECT"
java "$BENCH/Generate.java" "$PROJECT" "$REVISIONS" >&2

# ---------------------------------------------------------------- 3. one PostgreSQL for the run
CP="$(sed "s|$M2/|$REPO/|g" "$WORK/plugin.classpath"):$PLUGIN_COPY"

trap stop_postgres EXIT
trap 'exit 130' INT TERM
rm -f "$WORK/pg.log"
start_postgres "$CP" "$WORK/pg" "$WORK/pg.port" "$LOGS/launcher.log"
log "PostgreSQL $(psql -h localhost -p "$PORT" -U postgres -d postgres -Atqc 'SHOW server_version') on port $PORT"

fresh_db() {
  psql_db postgres -c "DROP DATABASE IF EXISTS $1 WITH (FORCE)" -c "CREATE DATABASE $1" \
    ${LOG_STATEMENTS:+-c "ALTER DATABASE $1 SET log_min_duration_statement = 0"}
}

url() { echo "jdbc:postgresql://localhost:$PORT/$1"; }
WATAOMI_ARGS=(wataomi:upgrade -Dwataomi.url="$(url $DB_W)" -Dwataomi.username=postgres)
LIQUIBASE_ARGS=(liquibase:update -Dliquibase.url="$(url $DB_L)" -Dliquibase.username=postgres
  -Dliquibase.changeLogFile=db/changelog/db.changelog-master.xml -Dliquibase.searchPath=src/main/resources
  -Dliquibase.analytics.enabled=false)

# Runs one mvn command in the project; prints "wall_ms cpu_ms": the wall time of the whole process (the
# measure: what users wait for) and its user+sys CPU time (less sensitive to other load on the machine).
timed_mvn() {
  local name=$1; shift
  local t0 t1 cpu
  t0=$(date +%s%N)
  if ! (cd "$PROJECT" && mvn -Dmaven.repo.local="$REPO" "$@" >"$LOGS/$name.log" 2>&1; rc=$?; times >"$LOGS/$name.times"; exit $rc); then
    log "FAILED: mvn $* (log: $LOGS/$name.log)"; tail -40 "$LOGS/$name.log" >&2; exit 1
  fi
  t1=$(date +%s%N)
  # second line of `times`: children's user and sys time, e.g. "0m4.130s 0m0.480s"
  cpu=$(awk 'NR == 2 { s = 0; for (i = 1; i <= 2; i++) { split($i, a, /[ms]/); s += a[1] * 60 + a[2] } printf "%d", s * 1000 }' "$LOGS/$name.times")
  echo "$(( (t1 - t0) / 1000000 )) $cpu"
}

run_tool() {   # tool phase rep offline-flag
  local tool=$1 phase=$2 rep=$3 off=$4 load out
  load=$(cut -d' ' -f1 /proc/loadavg 2>/dev/null || echo NA)
  if [[ $tool == wataomi ]]; then
    [[ $phase == apply ]] && fresh_db $DB_W
    out=$(timed_mvn "$tool-$phase-$rep" $off -q "${WATAOMI_ARGS[@]}")
  else
    [[ $phase == apply ]] && fresh_db $DB_L
    out=$(timed_mvn "$tool-$phase-$rep" $off -q "${LIQUIBASE_ARGS[@]}")
  fi
  read -r ms cpu <<<"$out"
  echo "$rep,$tool,$phase,$ms,$cpu,$load" >>"$WORK/timings.csv"
  log "  rep $rep  $tool  $phase  wall ${ms} ms  cpu ${cpu} ms  (load avg before: $load)"
}

# ---------------------------------------------------------------- 4. measure
# Warm-up (online, not counted): downloads both plugins' dependencies, checks both commands work,
# and brings the JDK, Maven and the changelogs into the OS file cache.
log "Warm-up (online, not timed): one apply and one no-op per tool"
echo "rep,tool,phase,wall_ms,cpu_ms,loadavg1" >"$WORK/timings.csv"
for tool in wataomi liquibase; do
  run_tool $tool apply warmup "" ; run_tool $tool noop warmup ""
done

log "Measuring: $REPS repetitions, tools alternating (order swapped each repetition), mvn -o -q"
for rep in $(seq 1 "$REPS"); do
  if (( rep % 2 )); then order=(wataomi liquibase); else order=(liquibase wataomi); fi
  for tool in "${order[@]}"; do run_tool "$tool" apply "$rep" -o; done
  for tool in "${order[@]}"; do run_tool "$tool" noop "$rep" -o; done
done

# ---------------------------------------------------------------- 5. report
median() { sort -n | awk '{a[NR]=$1} END {if (NR == 0) print "NaN"; else if (NR % 2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }
series() { awk -F, -v t="$1" -v p="$2" -v c="${3:-4}" '$2==t && $3==p && $1 ~ /^[0-9]+$/ {print $c}' "$WORK/timings.csv"; }
list() { series "$1" "$2" "${3:-4}" | paste -sd' ' -; }

AW=$(series wataomi apply | median); AL=$(series liquibase apply | median)
NW=$(series wataomi noop | median);  NL=$(series liquibase noop | median)
RA=$(awk -v a="$AW" -v b="$AL" 'BEGIN {printf "%.2f", a/b}')
RN=$(awk -v a="$NW" -v b="$NL" 'BEGIN {printf "%.2f", a/b}')
CAW=$(series wataomi apply 5 | median); CAL=$(series liquibase apply 5 | median)
CNW=$(series wataomi noop 5 | median);  CNL=$(series liquibase noop 5 | median)
CRA=$(awk -v a="$CAW" -v b="$CAL" 'BEGIN {printf "%.2f", a/b}')
CRN=$(awk -v a="$CNW" -v b="$CNL" 'BEGIN {printf "%.2f", a/b}')
LOADS=$(awk -F, '$1 ~ /^[0-9]+$/ {print $6}' "$WORK/timings.csv" | sort -n | awk '{a[NR]=$1} END {printf "%s..%s (median %s)", a[1], a[NR], a[int((NR+1)/2)]}')

verdict() { awk -v r="$1" -v t="$2" 'BEGIN {print (r <= t) ? "meets target <= " t : "MISSES target <= " t}'; }

# ---------------------------------------------------------------- sanity: same schema, 500 revisions
schema_sql="
WITH t AS (SELECT c.oid, c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
           WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname NOT LIKE 'databasechangelog%')
SELECT (SELECT count(*) FROM t) AS tables,
       (SELECT count(*) FROM information_schema.columns WHERE table_schema = 'public' AND table_name IN (SELECT relname FROM t)) AS columns,
       (SELECT count(*) FROM pg_index i JOIN t ON t.oid = i.indrelid) AS indexes,
       (SELECT count(*) FROM pg_constraint k JOIN t ON t.oid = k.conrelid WHERE k.contype = 'f') AS fks,
       (SELECT count(*) FROM pg_constraint k JOIN t ON t.oid = k.conrelid WHERE k.contype = 'u') AS uniques,
       md5((SELECT string_agg(x, E'\n' ORDER BY x) FROM (
            SELECT format('col %s.%s %s %s %s', table_name, column_name, data_type, is_nullable, coalesce(column_default, '')) AS x
              FROM information_schema.columns WHERE table_schema = 'public' AND table_name IN (SELECT relname FROM t)
            UNION ALL SELECT format('con %s %s %s', t.relname, k.conname, pg_get_constraintdef(k.oid))
              FROM pg_constraint k JOIN t ON t.oid = k.conrelid
            UNION ALL SELECT format('idx %s', pg_get_indexdef(i.indexrelid))
              FROM pg_index i JOIN t ON t.oid = i.indrelid) s)) AS signature"
history_sql="SELECT count(*), count(*) FILTER (WHERE author = 'wataomi'),
  md5(string_agg(filename || '::' || id || '::' || author || '::' || md5sum, E'\n' ORDER BY filename, id, author))
  FROM databasechangelog"
SW=$(psql_db $DB_W -F' ' -c "$schema_sql"); SL=$(psql_db $DB_L -F' ' -c "$schema_sql")
HW=$(psql_db $DB_W -F' ' -c "$history_sql"); HL=$(psql_db $DB_L -F' ' -c "$history_sql")
read -r W_ROWS W_REVS W_HMD5 <<<"$HW"; read -r L_ROWS L_REVS L_HMD5 <<<"$HL"
read -r tables columns indexes fks uniques _ <<<"$SW"
ok=1
[[ "$SW" == "$SL" ]] || { log "SANITY FAILED: schemas differ: wataomi [$SW] vs liquibase [$SL]"; ok=0; }
[[ "$W_REVS" == "$REVISIONS" ]] || { log "SANITY FAILED: wataomi recorded $W_REVS revisions, expected $REVISIONS"; ok=0; }
[[ "$W_ROWS" == "$((REVISIONS * 4))" && "$L_ROWS" == "$((REVISIONS * 4))" ]] || { log "SANITY FAILED: history rows $W_ROWS / $L_ROWS"; ok=0; }
[[ "$W_HMD5" == "$L_HMD5" ]] || { log "SANITY FAILED: history (filename::id::author::md5sum) differs between the tools"; ok=0; }

{
  echo "wataomi vs liquibase benchmark, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $(java -version 2>&1 | head -1), $(mvn -v 2>/dev/null | head -1 | sed 's/\x1b\[[0-9;]*m//g')"
  echo "Plugin: working tree at $PLUGIN_REV (when the run started), plugin jar sha256 $JAR_SHA (installed $JAR_DATE)"
  echo "Project: $REVISIONS revisions, $((REVISIONS * 3)) changeSets + $REVISIONS markers; PostgreSQL $(psql_db postgres -c 'SHOW server_version') (embedded, fsync off)"
  echo "Wall time of the whole mvn -o -q process, median of $REPS (ms):"
  printf '  %-28s %9s %11s %7s   %s\n' "" wataomi liquibase ratio ""
  printf '  %-28s %9s %11s %7s   %s\n' "apply all (fresh database)" "$AW" "$AL" "$RA" "$(verdict "$RA" 1.0)"
  printf '  %-28s %9s %11s %7s   %s\n' "no-op (all applied)" "$NW" "$NL" "$RN" "$(verdict "$RN" 0.8)"
  echo "User+sys CPU of the mvn process, median (ms):"
  printf '  %-28s %9s %11s %7s\n' "apply all (fresh database)" "$CAW" "$CAL" "$CRA"
  printf '  %-28s %9s %11s %7s\n' "no-op (all applied)" "$CNW" "$CNL" "$CRN"
  echo "Wall runs (ms): wataomi apply [$(list wataomi apply)]  liquibase apply [$(list liquibase apply)]"
  echo "                wataomi no-op [$(list wataomi noop)]  liquibase no-op [$(list liquibase noop)]"
  echo "1-min load average before each timed run: $LOADS"
  echo "Sanity: schemas $( [[ "$SW" == "$SL" ]] && echo identical || echo DIFFER ) ($tables tables, $columns columns, $indexes indexes, $fks FKs, $uniques unique constraints);" \
       "history rows $W_ROWS / $L_ROWS, same keys and checksums: $( [[ "$W_HMD5" == "$L_HMD5" ]] && echo yes || echo NO ); wataomi revisions: $W_REVS"
} | tee "$WORK/results.txt"
log "Raw timings: $WORK/timings.csv; logs: $LOGS"

# ---------------------------------------------------------------- optional: where the time goes
if [[ "${BENCH_PROFILE:-0}" == 1 ]]; then
  PROF="$WORK/profile"; rm -rf "$PROF"; mkdir -p "$PROF"
  pglog_summary() {   # from-line to-line: SQL round trips and server time in the server log
    sed -n "$(( $1 + 1 )),$2p" "$WORK/pg.log" | awk '
      /duration: [0-9.]+ ms/ { match($0, /duration: [0-9.]+/); ms += substr($0, RSTART + 10, RLENGTH - 10) }
      /duration: [0-9.]+ ms +(statement|execute)/ { trips++ }
      END { printf "%d SQL round trips (statements + executes), %.0f ms server time\n", trips, ms }'
  }
  log "Profiling: one apply and one no-op per tool under JFR, every statement logged (not counted)"
  for tool in wataomi liquibase; do
    for phase in apply noop; do
      from=$(wc -l <"$WORK/pg.log")
      LOG_STATEMENTS=1 MAVEN_OPTS="${MAVEN_OPTS:-} -XX:StartFlightRecording=filename=$PROF/$tool-$phase.jfr,settings=profile" \
        run_tool "$tool" "$phase" profile -o
      echo "$tool $phase: $(pglog_summary "$from" "$(wc -l <"$WORK/pg.log")")" >>"$PROF/sql.txt"
    done
  done
  { echo "Where the time goes (JFR CPU samples; JFR itself adds some overhead):"
    java "$BENCH/Profile.java" "$PROF"/wataomi-apply.jfr "$PROF"/liquibase-apply.jfr "$PROF"/wataomi-noop.jfr "$PROF"/liquibase-noop.jfr
    cat "$PROF/sql.txt"
  } | tee "$PROF/summary.txt"
fi
(( ok )) || exit 1
