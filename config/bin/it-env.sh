#!/usr/bin/env bash
# The servers of the integration tests, started once per build by Maven (pre-integration-test) and stopped after
# (post-integration-test): a fresh PostgreSQL database, a fresh Keycloak with the realm, Payara Micro with the WAR.
#   it-env.sh start | stop        (ports and names from the environment, set by pom.xml)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
BIN="$ROOT/config/bin"
: "${IT_HTTP_PORT:=18080}" "${IT_KEYCLOAK_PORT:=18180}" "${IT_SMTP_PORT:=13025}" "${IT_DB_NAME:=channelport_it}"
DATA="$ROOT/target/it-$IT_HTTP_PORT"
PG_HOST="${PGHOST:-127.0.0.1}" PG_PORT="${PGPORT:-5432}" PG_USER="${PGUSER:-postgres}"

case "${1:-}" in
  start)
    "$0" stop >/dev/null 2>&1 || true
    rm -rf "$DATA"; mkdir -p "$DATA"
    pg_isready -q -h "$PG_HOST" -p "$PG_PORT" || { echo "PostgreSQL does not answer on $PG_HOST:$PG_PORT (see README: Tests)" >&2; exit 1; }
    psql -q -v ON_ERROR_STOP=1 -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d postgres \
        -c "drop database if exists $IT_DB_NAME with (force)" -c "create database $IT_DB_NAME" \
        -c "alter database $IT_DB_NAME set synchronous_commit = off"
    # (a test database need not wait for its disk at each commit: what is tested is the same, the cores are freer)
    started=$(date +%s)
    # Test classes run in parallel and sign in the same demo people at the same moment; Keycloak 26 refuses concurrent
    # sign-ins of one user when brute-force detection is on (keycloak/keycloak#33527), unless told to allow them.
    # Only the test servers allow them: the demo and production keep Keycloak's default.
    export KC_SPI_BRUTE_FORCE_PROTECTOR_DEFAULT_BRUTE_FORCE_DETECTOR_ALLOW_CONCURRENT_REQUESTS=true
    # IT_JAVA_OPTS (pom.xml: it.java.opts, empty by default; see there why) go to both servers after their own options.
    export KEYCLOAK_JAVA_OPTS="${KEYCLOAK_JAVA_OPTS:-${IT_JAVA_OPTS:-}}" PAYARA_JAVA_OPTS="${PAYARA_JAVA_OPTS:-${IT_JAVA_OPTS:-}}"
    # Keycloak's first start on a fresh clone unpacks and builds it (20-40 s) before it returns: in the background, so
    # that Payara boots meanwhile; waited for before the ready check below (which must not start a second one).
    "$BIN/keycloak.sh" start --port "$IT_KEYCLOAK_PORT" --data "$DATA/keycloak" --smtp-port "$IT_SMTP_PORT" &
    keycloak_starting=$!
    export APP_DB_URL="jdbc:postgresql://$PG_HOST:$PG_PORT/$IT_DB_NAME?stringtype=unspecified&reWriteBatchedInserts=true"
    export APP_DB_CLASS=org.postgresql.ds.PGSimpleDataSource APP_DB_USER="$PG_USER" APP_DB_PASSWORD=""
    export APP_BASE_URL="http://localhost:$IT_HTTP_PORT" APP_KEYCLOAK_URL="http://127.0.0.1:$IT_KEYCLOAK_PORT"
    export APP_MAIL_HOST=127.0.0.1 APP_MAIL_PORT="$IT_SMTP_PORT"
    # EDI over SFTP: the test servers' own port (the HTTP port + 22) and homes, calling this server's API
    export APP_EDI_SFTP_PORT=$(( IT_HTTP_PORT + 22 )) APP_EDI_SFTP_ROOT="$DATA/sftp"
    export APP_EDI_SFTP_API_URL="http://127.0.0.1:$IT_HTTP_PORT"
    # Tests send X-Forwarded-For to act as distinct clients, as a reverse proxy on this host would.
    export APP_REST_TRUSTED_PROXIES=127.0.0.1 APP_RATE_LIMIT_PARTNER_APPLICATIONS_PER_MINUTE=20
    # The tests start the SLA sweeps through their API when they want them, never a timer at a moment of its own.
    export APP_SWEEPS_TIMERS=false
    # The tests run on this host: with the loopback allowance on, they could not show that /metrics is closed.
    export APP_OPERATIONS_ALLOW_LOOPBACK=false
    # Webhook tests receive on this host over http, and see a dead letter within seconds instead of 24 hours.
    export APP_WEBHOOKS_DEVELOPMENT=true APP_WEBHOOKS_FIRST_RETRY=PT1S APP_WEBHOOKS_RETRY_WINDOW=PT4S
    "$BIN/payara.sh" start --port "$IT_HTTP_PORT" --data "$DATA/payara" --wait
    wait "$keycloak_starting"
    "$BIN/keycloak.sh" start --port "$IT_KEYCLOAK_PORT" --data "$DATA/keycloak" --wait
    echo "it-env: servers ready in $(( $(date +%s) - started )) s (app http://localhost:$IT_HTTP_PORT, Keycloak :$IT_KEYCLOAK_PORT)"
    ;;
  stop)
    # both at once: each waits for its server's end
    "$BIN/payara.sh" stop --data "$DATA/payara" || true &
    "$BIN/keycloak.sh" stop --data "$DATA/keycloak" || true
    wait
    ;;
  *) echo "usage: it-env.sh start|stop" >&2; exit 2 ;;
esac
