#!/usr/bin/env bash
# Runs Payara Micro with the Channelport WAR in the background.
#
#   payara.sh start --port P --data DIR [--war FILE] [--wait]
#   payara.sh stop  --data DIR
#
# Configuration reaches the app through the environment (APP_DB_URL, APP_KEYCLOAK_URL, ...: see README.md).
# pid and log in DIR. --wait returns when the app answers on http://localhost:P/ (timeout 300 s).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
die() { echo "payara.sh: $*" >&2; exit 1; }
port_answers() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

CMD="${1:-}"; shift || true
PORT="" DATA="" WAR="$ROOT/target/channelport.war" WAIT=0
while [[ $# -gt 0 ]]; do
  case "$1" in
    --port) PORT="$2"; shift 2 ;;
    --data) DATA="$2"; shift 2 ;;
    --war) WAR="$2"; shift 2 ;;
    --wait) WAIT=1; shift ;;
    *) die "unknown argument $1" ;;
  esac
done
[[ -n "$DATA" ]] || die "--data DIR is required"
mkdir -p "$DATA"
PID_FILE="$DATA/payara.pid"
LOG="$DATA/payara.log"

running_pid() {
  [[ -f "$PID_FILE" ]] || return 1
  local pid; pid="$(cat "$PID_FILE")"
  kill -0 "$pid" 2>/dev/null && echo "$pid"
}

case "$CMD" in
  start)
    [[ -n "$PORT" ]] || die "--port is required"
    [[ -f "$WAR" ]] || die "$WAR is missing: build it first (./mvnw package)"
    JAR="$ROOT/target/runtime/payara-micro.jar"
    [[ -f "$JAR" ]] || die "$JAR is missing: ./mvnw package copies it there"
    if port_answers "$PORT"; then die "port $PORT is already in use: stop what runs there first"; fi
    # The container builds absolute URLs (redirects, OIDC's callback address, JAX-RS's UriInfo) from the request's
    # Host header unless the listener has a server name: give it the host and port of APP_BASE_URL.
    BOOT="$DATA/pre-boot.asadmin"
    cp "$ROOT/config/payara/pre-boot.asadmin" "$BOOT"
    if [[ -n "${APP_BASE_URL:-}" ]]; then
      authority="$(sed -E 's#^[A-Za-z][A-Za-z0-9+.-]*://([^/?#]+).*#\1#' <<<"$APP_BASE_URL")"
      echo "set configs.config.server-config.network-config.protocols.protocol.http-listener.http.server-name=$authority" >>"$BOOT"
    fi
    # -XX:TieredStopAtLevel=1 halves start time on 2 cores; UTC so that timestamps never depend on the host.
    setsid java -XX:TieredStopAtLevel=1 -Xss1m -Duser.timezone=UTC -Duser.language=en -Duser.country=US \
        ${PAYARA_JAVA_OPTS:-} -jar "$JAR" --nohazelcast --port "$PORT" --contextroot / \
        --prebootcommandfile "$BOOT" --deploy "$WAR" >"$LOG" 2>&1 &
    echo $! >"$PID_FILE"
    if [[ $WAIT -eq 1 ]]; then
      for _ in $(seq 1 300); do
        pid="$(running_pid)" || { tail -n 60 "$LOG" >&2; die "Payara Micro exited during start (log: $LOG)"; }
        if grep -q "Failed to start, exiting" "$LOG"; then "$0" stop --data "$DATA"; tail -n 60 "$LOG" >&2; die "Payara Micro failed to start"; fi
        code="$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$PORT/" || true)"
        if [[ "$code" == "200" ]]; then exit 0; fi
        # Payara reports itself ready even when the WAR failed to deploy: give the app a few seconds, then say why.
        if grep -q "Payara Micro .* ready in" "$LOG"; then
          ready_seen=$(( ${ready_seen:-0} + 1 ))
          if (( ready_seen > 15 )); then
            grep -E -A12 "SEVERE" "$LOG" | head -80 >&2; "$0" stop --data "$DATA"
            die "Payara Micro started but the app does not answer: it failed to deploy (log: $LOG)"
          fi
        fi
        if grep -q -E "Exception while deploying|Deployment failed|failed to deploy" "$LOG"; then
          "$0" stop --data "$DATA"; grep -E -A20 "Exception while deploying|Deployment failed|failed to deploy" "$LOG" | head -60 >&2
          die "the WAR failed to deploy (log: $LOG)"
        fi
        sleep 1
      done
      tail -n 60 "$LOG" >&2; "$0" stop --data "$DATA"; die "Payara Micro did not answer within 300 s"
    fi
    ;;
  stop)
    pid="$(running_pid)" || exit 0
    kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
    rm -f "$PID_FILE"
    ;;
  *) die "usage: payara.sh start|stop ..." ;;
esac
