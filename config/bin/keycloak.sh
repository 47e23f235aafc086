#!/usr/bin/env bash
# Runs a local Keycloak for Channelport development and tests.
#
#   keycloak.sh start  --port P --data DIR [--wait] [--smtp-host H] [--smtp-port N]
#   keycloak.sh stop   --data DIR
#   keycloak.sh status --data DIR
#
# The Keycloak distribution is unpacked once into ${CHANNELPORT_CACHE:-$HOME/.cache/channelport}/keycloak-<version>
# (outside the clone) and shared. Everything that belongs to one instance lives in DIR: the H2 database (DIR/kcdb.*),
# the transaction log store, keycloak.log and keycloak.pid. Different DIRs are independent Keycloaks; several can run at
# once on different ports. The realm config/keycloak/channelport-realm.json is imported only when DIR has no
# `channelport` realm yet: use a fresh DIR (or delete DIR/kcdb.*) after changing the JSON.
# The first start of a fresh distribution also augments it (a one-time Quarkus build); that start always waits until
# the server is ready, and holds a lock so that parallel first starts do not build into the same directory.
#
# Environment:
#   KC_BOOTSTRAP_ADMIN_USERNAME / KC_BOOTSTRAP_ADMIN_PASSWORD  master-realm admin of a fresh DIR (default admin/admin)
#   CHANNELPORT_PORTAL_SECRET, CHANNELPORT_PROVISIONER_SECRET, CHANNELPORT_OPS_SECRET,
#   CHANNELPORT_SMTP_HOST, CHANNELPORT_SMTP_PORT                placeholders in the realm JSON (read at import time)
#   CHANNELPORT_CACHE                                            cache directory (default ~/.cache/channelport)
#   CHANNELPORT_M2_REPO                                          local Maven repository (default ~/.m2/repository)
#   CHANNELPORT_KC_WAIT_TIMEOUT                                  seconds --wait waits (default 300)
set -euo pipefail

KC_VERSION=26.7.3
KC_ARTIFACT="org.keycloak:keycloak-quarkus-dist:${KC_VERSION}:zip"
SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$SCRIPT_DIR/../.." && pwd)"
REALM_JSON="$REPO_ROOT/config/keycloak/channelport-realm.json"
CACHE_DIR="${CHANNELPORT_CACHE:-$HOME/.cache/channelport}"
KC_HOME="$CACHE_DIR/keycloak-$KC_VERSION"
M2_REPO="${CHANNELPORT_M2_REPO:-$HOME/.m2/repository}"
KC_ZIP="$M2_REPO/org/keycloak/keycloak-quarkus-dist/$KC_VERSION/keycloak-quarkus-dist-$KC_VERSION.zip"
WAIT_TIMEOUT="${CHANNELPORT_KC_WAIT_TIMEOUT:-300}"
REALM=channelport

die() { echo "keycloak.sh: $*" >&2; exit 1; }
log() { echo "keycloak.sh: $*" >&2; }

usage() {
  sed -n '2,6p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2
  exit 2
}

# ---------------------------------------------------------------------------------------------------------------------
# distribution

fetch_zip() {
  local mvn
  if [[ -x "$REPO_ROOT/mvnw" ]]; then mvn="$REPO_ROOT/mvnw"; else mvn="mvn"; fi
  command -v "$mvn" >/dev/null 2>&1 || die "Keycloak zip not in $M2_REPO and no Maven ($mvn) to fetch it"
  log "fetching $KC_ARTIFACT with $mvn (177 MB) ..."
  # -Dtransitive=false: the zip is all we need; resolving its dependency tree fails here (it names repositories that
  # are not reachable). Run outside the clone so a half-edited pom.xml cannot get in the way.
  local tmp
  tmp="$(mktemp -d)"
  if ! (cd "$tmp" && "$mvn" -q -B dependency:get -Dartifact="$KC_ARTIFACT" -Dtransitive=false \
          -Dmaven.repo.local="$M2_REPO"); then
    rm -rf "$tmp"
    die "could not fetch $KC_ARTIFACT"
  fi
  rm -rf "$tmp"
  [[ -f "$KC_ZIP" ]] || die "Maven ran but $KC_ZIP is missing"
}

ensure_dist() {
  [[ -x "$KC_HOME/bin/kc.sh" ]] && return 0
  command -v unzip >/dev/null 2>&1 || die "unzip is required (apt-get install -y unzip)"
  mkdir -p "$CACHE_DIR"
  [[ -f "$KC_ZIP" ]] || fetch_zip
  local tmp
  tmp="$(mktemp -d "$CACHE_DIR/.keycloak-$KC_VERSION.unpack.XXXXXX")"
  log "unpacking Keycloak $KC_VERSION into $KC_HOME ..."
  if ! unzip -q "$KC_ZIP" -d "$tmp"; then rm -rf "$tmp"; die "unzip of $KC_ZIP failed"; fi
  [[ -x "$tmp/keycloak-$KC_VERSION/bin/kc.sh" ]] || { rm -rf "$tmp"; die "unexpected zip layout in $KC_ZIP"; }
  # mv -T is atomic and refuses to move into an existing directory (another process won the race: fine)
  mv -T "$tmp/keycloak-$KC_VERSION" "$KC_HOME" 2>/dev/null || [[ -x "$KC_HOME/bin/kc.sh" ]] \
    || { rm -rf "$tmp"; die "could not move the distribution to $KC_HOME"; }
  rm -rf "$tmp"
}

