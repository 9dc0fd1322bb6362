#!/usr/bin/env bash
# Benchmark: autogenerate. `mvn wataomi:create` on N generated JPA entities (15 columns, 2 indexes, a unique key and a
# foreign key each) vs `alembic revision --autogenerate` on the equivalent SQLAlchemy model, both against the same
# PostgreSQL server (each tool its own database):
#   changed: the database at head, then one column of one table changed (label varchar(50) -> varchar(80));
#            wataomi twice: with its schema cache as the previous run left it, and with the cache deleted (cold)
#   empty:   an empty database and no revision: the first revision, every table created (wataomi's cache cold)
# Usage: bash bench/create.sh          (from anywhere)
# Env:   CREATE_ENTITIES=1000  CREATE_REPS=3
#        CREATE_SCALE="100 1000 3000"  also the scale curve: each size with CREATE_SCALE_REPS (default 1) repetitions
#        BENCH_INSTALL=auto|1|0 (as in run.sh)  M2_REPO=~/.m2/repository  BENCH_PYTHON=/usr/bin/python3
set -euo pipefail

BENCH="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$BENCH/.." && pwd)"
WORK="$BENCH/work/create"
M2="${M2_REPO:-$HOME/.m2/repository}"
PY="${BENCH_PYTHON:-/usr/bin/python3}"
unset DATABASE_URL || true
source "$BENCH/lib.sh"

rm -rf "$WORK"; mkdir -p "$WORK/logs"
install_plugin
plugin_classpath
require_alembic
CP="$(cat "$WORK/plugin.classpath"):$PLUGIN_JAR"
start_pg "$WORK/pg" "$WORK/logs/launcher.log"
echo "size,rep,case,wall_ms,compare_s,loadavg1" >"$WORK/timings.csv"

ms() { date +%s%3N; }
# Runs a command, bounded in time; its output to a log; fails the bench when it fails.
run() {
  local log=$1; shift
  timeout "${BENCH_TIMEOUT:-900}" "$@" >"$log" 2>&1 || { log "FAILED: $* (log: $log)"; tail -40 "$log" >&2; exit 1; }
}
record() { echo "$1,$2,$3,$4,${5:-},$6" >>"$WORK/timings.csv"; log "  n=$1 rep $2  $3  ${4} ms${5:+ (compare $5 s)}  (load avg before: $6)"; }
compared() { sed -n 's/.*Compared [0-9]* entities ([0-9]* tables) with the database in \([0-9.]*\) s\./\1/p' "$1"; }

