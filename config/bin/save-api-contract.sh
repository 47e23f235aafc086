#!/usr/bin/env bash
# Saves the running server's OpenAPI document as the API contract (src/main/openapi/channelport-api.json), with the
# server set to http://localhost:8080 as ApiContractIT compares it. Run it after a deliberate API change, against the
# test stack (default) or any running instance, then review the diff like code:
#   bash config/bin/save-api-contract.sh [base-url]
set -euo pipefail
cd "$(dirname "$0")/../.."
base="${1:-http://localhost:18080}"
curl -sf "$base/openapi?format=json" | node -e '
let text = "";
process.stdin.on("data", c => text += c).on("end", () => {
  const document = JSON.parse(text);
  document.servers = [{url: "http://localhost:8080"}];
  process.stdout.write(JSON.stringify(document, null, 2) + "\n");
});' > src/main/openapi/channelport-api.json
echo "saved src/main/openapi/channelport-api.json from $base"
