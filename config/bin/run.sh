#!/usr/bin/env bash
# ./mvnw -Prun calls this after packaging: Keycloak (realm from config/keycloak), a mail sink readable in a browser,
# and Payara Micro with the app on an embedded H2 file database (data/), demo partners on first start.
# Set APP_DB_URL (+ APP_DB_USER, APP_DB_PASSWORD) to use PostgreSQL instead. Ctrl-C stops everything.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
DATA="${CHANNELPORT_DATA:-$ROOT/data}"
APP_PORT="${APP_PORT:-8080}" KC_PORT="${KC_PORT:-8180}" SMTP_PORT="${SMTP_PORT:-3025}" MAIL_WEB_PORT="${MAIL_WEB_PORT:-8025}"
BIN="$ROOT/config/bin"
started=$(date +%s)
mkdir -p "$DATA"

port_answers() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
for port in "$APP_PORT" "$KC_PORT" "$SMTP_PORT" "$MAIL_WEB_PORT"; do
  if port_answers "$port"; then
    echo "Port $port is already in use. Stop what runs there (or an earlier ./mvnw -Prun) and try again." >&2
    exit 1
  fi
done

if [[ -z "${APP_DB_URL:-}" ]]; then
  mkdir -p "$DATA/h2"
  export APP_DB_URL="jdbc:h2:file:$DATA/h2/channelport" APP_DB_CLASS=org.h2.jdbcx.JdbcDataSource
  database="H2 file database in $DATA/h2"
else
  if [[ "$APP_DB_URL" == jdbc:postgresql:* ]]; then
    [[ -n "${APP_DB_CLASS:-}" ]] || export APP_DB_CLASS=org.postgresql.ds.PGSimpleDataSource
    # A database that does not exist yet is created (when the user may); otherwise stop here with one line saying
    # what to run, rather than let the deployment fail with EclipseLink's stack traces.
    driver="$(ls "$ROOT"/target/channelport/WEB-INF/lib/postgresql-*.jar 2>/dev/null | head -n 1)"
    [[ -n "$driver" ]] || { echo "The PostgreSQL driver is missing from target/channelport: run ./mvnw package first." >&2; exit 1; }
    java -cp "$driver" "$BIN/EnsureDatabase.java" "$APP_DB_URL" "${APP_DB_USER:-}" "${APP_DB_PASSWORD:-}" || exit 1
    # EclipseLink binds UUIDs as text; PostgreSQL accepts that for uuid columns only with stringtype=unspecified.
    if [[ "$APP_DB_URL" != *stringtype=* ]]; then
      [[ "$APP_DB_URL" == *\?* ]] && APP_DB_URL="$APP_DB_URL&stringtype=unspecified" || APP_DB_URL="$APP_DB_URL?stringtype=unspecified"
      export APP_DB_URL
    fi
  fi
  database="$APP_DB_URL"
fi

stop_all() {
  trap - INT TERM EXIT
  echo; echo "Stopping Channelport..."
  "$BIN/payara.sh" stop --data "$DATA/payara" || true
  "$BIN/keycloak.sh" stop --data "$DATA/keycloak" >/dev/null 2>&1 || true
  "$BIN/mailsink.sh" stop --data "$DATA/mail" >/dev/null 2>&1 || true
  echo "Stopped. Data is kept in $DATA (delete it for a fresh start)."
}
# Ctrl-C ends here (the loop at the end would otherwise report Payara as stopped unexpectedly).
trap 'stop_all; exit 130' INT TERM
trap stop_all EXIT

"$BIN/mailsink.sh" start --smtp "$SMTP_PORT" --http "$MAIL_WEB_PORT" --data "$DATA/mail"
"$BIN/keycloak.sh" start --port "$KC_PORT" --data "$DATA/keycloak" --smtp-port "$SMTP_PORT"

export APP_BASE_URL="http://localhost:$APP_PORT"
export APP_KEYCLOAK_URL="http://127.0.0.1:$KC_PORT"
export APP_MAIL_HOST=127.0.0.1 APP_MAIL_PORT="$SMTP_PORT"
# EDI over SFTP (partners' systems sign in with their API credentials): homes beside the demo's other data.
export APP_EDI_SFTP_PORT="${APP_EDI_SFTP_PORT:-2222}" APP_EDI_SFTP_ROOT="$DATA/sftp"
export APP_EDI_SFTP_API_URL="http://127.0.0.1:$APP_PORT"
# The demo listens on loopback only and has no reverse proxy: /metrics and /health may be read from this machine.
export APP_OPERATIONS_ALLOW_LOOPBACK="${APP_OPERATIONS_ALLOW_LOOPBACK:-true}"
# The demo's webhook receivers run on this machine (http://localhost/...): development mode allows them.
export APP_WEBHOOKS_DEVELOPMENT="${APP_WEBHOOKS_DEVELOPMENT:-true}"
export APP_SEED_WEBHOOK_URL="http://127.0.0.1:$MAIL_WEB_PORT/webhooks/northwind"
export APP_SEED_FILE="$ROOT/config/demo/partners.json" APP_SEED_LEADS_FILE="$ROOT/config/demo/leads.json" APP_SEED_DEALS_FILE="$ROOT/config/demo/deals.json" APP_SEED_CATALOG_FILE="$ROOT/config/demo/catalog.json"

echo "Starting Payara Micro and Keycloak (first run: a few minutes; later runs: under a minute)..."
"$BIN/payara.sh" start --port "$APP_PORT" --data "$DATA/payara" --wait
"$BIN/keycloak.sh" start --port "$KC_PORT" --data "$DATA/keycloak" --wait >/dev/null 2>&1 || "$BIN/keycloak.sh" status --data "$DATA/keycloak"
for _ in $(seq 1 120); do
  [[ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$APP_PORT/health/ready")" == "200" ]] && break
  sleep 1
done
pid="$(cat "$DATA/payara/payara.pid")"
rss_mb=$(( $(awk '/VmRSS/ {print $2}' "/proc/$pid/status") / 1024 ))

cat <<BANNER

  Channelport is running ($(( $(date +%s) - started )) s to ready; Payara RSS ${rss_mb} MB; database: $database)

    Portal and console   http://localhost:$APP_PORT/
    Become a partner     http://localhost:$APP_PORT/apply.xhtml
    Mail sink            http://localhost:$MAIL_WEB_PORT/   (invitations and Keycloak's set-password links)
    Webhooks received    http://localhost:$MAIL_WEB_PORT/webhooks   (Northwind's endpoint: order events as sent)
    Keycloak             http://127.0.0.1:$KC_PORT/   (admin console: admin / admin)
    API description      http://localhost:$APP_PORT/openapi
    Metrics and health   http://localhost:$APP_PORT/metrics  http://localhost:$APP_PORT/health  (from this machine only)
    ERP demo token       curl -s -d grant_type=client_credentials -d client_id=erp-demo -d client_secret=demo-secret \\
                           http://127.0.0.1:$KC_PORT/realms/channelport/protocol/openid-connect/token

  Demo logins (password: demo)
    manager            channel manager (console)
    northwind.admin    partner admin, Northwind Distribution (distributor)
    northwind.rep      partner user,  Northwind Distribution
    contoso.admin      partner admin, Contoso Agency (agent)
    fabrikam.admin     partner admin, Fabrikam Retail (retailer)

  Press Ctrl-C to stop.
BANNER
while kill -0 "$pid" 2>/dev/null; do sleep 2; done
echo "Payara Micro stopped unexpectedly; see $DATA/payara/payara.log" >&2
exit 1
