#!/usr/bin/env bash
# Prints the test counts by kind and the 10 slowest test classes of this build (from the Surefire and Failsafe
# reports), so that every run of ./mvnw verify shows where its time goes. Run by Maven after the integration tests.
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
summary() { # kind dir: one awk over every report (a process per file made this step take seconds)
  local files=("$2"/TEST-*.xml)
  [[ -e "${files[0]}" ]] || return 0
  awk -v kind="$1" '/<testsuite / {
      tag = $0
      name = tag; sub(/.* name="/, "", name); sub(/".*/, "", name); n = split(name, parts, "."); name = parts[n]
      time = tag; sub(/.* time="/, "", time); sub(/".*/, "", time); gsub(/,/, "", time)
      tests = tag; sub(/.* tests="/, "", tests); sub(/".*/, "", tests)
      printf "%s\t%s\t%s\t%s\n", kind, name, time, tests
      nextfile
    }' "${files[@]}"
}
rows=$( { summary unit "$ROOT/target/surefire-reports"; summary integration "$ROOT/target/failsafe-reports"; } )
[[ -n "$rows" ]] || { echo "test-times: no test reports"; exit 0; }
echo "---------------------------------------------------------------------------------------------"
awk -F'\t' '{ n[$1] += $4; c[$1]++; t[$1] += $3 }
  END { for (k in n) printf "tests: %-12s %4d tests in %3d classes, %7.1f s summed\n", k, n[k], c[k], t[k] }' <<<"$rows" | sort
echo "the 10 slowest test classes (seconds; integration classes may overlap in time, they run in parallel):"
sort -t$'\t' -k3,3 -g -r <<<"$rows" | head -n 10 | awk -F'\t' '{ printf "  %8.1f  %-32s %-11s %3d tests\n", $3, $2, $1, $4 }'
echo "---------------------------------------------------------------------------------------------"
