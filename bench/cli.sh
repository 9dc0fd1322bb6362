#!/usr/bin/env bash
# The command-line jar next to mvn wataomi:upgrade on examples/quickstart: the jar's size and the wall time of an upgrade
# with nothing to do (the quickstart's three revisions applied), medians of BENCH_REPS runs.
# Usage: bash bench/cli.sh            (from anywhere; builds the plugin and the jar with mvn package first)
# Env:   BENCH_REPS=3                 repetitions per measurement (median reported)
#        BENCH_BUILD=1                0: use the jars already in target/
#        M2_REPO=~/.m2/repository     where the plugin's dependencies are read from
# The timed mvn runs use the plugin of this checkout, installed into a private repository (bench/work/cli/m2, filled from
# M2_REPO as a file:// repository), never the one another build installed into M2_REPO.
set -euo pipefail

BENCH="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$BENCH/.." && pwd)"
WORK="$BENCH/work/cli"
REPS="${BENCH_REPS:-3}"
M2="${M2_REPO:-$HOME/.m2/repository}"
QUICKSTART="$ROOT/examples/quickstart"
unset DATABASE_URL || true

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
mkdir -p "$WORK/logs"

if [[ "${BENCH_BUILD:-1}" != 0 ]]; then
  log "Building the plugin and the command-line jar (mvn package -DskipTests -Dinvoker.skip=true)"
  mvn -q -B -ntp -f "$ROOT/pom.xml" package -DskipTests -Dinvoker.skip=true
fi
PLUGIN="$(ls "$ROOT"/target/wataomi-maven-plugin-*.jar | grep -v -- '-cli.jar$' | head -1)"
CLI="$(ls "$ROOT"/target/wataomi-maven-plugin-*-cli.jar | head -1)"

# A private repository whose only remote is the local one, holding this checkout's plugin.
REPO="$WORK/m2"
cat > "$WORK/settings.xml" <<EOF
<settings><profiles><profile><id>local</id><activation><activeByDefault>true</activeByDefault></activation>
<repositories><repository><id>local.m2</id><url>file://$M2</url></repository></repositories>
<pluginRepositories><pluginRepository><id>local.m2</id><url>file://$M2</url></pluginRepository></pluginRepositories>
</profile></profiles></settings>
EOF
MVN=(mvn -B -ntp -s "$WORK/settings.xml" -Dmaven.repo.local="$REPO")
log "Installing $(basename "$PLUGIN") into $REPO"
"${MVN[@]}" -q install:install-file -Dfile="$PLUGIN" -DpomFile="$ROOT/pom.xml" >"$WORK/logs/install.log"

# One PostgreSQL for the measurements with a URL (the plugin's embedded one, started by bench/PgLauncher.java).
mvn -q -B -ntp -f "$ROOT/pom.xml" dependency:build-classpath -Dmdep.outputFile="$WORK/classpath" >/dev/null
rm -rf "$WORK/pg" "$WORK/pg.port"
java -cp "$(cat "$WORK/classpath"):$ROOT/target/classes" "$BENCH/PgLauncher.java" "$WORK/pg" "$WORK/pg.port" >"$WORK/logs/pg.log" 2>&1 &
LAUNCHER=$!
trap 'kill -TERM "$LAUNCHER" 2>/dev/null || true; wait "$LAUNCHER" 2>/dev/null || true' EXIT
for _ in $(seq 240); do [[ -s "$WORK/pg.port" ]] && break; sleep 0.5; done
URL="jdbc:postgresql://localhost:$(cat "$WORK/pg.port")/wataomi"

WITH_URL=(-q -f "$QUICKSTART/pom.xml" wataomi:upgrade -Dwataomi.url="$URL" -Dwataomi.username=postgres)
EMBEDDED=(-q -f "$QUICKSTART/pom.xml" wataomi:upgrade)
JAR=(java -jar "$CLI" upgrade --classpath "$QUICKSTART/src/main/resources" --wataomi.url="$URL" --wataomi.username=postgres)

log "Warm-up: apply the quickstart's revisions (mvn, online against $REPO), then one no-op of each"
"${MVN[@]}" "${WITH_URL[@]}" >"$WORK/logs/warmup-mvn.log" 2>&1
"${MVN[@]}" "${EMBEDDED[@]}" >"$WORK/logs/warmup-embedded.log" 2>&1
"${JAR[@]}" >"$WORK/logs/warmup-jar.log" 2>&1
grep -q "Nothing to do" "$WORK/logs/warmup-jar.log" || { cat "$WORK/logs/warmup-jar.log" >&2; exit 1; }

millis() { local t0 t1; t0=$(date +%s%N); "$@" >>"$WORK/logs/timed.log" 2>&1; t1=$(date +%s%N); echo $(( (t1 - t0) / 1000000 )); }
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2] + a[NR/2+1]) / 2)}'; }
declare -a jar mvn embedded
for i in $(seq "$REPS"); do
  load=$(cut -d' ' -f1 /proc/loadavg)
  jar+=("$(millis "${JAR[@]}")")
  mvn+=("$(millis "${MVN[@]}" -o "${WITH_URL[@]}")")
  embedded+=("$(millis "${MVN[@]}" -o "${EMBEDDED[@]}")")
  log "run $i (load $load): jar ${jar[-1]} ms, mvn ${mvn[-1]} ms, mvn embedded ${embedded[-1]} ms"
done

echo
echo "Command-line jar: $(basename "$CLI"), $(stat -c %s "$CLI") bytes ($(( $(stat -c %s "$CLI") / 1024 / 1024 )) MiB)"
echo "upgrade with nothing to do on examples/quickstart, wall time, median of $REPS (load average $(cut -d' ' -f1-3 /proc/loadavg)):"
printf '  %-58s %6s ms\n' "java -jar $(basename "$CLI") upgrade (URL)" "$(printf '%s\n' "${jar[@]}" | median)"
printf '  %-58s %6s ms\n' "mvn -o -q wataomi:upgrade (same URL)" "$(printf '%s\n' "${mvn[@]}" | median)"
printf '  %-58s %6s ms\n' "mvn -o -q wataomi:upgrade (embedded PostgreSQL, as shipped)" "$(printf '%s\n' "${embedded[@]}" | median)"
