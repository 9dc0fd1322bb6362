# Shared by the benchmarks that run the installed plugin against one embedded PostgreSQL (run.sh, zero-downtime.sh).
# Source it after setting BENCH, ROOT, M2 (the local repository) and PLUGIN_JAR (the plugin's jar in it).

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

# Installs the plugin into M2 as BENCH_INSTALL says: 1 always, 0 never, auto (the default) when the jar is missing
# there or src/main or pom.xml is newer than it.
install_plugin() {
  local install="${BENCH_INSTALL:-auto}"
  if [[ "$install" == 1 || ( "$install" != 0 && ( ! -f "$PLUGIN_JAR" \
        || -n "$(find "$ROOT/src/main" "$ROOT/pom.xml" -newer "$PLUGIN_JAR" -type f -print -quit 2>/dev/null)" ) ) ]]; then
    log "Installing the plugin into $M2 (mvn install -DskipTests -Dinvoker.skip=true)"
    mvn -q -B -ntp -f "$ROOT/pom.xml" -Dmaven.repo.local="$M2" install -DskipTests -Dinvoker.skip=true
  else
    log "Plugin already installed and newer than its sources: $PLUGIN_JAR"
  fi
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

# Starts the embedded PostgreSQL on a data folder through PgLauncher.java: classpath, data folder, port file,
# launcher log. Stops a server a previous run left on that folder first. Sets LAUNCHER_PID and PORT.
LAUNCHER_PID=""
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
  log "Starting the embedded PostgreSQL (zonky, via io.wataomi.core.db.EmbeddedDatabase)"
  java -cp "$cp" "$BENCH/PgLauncher.java" "$data" "$port_file" >"$launcher_log" 2>&1 &
  LAUNCHER_PID=$!
  for _ in $(seq 240); do
    [[ -s "$port_file" ]] && break
    kill -0 "$LAUNCHER_PID" 2>/dev/null || { cat "$launcher_log" >&2; log "PostgreSQL did not start"; return 1; }
    sleep 0.5
  done
  [[ -s "$port_file" ]] || { cat "$launcher_log" >&2; log "PostgreSQL did not start"; return 1; }
  PORT="$(cat "$port_file")"
}

# psql on the started server: database, then psql's arguments; unaligned, quiet, stops at the first error.
psql_db() { local db=$1; shift; psql -h localhost -p "$PORT" -U postgres -d "$db" -v ON_ERROR_STOP=1 -Atq "$@"; }

# Stops the server start_postgres started: the launcher's shutdown hook stops the postmaster.
stop_postgres() {
  if [[ -n "$LAUNCHER_PID" ]] && kill -0 "$LAUNCHER_PID" 2>/dev/null; then
    log "Stopping PostgreSQL (launcher pid $LAUNCHER_PID)"
    kill -TERM "$LAUNCHER_PID" 2>/dev/null || true
    wait "$LAUNCHER_PID" 2>/dev/null || true
  fi
}
