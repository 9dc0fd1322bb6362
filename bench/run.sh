#!/usr/bin/env bash
# Benchmark: mvn wataomi:upgrade vs mvn liquibase:update (4.33.0) vs mvn flyway:migrate (community 13.12.0) vs
# alembic upgrade head (Debian's python3-alembic), the same 500 revisions / 1,500 changes in each tool's own form.
# Usage: bash bench/run.sh            (from anywhere; paths are relative to this script)
# Env:   BENCH_REPS=5                 repetitions per measurement (median reported)
#        BENCH_TOOLS="wataomi liquibase flyway alembic"   the tools to run (wataomi first: ratios are to it)
#        BENCH_PYTHON=/usr/bin/python3  the Python that has alembic, sqlalchemy and psycopg2
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
read -r -a TOOLS <<<"${BENCH_TOOLS:-wataomi liquibase flyway alembic}"
PY="${BENCH_PYTHON:-/usr/bin/python3}"
unset DATABASE_URL || true   # wataomi reads it; the bench passes -Dwataomi.url explicitly

source "$BENCH/lib.sh"
mkdir -p "$WORK" "$LOGS"

# ---------------------------------------------------------------- 1. plugin installed and current
install_plugin

# The plugin's runtime classpath (for the PostgreSQL launcher), resolved into the plugin's repository.
log "Resolving the plugin's runtime classpath"
plugin_classpath

[[ " ${TOOLS[*]} " == *" alembic "* ]] && require_alembic

# A private, frozen copy of the local repository for the whole run.
REPO="$WORK/m2"
freeze_repository "$REPO"
JAR_SHA=$(sha256sum "$PLUGIN_COPY" | cut -c1-12)
PLUGIN_REV="$(plugin_revision)"
JAR_DATE=$(date -u -r "$PLUGIN_COPY" '+%Y-%m-%d %H:%M UTC')

# ---------------------------------------------------------------- 2. the generated project
log "Generating $REVISIONS revisions in $PROJECT"
GENERATED=$(java "$BENCH/Generate.java" "$PROJECT" "$REVISIONS"); echo "$GENERATED" >&2
HEAD_REV=$(sed -n 's/.*head \([0-9a-f]*\),.*/\1/p' <<<"$GENERATED")

# ---------------------------------------------------------------- 3. one PostgreSQL for the run
CP="$(sed "s|$M2/|$REPO/|g" "$WORK/plugin.classpath"):$PLUGIN_COPY"

start_pg "$WORK/pg" "$LOGS/launcher.log"

db() { echo "bench_$1"; }
# The command of each tool, run in the project folder against the tool's own database.
command_of() {
  case $1 in
    wataomi)   echo mvn wataomi:upgrade -Dwataomi.url="$(jdbc_url "$(db wataomi)")" -Dwataomi.username=postgres ;;
    liquibase) echo mvn liquibase:update -Dliquibase.url="$(jdbc_url "$(db liquibase)")" -Dliquibase.username=postgres \
                 -Dliquibase.changeLogFile=db/changelog/db.changelog-master.xml -Dliquibase.searchPath=src/main/resources \
                 -Dliquibase.analytics.enabled=false ;;
    flyway)    echo mvn flyway:migrate -Dflyway.url="$(jdbc_url "$(db flyway)")" -Dflyway.user=postgres \
                 -Dflyway.locations=filesystem:src/main/resources/db/migration ;;
    alembic)   echo env BENCH_ALEMBIC_URL="postgresql://postgres@localhost:$PORT/$(db alembic)" "$PY" -m alembic \
                 -c alembic/alembic.ini upgrade head ;;
  esac
}