# ---------------------------------------------------------------------------------------------------------------------
# helpers

port_answers() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

read_pid() {
  local f="$DATA_DIR/keycloak.pid" pid
  [[ -f "$f" ]] || return 1
  pid="$(tr -dc '0-9' <"$f")"
  [[ -n "$pid" ]] || return 1
  echo "$pid"
}

# our pid file points at a live process that is a Keycloak (kc.sh or its java) of this DIR
running_pid() {
  local pid
  pid="$(read_pid)" || return 1
  kill -0 "$pid" 2>/dev/null || return 1
  tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q -- "$DATA_DIR/kcdb" || return 1
  echo "$pid"
}

well_known_url() { echo "http://127.0.0.1:$1/realms/$REALM/.well-known/openid-configuration"; }

is_ready() {
  local code
  code="$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$(well_known_url "$1")" 2>/dev/null || true)"
  [[ "$code" == 200 ]]
}

wait_ready() {
  local port="$1" pid="$2" started=$SECONDS
  log "waiting for $(well_known_url "$port") (timeout ${WAIT_TIMEOUT}s) ..."
  while ! is_ready "$port"; do
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "keycloak.sh: Keycloak (pid $pid) died during start; last 40 lines of $DATA_DIR/keycloak.log:" >&2
      tail -n 40 "$DATA_DIR/keycloak.log" >&2 || true
      rm -f "$DATA_DIR/keycloak.pid"
      return 1
    fi
    if (( SECONDS - started >= WAIT_TIMEOUT )); then
      echo "keycloak.sh: Keycloak not ready after ${WAIT_TIMEOUT}s; last 40 lines of $DATA_DIR/keycloak.log:" >&2
      tail -n 40 "$DATA_DIR/keycloak.log" >&2 || true
      log "stopping it"
      do_stop >&2 || true
      return 1
    fi
    sleep 2
  done
  log "Keycloak ready on http://127.0.0.1:$port after $((SECONDS - started))s (realm $REALM)"
}

# ---------------------------------------------------------------------------------------------------------------------
# commands

do_start() {
  [[ -n "$PORT" ]] || die "start needs --port"
  [[ "$PORT" =~ ^[0-9]+$ ]] && (( PORT > 0 && PORT < 64536 )) || die "bad --port $PORT"
  [[ -f "$REALM_JSON" ]] || die "missing $REALM_JSON"
  command -v java >/dev/null 2>&1 || die "java is required"
  command -v curl >/dev/null 2>&1 || die "curl is required"
  local pid mgmt_port=$((PORT + 1000))

  if pid="$(running_pid)"; then
    log "already running from $DATA_DIR (pid $pid)"
    if [[ "$WAIT" == 1 ]]; then wait_ready "$PORT" "$pid"; fi
    return 0
  fi
  rm -f "$DATA_DIR/keycloak.pid"
  if port_answers "$PORT"; then
    die "port $PORT on 127.0.0.1 is already in use by another process (not a Keycloak of $DATA_DIR)"
  fi

  # Fetching, unpacking and the first start-dev (which augments the distribution, rewriting lib/quarkus) happen under
  # a lock held until that first server is up, so parallel first starts neither download nor build into the same place.
  local first_start=0
  mkdir -p "$CACHE_DIR"
  exec 9>"$CACHE_DIR/keycloak-$KC_VERSION.lock"
  if [[ ! -f "$KC_HOME/.channelport-augmented" ]]; then
    flock 9
    if [[ ! -f "$KC_HOME/.channelport-augmented" ]]; then
      ensure_dist
      first_start=1
      log "first start of this distribution: Keycloak augments it once (slow)"
    else
      flock -u 9
    fi
  fi

  mkdir -p "$KC_HOME/data/import"
  cp -f "$REALM_JSON" "$KC_HOME/data/import/channelport-realm.json"
  # the sign-in pages' theme (themes/keycloak): copied over, never removed first, as another instance may be reading it
  mkdir -p "$KC_HOME/themes"
  cp -rf "$REPO_ROOT/themes/keycloak/." "$KC_HOME/themes/"

  [[ -f "$DATA_DIR/keycloak.log" ]] && mv -f "$DATA_DIR/keycloak.log" "$DATA_DIR/keycloak.log.1"

  # C1 only starts faster on 2 cores; KEYCLOAK_JAVA_OPTS come after and may take it back (the test servers do)
  local java_opts="-XX:TieredStopAtLevel=1 -Dquarkus.transaction-manager.object-store.directory=$DATA_DIR/transaction-logs"
  [[ -n "${KEYCLOAK_JAVA_OPTS:-}" ]] && java_opts="$java_opts $KEYCLOAK_JAVA_OPTS"
  (
    cd "$DATA_DIR"
    export KC_BOOTSTRAP_ADMIN_USERNAME="${KC_BOOTSTRAP_ADMIN_USERNAME:-admin}"
    export KC_BOOTSTRAP_ADMIN_PASSWORD="${KC_BOOTSTRAP_ADMIN_PASSWORD:-admin}"
    export JAVA_OPTS_APPEND="${JAVA_OPTS_APPEND:+$JAVA_OPTS_APPEND }$java_opts"
    [[ -n "$SMTP_HOST" ]] && export CHANNELPORT_SMTP_HOST="$SMTP_HOST"
    [[ -n "$SMTP_PORT" ]] && export CHANNELPORT_SMTP_PORT="$SMTP_PORT"
    exec 9>&-
    # setsid: own session and process group (pid == pgid), so stop can signal kc.sh and java together and the
    # caller's shell may exit.
    exec setsid nohup "$KC_HOME/bin/kc.sh" start-dev \
      --http-host=127.0.0.1 \
      --http-port="$PORT" \
      --http-management-port="$mgmt_port" \
      --hostname="http://127.0.0.1:$PORT" \
      --import-realm \
      --db=dev-file \
      "--db-url=jdbc:h2:file:$DATA_DIR/kcdb;NON_KEYWORDS=VALUE;DB_CLOSE_ON_EXIT=FALSE" \
      </dev/null >"$DATA_DIR/keycloak.log" 2>&1
  ) &
  pid=$!
  echo "$pid" >"$DATA_DIR/keycloak.pid"
  log "started Keycloak $KC_VERSION (pid $pid) on http://127.0.0.1:$PORT, data $DATA_DIR, log $DATA_DIR/keycloak.log"

  if [[ "$first_start" == 1 ]]; then
    local rc=0
    wait_ready "$PORT" "$pid" || rc=$?
    [[ "$rc" == 0 ]] && touch "$KC_HOME/.channelport-augmented"
    flock -u 9
    return "$rc"
  fi
  exec 9>&-
  if [[ "$WAIT" == 1 ]]; then wait_ready "$PORT" "$pid"; fi
}

