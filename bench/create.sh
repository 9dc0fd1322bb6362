#!/usr/bin/env bash
# Benchmark: `mvn wataomi:create` end to end on a project of 1,000 JPA entities (15 columns, 2 indexes, a unique
# key and a foreign key each) whose database is at head, after one column of one entity changed.
# Usage: bash bench/create.sh          (from anywhere)
# Env:   CREATE_ENTITIES=1000  CREATE_REPS=3  BENCH_INSTALL=auto|1|0 (as in run.sh)  M2_REPO=~/.m2/repository
set -euo pipefail

BENCH="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$BENCH/.." && pwd)"
WORK="$BENCH/work/create"
N="${CREATE_ENTITIES:-1000}"
REPS="${CREATE_REPS:-3}"
M2="${M2_REPO:-$HOME/.m2/repository}"
VERSION=0.1.0-SNAPSHOT
PLUGIN_JAR="$M2/io/wataomi/wataomi-maven-plugin/$VERSION/wataomi-maven-plugin-$VERSION.jar"
log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

install="${BENCH_INSTALL:-auto}"
if [[ "$install" == 1 || ( "$install" == auto && ( ! -f "$PLUGIN_JAR" || -n "$(find "$ROOT/src/main" "$ROOT/pom.xml" -newer "$PLUGIN_JAR" -print -quit)" ) ) ]]; then
  log "Installing the plugin (mvn install -DskipTests -Dinvoker.skip=true)"
  mvn -q -f "$ROOT/pom.xml" install -DskipTests -Dinvoker.skip=true
fi

PROJECT="$WORK/project"
rm -rf "$WORK"; mkdir -p "$WORK"
log "Generating $N entities in $PROJECT"
java "$BENCH/GenerateEntities.java" "$PROJECT" "$N" "$VERSION"
MVN=(mvn -B -o -f "$PROJECT/pom.xml" -Dmaven.repo.local="$M2")

ms() { date +%s%3N; }
log "Initial revision and upgrade (not timed)"
"${MVN[@]}" -q wataomi:create -Dwataomi.message=initial > "$WORK/initial.log"
"${MVN[@]}" -q wataomi:upgrade > "$WORK/upgrade.log"
"${MVN[@]}" wataomi:create -Dwataomi.message=nothing > "$WORK/nothing.log"
grep -q "No changes detected" "$WORK/nothing.log" || { echo "expected no changes right after upgrade"; cat "$WORK/nothing.log"; exit 1; }

log "Changing one column: t0500.label length 50 -> 80"
sed -i 's/@Column(length = 50) String label;/@Column(length = 80) String label;/' "$PROJECT/src/main/java/bench/model/E0500.java"

VERSIONS="$PROJECT/src/main/resources/db/changelog/versions"
times=(); cores=()
for r in $(seq 1 "$REPS"); do
  t0=$(ms)
  "${MVN[@]}" wataomi:create -Dwataomi.message="widen label" > "$WORK/create-$r.log"
  t1=$(ms)
  grep -q "Detected alter column public.t0500.label type character varying(50) -> character varying(80)" "$WORK/create-$r.log" \
    || { echo "run $r did not detect the change"; cat "$WORK/create-$r.log"; exit 1; }
  changes=$(grep -c "^\[INFO\] Detected " "$WORK/create-$r.log")
  [[ "$changes" == 1 ]] || { echo "run $r detected $changes changes, expected 1"; exit 1; }
  times+=($((t1 - t0)))
  cores+=("$(sed -n 's/.*Compared [0-9]* entities ([0-9]* tables) with the database in \([0-9.]*\) s\./\1/p' "$WORK/create-$r.log")")
  rm -f "$VERSIONS"/*widen_label*    # the same change again next repetition
  log "run $r: $((t1 - t0)) ms wall (compare ${cores[-1]} s)$([[ $r == 1 ]] && echo ', includes recompiling the changed module')"
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
{
  echo "create benchmark, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, plugin at $(cd "$ROOT" && git rev-parse --short HEAD)," \
       "1-min load average: $(cut -d' ' -f1 /proc/loadavg)"
  echo "mvn wataomi:create on $N entities after one column changed: median $(median "${times[@]}") ms wall over $REPS runs (${times[*]} ms);" \
       "load+normalise+read+diff median $(median "${cores[@]}") s (${cores[*]} s); target < 15000 ms"
} | tee "$WORK/results.txt"
