#!/usr/bin/env bash
# Writes the plugin's class warm-up lists (io.wataomi.core.shared.ClassWarmUp) from real runs: the classes of the
# plugin's realm, in the order a goal loads them, logged by the JVM (-Xlog:class+load) while
#   src/main/resources/io/wataomi/core/entity/boot-classes.txt   wataomi:create on 100 generated entities
#   src/main/resources/io/wataomi/core/migrate/apply-classes.txt wataomi:upgrade of 50 generated revisions
# run with a copy of the plugin that has no lists (so that a list never names a class only because the previous list
# did). Run it after changing the plugin's Hibernate, Liquibase or JDBC driver version; ClassWarmUpTest fails
# when a list names a class that no longer exists.
# Usage: bash bench/class-lists.sh     Env: M2_REPO=~/.m2/repository (as for run.sh)
set -euo pipefail

BENCH="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$BENCH/.." && pwd)"
WORK="$BENCH/work/class-lists"
M2="${M2_REPO:-$HOME/.m2/repository}"
unset DATABASE_URL || true
source "$BENCH/lib.sh"

rm -rf "$WORK"; mkdir -p "$WORK"
BENCH_INSTALL=1 install_plugin
plugin_classpath
CP="$(cat "$WORK/plugin.classpath"):$PLUGIN_JAR"
REPO="$WORK/m2"
freeze_repository "$REPO"
zip -q -d "$PLUGIN_COPY" io/wataomi/core/entity/boot-classes.txt io/wataomi/core/migrate/apply-classes.txt || true
start_pg "$WORK/pg" "$WORK/launcher.log"

# The jars of the plugin's realm (its runtime dependencies and itself): the classes a list may name.
jars="$(tr ':' '\n' <"$WORK/plugin.classpath" | sed 's|.*/||' | paste -sd'|')|wataomi-maven-plugin-$PLUGIN_VERSION.jar"
# Runs a goal with class loading logged, and writes the realm's classes, first load first, to the list.
record() {
  local list=$1 project=$2 db=$3; shift 3
  fresh_db "$db"
  mvn -B -o -q -f "$project/pom.xml" -Dmaven.repo.local="$REPO" compile >"$WORK/compile.log" 2>&1
  MAVEN_OPTS="-Xlog:class+load=info:file=$WORK/$db.classes" mvn -B -o -f "$project/pom.xml" -Dmaven.repo.local="$REPO" \
    -Dwataomi.username=postgres -Dwataomi.url="$(jdbc_url "$db")" "$@" >"$WORK/$db.log" 2>&1 \
    || { tail -40 "$WORK/$db.log" >&2; log "FAILED: $*"; exit 1; }
  awk -v jars="/($jars)\$" '$(NF-1) == "source:" && $NF ~ jars {print $(NF-2)}' "$WORK/$db.classes" | awk '!seen[$0]++' >"$list"
  log "$(wc -l <"$list") classes in $list"
}

java "$BENCH/GenerateEntities.java" "$WORK/entities" 100 "$PLUGIN_VERSION" >/dev/null
record "$ROOT/src/main/resources/io/wataomi/core/entity/boot-classes.txt" "$WORK/entities" boot \
  wataomi:create -Dwataomi.message=initial
java "$BENCH/Generate.java" "$WORK/revisions" 50 >/dev/null
record "$ROOT/src/main/resources/io/wataomi/core/migrate/apply-classes.txt" "$WORK/revisions" apply wataomi:upgrade