# One size: project, both databases at head, then the timed runs.
bench_size() {
  local n=$1 reps=$2
  local dir="$WORK/n$n" project="$WORK/n$n/project"
  local changed; changed=$(printf '%04d' $(( (n + 1) / 2 )))
  local dbw="create_w_$n" dba="create_a_$n"
  mkdir -p "$dir"
  log "n=$n: generating $n entities and the SQLAlchemy model in $project"
  java "$BENCH/GenerateEntities.java" "$project" "$n" "$PLUGIN_VERSION"
  local mvn=(mvn -B -o -f "$project/pom.xml" -Dmaven.repo.local="$M2" -Dwataomi.username=postgres)
  local alembic=(env BENCH_ALEMBIC_URL="postgresql://postgres@localhost:$PORT/$dba" "$PY" -m alembic -c "$project/alembic/alembic.ini")
  local versions="$project/src/main/resources/db/changelog/versions"

  log "n=$n: both databases at head (not timed)"
  fresh_db "$dbw"; fresh_db "$dba"
  run "$dir/initial.log" "${mvn[@]}" wataomi:create -Dwataomi.url="$(jdbc_url "$dbw")" -Dwataomi.message=initial
  run "$dir/upgrade.log" "${mvn[@]}" wataomi:upgrade -Dwataomi.url="$(jdbc_url "$dbw")"
  run "$dir/nothing.log" "${mvn[@]}" wataomi:create -Dwataomi.url="$(jdbc_url "$dbw")" -Dwataomi.message=nothing
  grep -q "No changes detected" "$dir/nothing.log" || { log "wataomi: expected no changes right after upgrade"; exit 1; }
  run "$dir/alembic-init.log" env BENCH_ALEMBIC_URL="postgresql://postgres@localhost:$PORT/$dba" "$PY" -c \
    "import os, sys; sys.path.insert(0, '$project/alembic'); from model import metadata; from sqlalchemy import create_engine; metadata.create_all(create_engine(os.environ['BENCH_ALEMBIC_URL']))"
  run "$dir/alembic-nothing.log" "${alembic[@]}" revision --autogenerate -m nothing
  if grep -q "op\." "$project"/alembic/versions/*.py; then log "alembic: expected no changes right after create_all"; exit 1; fi
  rm -f "$project"/alembic/versions/*.py

  # The middle table's label length, in the entity and the model; the module is compiled after each change (not timed,
  # as an IDE compiles on save), so the goal's compile phase finds nothing to compile.
  local length=50
  set_length() {
    log "n=$n: changing one column: t$changed.label length $length -> $1 (entity and model)"
    sed -i "s/@Column(length = $length) String label;/@Column(length = $1) String label;/" "$project/src/main/java/bench/model/E$changed.java"
    "$PY" - "$project/alembic/model.py" "t$changed" "$length" "$1" <<'PY'
import sys
path, table, old, new = sys.argv[1:]
text = open(path).read()
start = text.index("Table('%s'," % table)
end = text.index("\n\n", start)
open(path, "w").write(text[:start] + text[start:end].replace("Column('label', String(%s))" % old, "Column('label', String(%s))" % new) + text[end:])
PY
    length=$1
    run "$dir/compile-$length.log" "${mvn[@]}" compile
  }
  set_length 80
  for r in $(seq 1 "$reps"); do
    local cases=(cached cold alembic)
    (( r % 2 )) || cases=(alembic cold cached)
    for c in "${cases[@]}"; do
      local load t0 t1 out="$dir/changed-$c-$r.log"
      # The cached case is a developer's next create after changing one entity: the cache holds every table as the
      # previous run left it, but not this definition of the changed one (a length no run has seen yet).
      if [[ $c == cached ]]; then set_length $((length + 1)); fi
      load=$(load1)
      if [[ $c == alembic ]]; then
        t0=$(ms); run "$out" "${alembic[@]}" revision --autogenerate -m widen; t1=$(ms)
        local file; file=$(ls "$project"/alembic/versions/*.py)
        [[ $(grep -c "op\." "$file") == 2 ]] && grep -q "op.alter_column('t$changed', 'label'" "$file" \
          || { log "alembic run $r did not detect exactly the one change (upgrade and downgrade): $file"; cat "$file" >&2; exit 1; }
        rm -f "$file"
        record "$n" "$r" changed-alembic $((t1 - t0)) "" "$load"
      else
        [[ $c == cold ]] && rm -rf "$project/target/wataomi/schema-cache"
        t0=$(ms); run "$out" "${mvn[@]}" wataomi:create -Dwataomi.url="$(jdbc_url "$dbw")" -Dwataomi.message="widen label"; t1=$(ms)
        grep -q "Detected alter column public.t$changed.label type character varying(50) -> character varying($length)" "$out" \
          && [[ $(grep -c "^\[INFO\] Detected " "$out") == 1 ]] || { log "wataomi run $r ($c) did not detect exactly the one change"; cat "$out" >&2; exit 1; }
        grep -q "Nothing to compile" "$out" || { log "wataomi run $r ($c) compiled the module: the timing would include javac"; exit 1; }
        rm -f "$versions"/*widen_label*
        record "$n" "$r" "changed-wataomi-$c" $((t1 - t0)) "$(compared "$out")" "$load"
      fi
    done
    # From empty: an empty database, no revision, wataomi's cache cold. wataomi runs in the project itself, its
    # revisions and cache moved aside meanwhile (a copy of the project would be compiled again: the compiler plugin's
    # incremental state names the original's paths).
    for c in wataomi alembic; do
      local load t0 t1 out="$dir/empty-$c-$r.log"
      fresh_db "empty_$n"
      load=$(load1)
      if [[ $c == alembic ]]; then
        t0=$(ms); run "$out" env BENCH_ALEMBIC_URL="postgresql://postgres@localhost:$PORT/empty_$n" "$PY" -m alembic \
          -c "$project/alembic/alembic.ini" revision --autogenerate -m initial; t1=$(ms)
        local file; file=$(ls "$project"/alembic/versions/*.py)
        [[ $(grep -c "op.create_table(" "$file") == "$n" ]] || { log "alembic from empty: not $n tables in $file"; exit 1; }
        rm -f "$file"
      else
        local aside="$dir/aside"
        rm -rf "$aside"; mkdir -p "$aside"
        mv "$project/src/main/resources/db" "$aside/src-db"
        if [[ -d $project/target/classes/db ]]; then mv "$project/target/classes/db" "$aside/classes-db"; fi
        if [[ -d $project/target/wataomi/schema-cache ]]; then mv "$project/target/wataomi/schema-cache" "$aside/schema-cache"; fi
        t0=$(ms); run "$out" "${mvn[@]}" -Dwataomi.url="$(jdbc_url "empty_$n")" wataomi:create -Dwataomi.message=initial; t1=$(ms)
        [[ $(cat "$project"/src/main/resources/db/changelog/versions/*.xml | grep -c "<createTable ") == "$n" ]] \
          || { log "wataomi from empty: the revision does not create $n tables"; exit 1; }
        grep -q "Nothing to compile" "$out" || { log "wataomi from empty compiled the module: the timing would include javac"; exit 1; }
        rm -rf "$project/src/main/resources/db" "$project/target/classes/db" "$project/target/wataomi/schema-cache"
        mv "$aside/src-db" "$project/src/main/resources/db"
        if [[ -d $aside/classes-db ]]; then mv "$aside/classes-db" "$project/target/classes/db"; fi
        if [[ -d $aside/schema-cache ]]; then mv "$aside/schema-cache" "$project/target/wataomi/schema-cache"; fi
      fi
      record "$n" "$r" "empty-$c" $((t1 - t0)) "$([[ $c == wataomi ]] && compared "$out")" "$load"
    done
  done
}

series() { awk -F, -v n="$1" -v c="$2" -v col="${3:-4}" '$1==n && $3==c && $col != "" {print $col}' "$WORK/timings.csv"; }
summary() {
  local n=$1
  local cached cold alembic ew ea
  cached=$(series "$n" changed-wataomi-cached | median); cold=$(series "$n" changed-wataomi-cold | median)
  alembic=$(series "$n" changed-alembic | median); ew=$(series "$n" empty-wataomi | median); ea=$(series "$n" empty-alembic | median)
  echo "$n tables, one column changed (median ms, min-max; ratio to Alembic):"
  echo "  wataomi, cache from the previous run  $cached ($(series "$n" changed-wataomi-cached | range))  x$(ratio "$cached" "$alembic")  compare $(series "$n" changed-wataomi-cached 5 | median) s"
  echo "  wataomi, cache deleted (cold)         $cold ($(series "$n" changed-wataomi-cold | range))  x$(ratio "$cold" "$alembic")  compare $(series "$n" changed-wataomi-cold 5 | median) s"
  echo "  alembic revision --autogenerate      $alembic ($(series "$n" changed-alembic | range))"
  echo "  targets: cached <= 0.5x Alembic: $(verdict "$(ratio "$cached" "$alembic")" 0.5); cached < 8000 ms: $(awk -v a="$cached" 'BEGIN {print (a < 8000) ? "yes" : "NO"}')"
  echo "$n tables from an empty database (median ms, min-max):"
  echo "  wataomi (cold)  $ew ($(series "$n" empty-wataomi | range))  x$(ratio "$ew" "$ea")  compare $(series "$n" empty-wataomi 5 | median) s;  alembic  $ea ($(series "$n" empty-alembic | range));  $(verdict "$(ratio "$ew" "$ea")" 1.0)"
}

N="${CREATE_ENTITIES:-1000}"
bench_size "$N" "${CREATE_REPS:-3}"
for size in ${CREATE_SCALE:-}; do
  [[ $size == "$N" ]] || bench_size "$size" "${CREATE_SCALE_REPS:-1}"
done
{
  echo "create benchmark, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, plugin at $(cd "$ROOT" && git rev-parse --short HEAD)," \
       "$(alembic_version), PostgreSQL $(psql_db postgres -c 'SHOW server_version') (embedded, one server for both tools)"
  echo "Whole command, wall clock (mvn -o wataomi:create; python3 -m alembic revision --autogenerate); the module is compiled after"
  echo "each change, not timed. Load average (1 min) before the runs: $(awk -F, 'NR > 1 {print $6}' "$WORK/timings.csv" | range)"
  summary "$N"
  for size in ${CREATE_SCALE:-}; do [[ $size == "$N" ]] || summary "$size"; done
} | tee "$WORK/results.txt"
