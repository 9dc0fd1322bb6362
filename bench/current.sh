#!/usr/bin/env bash
# Benchmark: the small commands. `mvn wataomi:current` on a project of N revisions (default 500, made by Generate.java)
# whose database is at head: against a server (one embedded PostgreSQL launched for the run, -Dwataomi.url), and on the
# project's embedded default while it already runs (wataomi:db-start). Then one run of each with Maven's debug log
# timestamped, split into stages (Maven start, plugin set-up, settings and revision files, connect and history read,
# the report and Maven's end), next to the floor: `mvn -o -q validate` on the same project.
# Usage: bash bench/current.sh         (from anywhere)
# Env:   CURRENT_REVISIONS=500  CURRENT_REPS=5  BENCH_INSTALL=auto|1|0  M2_REPO=~/.m2/repository  CURRENT_PORT=15439
set -euo pipefail

BENCH="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$BENCH/.." && pwd)"
WORK="$BENCH/work/current"
M2="${M2_REPO:-$HOME/.m2/repository}"
REVISIONS="${CURRENT_REVISIONS:-500}"
REPS="${CURRENT_REPS:-5}"
DB_PORT="${CURRENT_PORT:-15439}"
unset DATABASE_URL || true
source "$BENCH/lib.sh"

rm -rf "$WORK"; mkdir -p "$WORK/logs"
install_plugin
plugin_classpath
CP="$(cat "$WORK/plugin.classpath"):$PLUGIN_JAR"
PROJECT="$WORK/project"
java "$BENCH/Generate.java" "$PROJECT" "$REVISIONS" >&2
MVN=(mvn -B -o -f "$PROJECT/pom.xml" -Dmaven.repo.local="$M2")

stop_all() {
  "${MVN[@]}" -q wataomi:db-stop >/dev/null 2>&1 || true
  stop_pg
}
start_pg "$WORK/pg" "$WORK/logs/launcher.log"
trap stop_all EXIT
fresh_db current_bench
SERVER=(-Dwataomi.url="$(jdbc_url current_bench)" -Dwataomi.username=postgres)

log "Both databases at head (not timed): upgrade on the server, db-start on port $DB_PORT and upgrade on the embedded one"
timeout 600 "${MVN[@]}" -q wataomi:upgrade "${SERVER[@]}" >"$WORK/logs/upgrade-server.log" 2>&1
timeout 600 "${MVN[@]}" -q wataomi:db-start -Dwataomi.port="$DB_PORT" >"$WORK/logs/db-start.log" 2>&1
timeout 600 "${MVN[@]}" -q wataomi:upgrade >"$WORK/logs/upgrade-embedded.log" 2>&1

echo "rep,case,wall_ms,loadavg1" >"$WORK/timings.csv"
ms() { date +%s%3N; }
timed() {   # case rep mvn-args...
  local c=$1 r=$2 load t0 t1; shift 2
  load=$(load1)
  t0=$(ms)
  timeout 300 "${MVN[@]}" -q "$@" >"$WORK/logs/$c-$r.log" 2>&1 || { log "FAILED: $c (log $WORK/logs/$c-$r.log)"; cat "$WORK/logs/$c-$r.log" >&2; exit 1; }
  t1=$(ms)
  echo "$r,$c,$((t1 - t0)),$load" >>"$WORK/timings.csv"
  log "  rep $r  $c  $((t1 - t0)) ms  (load avg before: $load)"
}
log "Warm-up (not timed), then $REPS repetitions"
timed validate 0 validate; timed server 0 wataomi:current "${SERVER[@]}"; timed embedded 0 wataomi:current
timeout 300 "${MVN[@]}" wataomi:current "${SERVER[@]}" >"$WORK/logs/server-check.log" 2>&1 || true
timeout 300 "${MVN[@]}" wataomi:current >"$WORK/logs/embedded-check.log" 2>&1 || true
grep -q "Current revision: .* (head)" "$WORK/logs/server-check.log" || { log "current on the server is not at head"; exit 1; }
grep -q "Current revision: .* (head)" "$WORK/logs/embedded-check.log" || { log "current on the embedded database is not at head"; exit 1; }
for r in $(seq 1 "$REPS"); do
  timed validate "$r" validate
  timed server "$r" wataomi:current "${SERVER[@]}"
  timed embedded "$r" wataomi:current