do_stop() {
  local pid
  if ! pid="$(read_pid)"; then
    log "not running (no pid file in $DATA_DIR)"
    return 0
  fi
  if ! kill -0 "$pid" 2>/dev/null; then
    log "not running (stale pid $pid)"
    rm -f "$DATA_DIR/keycloak.pid"
    return 0
  fi
  log "stopping Keycloak (pid $pid) ..."
  kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
  local i
  for ((i = 0; i < 60; i++)); do
    kill -0 -- "-$pid" 2>/dev/null || kill -0 "$pid" 2>/dev/null || break
    sleep 0.5
  done
  if kill -0 -- "-$pid" 2>/dev/null || kill -0 "$pid" 2>/dev/null; then
    log "still running after 30s: SIGKILL"
    kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
    sleep 1
  fi
  rm -f "$DATA_DIR/keycloak.pid"
  log "stopped"
}

do_status() {
  local pid port=""
  if pid="$(running_pid)"; then
    port="$(tr '\0' '\n' <"/proc/$pid/cmdline" | sed -n 's/^--http-port=//p' | head -n1)"
    if [[ -n "$port" ]] && is_ready "$port"; then
      echo "running (pid $pid) and ready on http://127.0.0.1:$port"
    else
      echo "running (pid $pid), not ready${port:+ on port $port}"
    fi
    return 0
  fi
  echo "stopped"
  return 3
}

# ---------------------------------------------------------------------------------------------------------------------

[[ $# -ge 1 ]] || usage
CMD="$1"; shift
PORT="" DATA_DIR="" WAIT=0 SMTP_HOST="" SMTP_PORT=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --port) PORT="${2:?--port needs a value}"; shift 2 ;;
    --port=*) PORT="${1#*=}"; shift ;;
    --data) DATA_DIR="${2:?--data needs a value}"; shift 2 ;;
    --data=*) DATA_DIR="${1#*=}"; shift ;;
    --wait) WAIT=1; shift ;;
    --smtp-host) SMTP_HOST="${2:?--smtp-host needs a value}"; shift 2 ;;
    --smtp-port) SMTP_PORT="${2:?--smtp-port needs a value}"; shift 2 ;;
    -h|--help) usage ;;
    *) die "unknown argument: $1" ;;
  esac
done
[[ -n "$DATA_DIR" ]] || die "--data DIR is required"
case "$DATA_DIR" in *[\;\ ]*) die "--data must not contain spaces or ';' (it goes into a JDBC URL)";; esac
mkdir -p "$DATA_DIR"
DATA_DIR="$(cd "$DATA_DIR" && pwd)"

case "$CMD" in
  start) do_start ;;
  stop) do_stop ;;
  status) do_status ;;
  *) usage ;;
esac