# Runs one tool's command in the project; prints "wall_ms cpu_ms": the wall time of the whole process (the
# measure: what users wait for) and its user+sys CPU time (less sensitive to other load on the machine).
timed() {
  local name=$1 off=$2; shift 2
  local t0 t1 cpu
  local -a cmd=("$@")
  [[ ${cmd[0]} == mvn ]] && cmd=(mvn -Dmaven.repo.local="$REPO" $off -q "${cmd[@]:1}")
  t0=$(date +%s%N)
  if ! (cd "$PROJECT" && timeout "${BENCH_TIMEOUT:-300}" "${cmd[@]}" >"$LOGS/$name.log" 2>&1; rc=$?; times >"$LOGS/$name.times"; exit $rc); then
    log "FAILED: ${cmd[*]} (log: $LOGS/$name.log)"; tail -40 "$LOGS/$name.log" >&2; exit 1
  fi
  t1=$(date +%s%N)
  # second line of `times`: children's user and sys time, e.g. "0m4.130s 0m0.480s"
  cpu=$(awk 'NR == 2 { s = 0; for (i = 1; i <= 2; i++) { split($i, a, /[ms]/); s += a[1] * 60 + a[2] } printf "%d", s * 1000 }' "$LOGS/$name.times")
  echo "$(( (t1 - t0) / 1000000 )) $cpu"
}

run_tool() {   # tool phase rep offline-flag
  local tool=$1 phase=$2 rep=$3 off=$4 load out
  local -a cmd
  load=$(cut -d' ' -f1 /proc/loadavg 2>/dev/null || echo NA)
  [[ $phase == apply || $phase == applycold ]] && fresh_db "$(db "$tool")"
  [[ $phase == noopcold || $phase == applycold ]] && rm -f "$PROJECT/target/wataomi/revision-checksums.tsv"
  read -r -a cmd <<<"$(command_of "$tool")"
  out=$(timed "$tool-$phase-$rep" "$off" "${cmd[@]}")
  read -r ms cpu <<<"$out"
  echo "$rep,$tool,$phase,$ms,$cpu,$load" >>"$WORK/timings.csv"
  log "  rep $rep  $tool  $phase  wall ${ms} ms  cpu ${cpu} ms  (load avg before: $load)"
}

# ---------------------------------------------------------------- 4. measure
# Warm-up (online, not counted): downloads the plugins' dependencies, checks every command works,
# and brings the JDK, Maven, Python and the migration files into the OS file cache.
log "Warm-up (online, not timed): one apply and one no-op per tool (${TOOLS[*]})"
echo "rep,tool,phase,wall_ms,cpu_ms,loadavg1" >"$WORK/timings.csv"
for tool in "${TOOLS[@]}"; do
  run_tool "$tool" apply warmup "" ; run_tool "$tool" noop warmup ""
done

log "Measuring: $REPS repetitions, tools in turn (the order rotates each repetition), mvn -o -q"
for rep in $(seq 1 "$REPS"); do
  order=("${TOOLS[@]:$(( (rep - 1) % ${#TOOLS[@]} ))}" "${TOOLS[@]:0:$(( (rep - 1) % ${#TOOLS[@]} ))}")
  for tool in "${order[@]}"; do run_tool "$tool" apply "$rep" -o; done
  for tool in "${order[@]}"; do run_tool "$tool" noop "$rep" -o; done
  # wataomi's no-op as on a fresh clone: its cache of parsed revisions (target/wataomi) deleted first
  [[ " ${TOOLS[*]} " == *" wataomi "* ]] && run_tool wataomi noopcold "$rep" -o
  # wataomi's apply as on a fresh clone (CI): no cache, so every file is validated and every checksum computed; it
  # leaves the cache an apply on a developer's machine has (the next repetition's apply starts from it)
  [[ " ${TOOLS[*]} " == *" wataomi "* ]] && run_tool wataomi applycold "$rep" -o
done

# ---------------------------------------------------------------- 5. report
series() { awk -F, -v t="$1" -v p="$2" -v c="${3:-4}" '$2==t && $3==p && $1 ~ /^[0-9]+$/ {print $c}' "$WORK/timings.csv"; }
list() { series "$1" "$2" "${3:-4}" | paste -sd' ' -; }
LOADS=$(awk -F, '$1 ~ /^[0-9]+$/ {print $6}' "$WORK/timings.csv" | sort -n | awk '{a[NR]=$1} END {printf "%s..%s (median %s)", a[1], a[NR], a[int((NR+1)/2)]}')


# ---------------------------------------------------------------- sanity: the same schema everywhere, every revision recorded
schema_sql="
WITH t AS (SELECT c.oid, c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
           WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname NOT LIKE 'databasechangelog%'
             AND c.relname NOT IN ('flyway_schema_history', 'alembic_version'))
