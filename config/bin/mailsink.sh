#!/usr/bin/env bash
# Dev mail sink (GreenMail SMTP + a web page listing the mails), see config/dev/MailSink.java.
#
#   mailsink.sh start  --smtp P --http H --data DIR     (defaults: --smtp 3025 --http 8025)
#   mailsink.sh stop   --data DIR
#   mailsink.sh status --data DIR
#
# Runs in the background: pid in DIR/mailsink.pid, log in DIR/mailsink.log. start returns when both ports answer.
# Keycloak's realm sends to 127.0.0.1:3025 unless CHANNELPORT_SMTP_HOST/PORT said otherwise at realm import.
set -euo pipefail

GREENMAIL_VERSION=2.1.13
GREENMAIL_ARTIFACT="com.icegreen:greenmail-standalone:$GREENMAIL_VERSION"
SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$SCRIPT_DIR/../.." && pwd)"
SOURCE="$REPO_ROOT/config/dev/MailSink.java"
M2_REPO="${CHANNELPORT_M2_REPO:-$HOME/.m2/repository}"
JAR="$M2_REPO/com/icegreen/greenmail-standalone/$GREENMAIL_VERSION/greenmail-standalone-$GREENMAIL_VERSION.jar"
START_TIMEOUT=60

die() { echo "mailsink.sh: $*" >&2; exit 1; }
log() { echo "mailsink.sh: $*" >&2; }
usage() { sed -n '2,8p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2; exit 2; }

port_answers() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

ensure_jar() {
  [[ -f "$JAR" ]] && return 0
  local mvn tmp
  if [[ -x "$REPO_ROOT/mvnw" ]]; then mvn="$REPO_ROOT/mvnw"; else mvn="mvn"; fi
  command -v "$mvn" >/dev/null 2>&1 || die "$JAR missing and no Maven to fetch it"
  log "fetching $GREENMAIL_ARTIFACT ..."
  tmp="$(mktemp -d)"
  if ! (cd "$tmp" && "$mvn" -q -B dependency:get -Dartifact="$GREENMAIL_ARTIFACT" -Dtransitive=false \
          -Dmaven.repo.local="$M2_REPO"); then
    rm -rf "$tmp"; die "could not fetch $GREENMAIL_ARTIFACT"
  fi
  rm -rf "$tmp"
  [[ -f "$JAR" ]] || die "Maven ran but $JAR is missing"
}

read_pid() {
  local f="$DATA_DIR/mailsink.pid" pid
  [[ -f "$f" ]] || return 1
  pid="$(tr -dc '0-9' <"$f")"
  [[ -n "$pid" ]] || return 1
  echo "$pid"
}

running_pid() {
  local pid
  pid="$(read_pid)" || return 1
  kill -0 "$pid" 2>/dev/null || return 1
  tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q "MailSink.java" || return 1
  echo "$pid"
}

do_start() {
  [[ "$SMTP" =~ ^[0-9]+$ && "$HTTP" =~ ^[0-9]+$ ]] || die "--smtp and --http must be port numbers"
  command -v java >/dev/null 2>&1 || die "java is required"
  local pid
  if pid="$(running_pid)"; then
    log "already running from $DATA_DIR (pid $pid)"
    return 0
  fi
  rm -f "$DATA_DIR/mailsink.pid"
  port_answers "$SMTP" && die "port $SMTP on 127.0.0.1 is already in use"
  port_answers "$HTTP" && die "port $HTTP on 127.0.0.1 is already in use"
  ensure_jar
  [[ -f "$DATA_DIR/mailsink.log" ]] && mv -f "$DATA_DIR/mailsink.log" "$DATA_DIR/mailsink.log.1"
  (
    cd "$DATA_DIR"
    exec setsid nohup java -XX:TieredStopAtLevel=1 -Xmx128m -cp "$JAR" "$SOURCE" --smtp "$SMTP" --http "$HTTP" \
      </dev/null >"$DATA_DIR/mailsink.log" 2>&1
  ) &
  pid=$!
  echo "$pid" >"$DATA_DIR/mailsink.pid"
  local started=$SECONDS
  until port_answers "$SMTP" && port_answers "$HTTP"; do
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "mailsink.sh: mail sink (pid $pid) died during start; $DATA_DIR/mailsink.log:" >&2
      tail -n 40 "$DATA_DIR/mailsink.log" >&2 || true
      rm -f "$DATA_DIR/mailsink.pid"
      exit 1
    fi
    if (( SECONDS - started >= START_TIMEOUT )); then
      echo "mailsink.sh: ports $SMTP/$HTTP not open after ${START_TIMEOUT}s; $DATA_DIR/mailsink.log:" >&2
      tail -n 40 "$DATA_DIR/mailsink.log" >&2 || true
      do_stop
      exit 1
    fi
    sleep 0.5
  done
  log "mail sink running (pid $pid): SMTP 127.0.0.1:$SMTP, web http://127.0.0.1:$HTTP/, log $DATA_DIR/mailsink.log"
}

do_stop() {
  local pid i
  if ! pid="$(read_pid)"; then log "not running (no pid file in $DATA_DIR)"; return 0; fi
  if ! kill -0 "$pid" 2>/dev/null; then
    log "not running (stale pid $pid)"; rm -f "$DATA_DIR/mailsink.pid"; return 0
  fi
  kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
  for ((i = 0; i < 60; i++)); do
    kill -0 -- "-$pid" 2>/dev/null || kill -0 "$pid" 2>/dev/null || break
    sleep 0.5
  done
  if kill -0 -- "-$pid" 2>/dev/null || kill -0 "$pid" 2>/dev/null; then
    log "still running after 30s: SIGKILL"
    kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
  fi
  rm -f "$DATA_DIR/mailsink.pid"
  log "stopped"
}

do_status() {
  local pid
  if pid="$(running_pid)"; then echo "running (pid $pid)"; return 0; fi
  echo "stopped"; return 3
}

[[ $# -ge 1 ]] || usage
CMD="$1"; shift
SMTP=3025 HTTP=8025 DATA_DIR=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --smtp) SMTP="${2:?--smtp needs a value}"; shift 2 ;;
    --http) HTTP="${2:?--http needs a value}"; shift 2 ;;
    --data) DATA_DIR="${2:?--data needs a value}"; shift 2 ;;
    -h|--help) usage ;;
    *) die "unknown argument: $1" ;;
  esac
done
[[ -n "$DATA_DIR" ]] || die "--data DIR is required"
mkdir -p "$DATA_DIR"
DATA_DIR="$(cd "$DATA_DIR" && pwd)"

case "$CMD" in
  start) do_start ;;
  stop) do_stop ;;
  status) do_status ;;
  *) usage ;;
esac
