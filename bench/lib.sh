# Shared by the benchmark scripts (sourced): logging, the plugin installed into M2, one embedded PostgreSQL for the
# run (stopped on exit, also on Ctrl-C), psql helpers and statistics. Needs BENCH, ROOT, WORK and M2 set.

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

LAUNCHER_PID=""
stop_pg() {
  if [[ -n "$LAUNCHER_PID" ]] && kill -0 "$LAUNCHER_PID" 2>/dev/null; then
    log "Stopping PostgreSQL (launcher pid $LAUNCHER_PID)"
    kill -TERM "$LAUNCHER_PID" 2>/dev/null || true   # its shutdown hook stops the postmaster
    wait "$LAUNCHER_PID" 2>/dev/null || true
  fi
  LAUNCHER_PID=""
}

# Starts the embedded PostgreSQL on a fresh data folder (classpath CP); sets PORT. Stopped on exit.
start_pg() {
  local data=$1 logfile=$2
  if [[ -f "$data/postmaster.pid" ]]; then
    local stale; stale="$(head -1 "$data/postmaster.pid")"
    if kill -0 "$stale" 2>/dev/null; then
      log "Stopping the server a previous bench run left on $data (pid $stale)"
      kill -INT "$stale"; for _ in $(seq 60); do kill -0 "$stale" 2>/dev/null || break; sleep 0.5; done
    fi
  fi
  rm -rf "$data" "$data.log" "$data.port"
  trap stop_pg EXIT
  trap 'exit 130' INT TERM
  java -cp "$CP" "$BENCH/PgLauncher.java" "$data" "$data.port" >"$logfile" 2>&1 &
  LAUNCHER_PID=$!
  for _ in $(seq 240); do
    [[ -s "$data.port" ]] && break
    kill -0 "$LAUNCHER_PID" 2>/dev/null || { cat "$logfile" >&2; exit 1; }
    sleep 0.5
  done
  [[ -s "$data.port" ]] || { log "PostgreSQL did not start"; cat "$logfile" >&2; exit 1; }
  PORT="$(cat "$data.port")"
  log "PostgreSQL $(psql -h localhost -p "$PORT" -U postgres -d postgres -Atqc 'SHOW server_version') on port $PORT"
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
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a/b}'; }
verdict() { awk -v r="$1" -v t="$2" 'BEGIN {print (r <= t) ? "meets target <= " t : "MISSES target <= " t}'; }