SELECT (SELECT count(*) FROM t) AS tables,
       (SELECT count(*) FROM information_schema.columns WHERE table_schema = 'public' AND table_name IN (SELECT relname FROM t)) AS columns,
       (SELECT count(*) FROM pg_index i JOIN t ON t.oid = i.indrelid) AS indexes,
       (SELECT count(*) FROM pg_constraint k JOIN t ON t.oid = k.conrelid WHERE k.contype = 'f') AS fks,
       (SELECT count(*) FROM pg_constraint k JOIN t ON t.oid = k.conrelid WHERE k.contype = 'u') AS uniques,
       md5((SELECT string_agg(x, E'\n' ORDER BY x) FROM (
            SELECT format('col %s.%s %s %s %s %s', table_name, column_name, format_type(a.atttypid, a.atttypmod), is_nullable,
                          coalesce(column_default, ''), is_identity) AS x
              FROM information_schema.columns ic
              JOIN pg_attribute a ON a.attrelid = format('public.%I', ic.table_name)::regclass AND a.attname = ic.column_name
              WHERE table_schema = 'public' AND table_name IN (SELECT relname FROM t)
            UNION ALL SELECT format('con %s %s %s', t.relname, k.conname, pg_get_constraintdef(k.oid))
              FROM pg_constraint k JOIN t ON t.oid = k.conrelid
            UNION ALL SELECT format('idx %s', pg_get_indexdef(i.indexrelid))
              FROM pg_index i JOIN t ON t.oid = i.indrelid) s)) AS signature"
history_sql="SELECT count(*), count(*) FILTER (WHERE author = 'wataomi'),
  md5(string_agg(filename || '::' || id || '::' || author || '::' || md5sum, E'\n' ORDER BY filename, id, author))
  FROM databasechangelog"
ok=1
SW=$(psql_db "$(db wataomi)" -F' ' -c "$schema_sql")
read -r tables columns indexes fks uniques _ <<<"$SW"
sanity=()
for tool in "${TOOLS[@]}"; do
  [[ $tool == wataomi ]] && continue
  S=$(psql_db "$(db "$tool")" -F' ' -c "$schema_sql")
  if [[ "$S" == "$SW" ]]; then sanity+=("$tool schema identical to wataomi's"); else log "SANITY FAILED: $tool [$S] vs wataomi [$SW]"; sanity+=("$tool schema DIFFERS"); ok=0; fi
done
read -r W_ROWS W_REVS W_HMD5 <<<"$(psql_db "$(db wataomi)" -F' ' -c "$history_sql")"
[[ "$W_REVS" == "$REVISIONS" && "$W_ROWS" == "$((REVISIONS * 4))" ]] || { log "SANITY FAILED: wataomi recorded $W_REVS revisions in $W_ROWS rows"; ok=0; }
sanity+=("wataomi: $W_REVS revisions, $W_ROWS history rows")
for tool in "${TOOLS[@]}"; do
  case $tool in
    liquibase)
      read -r L_ROWS _ L_HMD5 <<<"$(psql_db "$(db liquibase)" -F' ' -c "$history_sql")"
      [[ "$L_HMD5" == "$W_HMD5" ]] || { log "SANITY FAILED: history (filename::id::author::md5sum) differs between wataomi and liquibase"; ok=0; }
      sanity+=("liquibase: $L_ROWS history rows, same keys and checksums as wataomi's: $( [[ "$L_HMD5" == "$W_HMD5" ]] && echo yes || echo NO )") ;;
    flyway)
      F=$(psql_db "$(db flyway)" -c "SELECT count(*) FROM flyway_schema_history WHERE success AND version IS NOT NULL")
      [[ "$F" == "$REVISIONS" ]] || { log "SANITY FAILED: flyway recorded $F migrations"; ok=0; }
      sanity+=("flyway: $F migrations") ;;
    alembic)
      A=$(psql_db "$(db alembic)" -c "SELECT version_num FROM alembic_version")
      [[ "$A" == "$HEAD_REV" ]] || { log "SANITY FAILED: alembic is at $A, head is $HEAD_REV"; ok=0; }
      sanity+=("alembic: at $A (head $HEAD_REV)") ;;
  esac
done

