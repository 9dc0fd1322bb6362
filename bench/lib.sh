# Shared by the benchmark scripts (sourced): logging, the plugin installed into M2 and a frozen copy of M2, one
# embedded PostgreSQL for the run, psql helpers and statistics. Needs BENCH, ROOT, WORK and M2 set.

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
load1() { cut -d' ' -f1 /proc/loadavg 2>/dev/null || echo NA; }

PLUGIN_VERSION=0.1.0-SNAPSHOT
PLUGIN_JAR="$M2/io/wataomi/wataomi-maven-plugin/$PLUGIN_VERSION/wataomi-maven-plugin-$PLUGIN_VERSION.jar"

# Installs the plugin into M2 (BENCH_INSTALL: auto = when missing or older than its sources; 1 = always; 0 = never).
install_plugin() {
  local install="${BENCH_INSTALL:-auto}"
  if [[ "$install" == 1 || ( "$install" != 0 && ( ! -f "$PLUGIN_JAR" \
        || -n "$(find "$ROOT/src/main" "$ROOT/pom.xml" -newer "$PLUGIN_JAR" -type f -print -quit 2>/dev/null)" ) ) ]]; then
    log "Installing the plugin into $M2 (mvn install -DskipTests -Dinvoker.skip=true)"
    mvn -q -f "$ROOT/pom.xml" -Dmaven.repo.local="$M2" install -DskipTests -Dinvoker.skip=true
  else
    log "Plugin already installed and newer than its sources: $PLUGIN_JAR"
  fi
}

# Resolves the plugin's runtime classpath (for the PostgreSQL launcher) into $WORK/plugin.classpath.
plugin_classpath() {
  mvn -q -f "$ROOT/pom.xml" -Dmaven.repo.local="$M2" dependency:build-classpath -Dmdep.outputFile="$WORK/plugin.classpath" >/dev/null
}

# Copies M2 to the given folder, frozen for the run, so that another build installing the plugin meanwhile cannot
# swap the jar under a running benchmark; sets PLUGIN_COPY, the plugin's jar in the copy.
freeze_repository() {
  local repo=$1
  log "Copying $M2 to $repo (frozen for this run)"
  for _ in 1 2 3; do
    rm -rf "$repo"; cp -a "$M2" "$repo" 2>/dev/null || true   # files another build deletes meanwhile may vanish
    unzip -tq "$repo/${PLUGIN_JAR#"$M2"/}" >/dev/null 2>&1 && break
    log "The plugin jar was being rewritten while copied; retrying"; sleep 5
  done
  PLUGIN_COPY="$repo/${PLUGIN_JAR#"$M2"/}"
  unzip -tq "$PLUGIN_COPY" >/dev/null
}

# The commit of the working tree, and whether src/main or pom.xml had uncommitted changes.
plugin_revision() {
  printf '%s%s\n' "$(cd "$ROOT" && git rev-parse --short HEAD 2>/dev/null || echo '?')" "$(cd "$ROOT" \
    && [[ -n "$(git status --porcelain -- src/main pom.xml 2>/dev/null)" ]] && echo ' + uncommitted changes in src/main or pom.xml' || true)"
}

LAUNCHER_PID=""
# Stops the server start_postgres started: the launcher's shutdown hook stops the postmaster.
stop_pg() {
  if [[ -n "$LAUNCHER_PID" ]] && kill -0 "$LAUNCHER_PID" 2>/dev/null; then
    log "Stopping PostgreSQL (launcher pid $LAUNCHER_PID)"
    kill -TERM "$LAUNCHER_PID" 2>/dev/null || true
    wait "$LAUNCHER_PID" 2>/dev/null || true
  fi
  LAUNCHER_PID=""
}