done

# Stages, from the timestamps of Maven's debug log (one run each; -X itself adds time).
stages() {   # case mvn-args...
  local c=$1; shift
  local log="$WORK/logs/stages-$c.log" t0 t1
  t0=$(date +%H:%M:%S.%3N)
  MAVEN_OPTS="${MAVEN_OPTS:-} -Dorg.slf4j.simpleLogger.showDateTime=true -Dorg.slf4j.simpleLogger.dateTimeFormat=HH:mm:ss.SSS" \
    timeout 300 "${MVN[@]}" -X "$@" >"$log" 2>&1
  t1=$(date +%H:%M:%S.%3N)
  awk -v t0="$t0" -v t1="$t1" -v c="$c" '
    function s(t,  a) { split(t, a, ":"); return a[1] * 3600 + a[2] * 60 + a[3] }
    function mark(name) { if (!(name in at)) { at[name] = $1; order[++n] = name } }
    $1 ~ /^[0-9][0-9]:[0-9][0-9]:[0-9][0-9]\.[0-9]+$/ {
      if (!first) { first = 1; mark("maven logging up") }
      if (/Scanning for projects/) mark("project scan")
      if (/Configuring mojo io.wataomi:wataomi-maven-plugin/) mark("plugin resolved, mojo configured")
      if (/Database: |Using the embedded PostgreSQL/) mark("settings and revision files read")
      if (/Read [0-9]+ revision files in/) { mark("connected, history read"); detail = $0 }
      if (/Current revision:/) mark("report printed")
      if (/BUILD SUCCESS/) mark("build success")
    }
    END {
      printf "%s: %.2f s in all (process start to exit)\n", c, s(t1) - s(t0)
      prev = t0; pname = "process start"
      for (i = 1; i <= n; i++) { printf "  %-40s +%5.0f ms\n", order[i], (s(at[order[i]]) - s(prev)) * 1000; prev = at[order[i]] }
      printf "  %-40s +%5.0f ms\n", "process exit", (s(t1) - s(prev)) * 1000
      if (detail != "") { sub(/^.*\] /, "", detail); print "  wataomi: " detail }
    }' "$log"
}

{
  echo "current benchmark, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, plugin at $(cd "$ROOT" && git rev-parse --short HEAD)," \
       "$REVISIONS revisions at head, PostgreSQL $(psql_db postgres -c 'SHOW server_version') (embedded)"
  echo "Whole command, wall clock, median of $REPS (min-max), ms:"
  for c in validate server embedded; do
    printf '  %-58s %6s (%s)\n' "$(case $c in validate) echo 'mvn -o -q validate (Maven start, the floor)';; server) echo 'mvn -o -q wataomi:current -Dwataomi.url=... (a server)';; embedded) echo 'mvn -o -q wataomi:current (embedded, running: db-start)';; esac)" \
      "$(awk -F, -v c=$c '$1 > 0 && $2 == c {print $3}' "$WORK/timings.csv" | median)" "$(awk -F, -v c=$c '$1 > 0 && $2 == c {print $3}' "$WORK/timings.csv" | range)"
  done
  echo "1-min load average before the runs: $(awk -F, 'NR > 1 {print $4}' "$WORK/timings.csv" | range)"
  echo "Stages (one run each with -X and timestamps; each line is the time since the previous mark):"
  stages server wataomi:current "${SERVER[@]}"
  stages embedded wataomi:current
  stages validate validate
} | tee "$WORK/results.txt"