{
  echo "Migration tools benchmark, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $(java -version 2>&1 | head -1), $(mvn -v 2>/dev/null | head -1 | sed 's/\x1b\[[0-9;]*m//g'), $("$PY" --version 2>&1)"
  [[ " ${TOOLS[*]} " == *" alembic "* ]] && echo "Alembic $("$PY" -c 'import alembic, sqlalchemy; print(alembic.__version__, "SQLAlchemy", sqlalchemy.__version__)')"
  echo "Plugin: working tree at $PLUGIN_REV (when the run started), plugin jar sha256 $JAR_SHA (installed $JAR_DATE)"
  echo "Project: $REVISIONS revisions, $((REVISIONS * 3)) changeSets + $REVISIONS markers; PostgreSQL $(psql_db postgres -c 'SHOW server_version') (embedded, fsync off)"
  echo "Wall time of the whole process (mvn -o -q, or python3 -m alembic), median of $REPS and min-max (ms); ratio = wataomi / tool:"
  for phase in apply noop; do
    label=$([[ $phase == apply ]] && echo "apply all (fresh database)" || echo "no-op (all applied)")
    mw=$(series wataomi "$phase" | median)
    line=$(printf '  %-27s' "$label")
    for tool in "${TOOLS[@]}"; do
      m=$(series "$tool" "$phase" | median)
      line+=$(printf ' | %-9s %7s (%s)' "$tool" "$m" "$(series "$tool" "$phase" | range)")
      [[ $tool != wataomi ]] && line+=" x$(ratio "$mw" "$m")"
    done
    echo "$line"
  done
  if [[ " ${TOOLS[*]} " == *" flyway "* ]]; then
    RA=$(ratio "$(series wataomi apply | median)" "$(series flyway apply | median)")
    RN=$(ratio "$(series wataomi noop | median)" "$(series flyway noop | median)")
    echo "Targets (issue 11): apply wataomi/flyway $RA, $(verdict "$RA" 1.0); no-op wataomi/flyway $RN, $(verdict "$RN" 0.8)"
  fi
  if [[ " ${TOOLS[*]} " == *" wataomi "* ]]; then
    mc=$(series wataomi noopcold | median)
    line=$(printf '  %-27s | %-9s %7s (%s)' "no-op, cache deleted first" wataomi "$mc" "$(series wataomi noopcold | range)")
    for tool in "${TOOLS[@]}"; do
      [[ $tool != wataomi ]] && line+=" x$(ratio "$mc" "$(series "$tool" noop | median)") $tool"
    done
    echo "$line  (wataomi's no-op on a fresh clone: every revision parsed, the cache written again)"
    ma=$(series wataomi applycold | median)
    line=$(printf '  %-27s | %-9s %7s (%s)' "apply, cache deleted first" wataomi "$ma" "$(series wataomi applycold | range)")
    for tool in "${TOOLS[@]}"; do
      [[ $tool != wataomi ]] && line+=" x$(ratio "$ma" "$(series "$tool" apply | median)") $tool"
    done
    echo "$line  (wataomi's apply on a fresh clone: every file validated, every checksum computed)"
  fi
  echo "User+sys CPU of the process, median (ms):"
  for phase in apply noop noopcold applycold; do
    line=$(printf '  %-27s' "$phase")
    for tool in "${TOOLS[@]}"; do
      [[ ( $phase == noopcold || $phase == applycold ) && $tool != wataomi ]] && continue
      line+=$(printf ' | %-9s %7s' "$tool" "$(series "$tool" "$phase" 5 | median)")
    done
    echo "$line"
  done
  for tool in "${TOOLS[@]}"; do
    echo "Wall runs (ms) $tool: apply [$(list "$tool" apply)]  no-op [$(list "$tool" noop)]$([[ $tool == wataomi ]] \
      && echo "  no-op, cache deleted [$(list wataomi noopcold)]  apply, cache deleted [$(list wataomi applycold)]")"
  done
  echo "1-min load average before each timed run: $LOADS"
  echo "Sanity: $tables tables, $columns columns, $indexes indexes, $fks FKs, $uniques unique constraints; $(IFS=';'; echo "${sanity[*]}")"
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
  for tool in "${TOOLS[@]}"; do
    [[ $tool == wataomi || $tool == liquibase ]] || continue   # JFR: the two Java tools
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