# Starts the embedded PostgreSQL on a fresh data folder through PgLauncher.java: classpath, data folder, port file,
# launcher log. Stops a server a previous run left on that folder first. Sets LAUNCHER_PID and PORT; returns 1 when
# the server does not start. The caller stops it (stop_pg), e.g. in its EXIT trap.
start_postgres() {
  local cp=$1 data=$2 port_file=$3 launcher_log=$4 stale
  if [[ -f "$data/postmaster.pid" ]]; then
    stale="$(head -1 "$data/postmaster.pid")"
    if kill -0 "$stale" 2>/dev/null; then
      log "Stopping the server a previous bench run left on $data (pid $stale)"
      kill -INT "$stale"; for _ in $(seq 60); do kill -0 "$stale" 2>/dev/null || break; sleep 0.5; done
    fi
  fi
  rm -rf "$data" "$port_file"
  java -cp "$cp" "$BENCH/PgLauncher.java" "$data" "$port_file" >"$launcher_log" 2>&1 &
  LAUNCHER_PID=$!
  for _ in $(seq 240); do
    [[ -s "$port_file" ]] && break
    kill -0 "$LAUNCHER_PID" 2>/dev/null || { cat "$launcher_log" >&2; log "PostgreSQL did not start"; return 1; }
    sleep 0.5
  done
  [[ -s "$port_file" ]] || { cat "$launcher_log" >&2; log "PostgreSQL did not start"; return 1; }
  PORT="$(cat "$port_file")"
  log "PostgreSQL $(psql -h localhost -p "$PORT" -U postgres -d postgres -Atqc 'SHOW server_version') on port $PORT"
}

# start_postgres on the classpath CP, the server stopped on exit (also on Ctrl-C); exits when it does not start.
start_pg() {
  local data=$1 logfile=$2
  trap stop_pg EXIT
  trap 'exit 130' INT TERM
  start_postgres "$CP" "$data" "$data.port" "$logfile" || exit 1
}

psql_db() { local db=$1; shift; psql -h localhost -p "$PORT" -U postgres -d "$db" -v ON_ERROR_STOP=1 -Atq "$@"; }
fresh_db() {
  psql_db postgres -c "DROP DATABASE IF EXISTS $1 WITH (FORCE)" -c "CREATE DATABASE $1" \
    ${LOG_STATEMENTS:+-c "ALTER DATABASE $1 SET log_min_duration_statement = 0"}
}
jdbc_url() { echo "jdbc:postgresql://localhost:$PORT/$1"; }

# Alembic and SQLAlchemy from the distribution's packages (they install for /usr/bin/python3, set PY).
require_alembic() {
  "$PY" -c 'import alembic, sqlalchemy, psycopg2' 2>/dev/null && return 0
  if [[ $(id -u) == 0 ]] && command -v apt-get >/dev/null; then
    log "Installing python3-alembic and python3-psycopg2 (apt-get)"
    apt-get install -y -q python3-alembic python3-psycopg2 >"$WORK/apt.log" 2>&1 || { cat "$WORK/apt.log" >&2; exit 1; }
  else
    log "Alembic is missing for $PY: run  sudo apt-get install -y python3-alembic python3-psycopg2"
    log "(or set BENCH_PYTHON to a Python that has alembic, sqlalchemy and psycopg2)"
    exit 1
  fi
}
alembic_version() { "$PY" -c 'import alembic, sqlalchemy; print("Alembic", alembic.__version__, "SQLAlchemy", sqlalchemy.__version__)'; }

# Statistics over numbers on stdin.
median() { sort -n | awk '{a[NR]=$1} END {if (NR == 0) print "NaN"; else if (NR % 2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }
range() { sort -n | awk '{a[NR]=$1} END {if (NR == 0) print "-"; else print a[1] "-" a[NR]}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "" || b == "" || b == 0) print "-"; else printf "%.2f", a / b }'; }
verdict() { awk -v r="$1" -v t="$2" 'BEGIN {print (r <= t) ? "meets target <= " t : "MISSES target <= " t}'; }
