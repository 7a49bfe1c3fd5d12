#!/usr/bin/env bash
# Throughput and latency of the main requests, each quoted as a ratio to a no-op JAX-RS endpoint (GET /api/ping) of
# the same server in the same run, which is what stays comparable on a noisy machine.
# Usage: bench/load.sh [seconds-per-scenario] [connections] [port]      (build first: mvn -B -q package -DskipTests)
# The database comes from CURTAINCALL_DB_* (default: a fresh H2 with the demo organisation); fill one with
# bench/generate.sh first to measure at scale. Needs wrk (apt-get install wrk) and jq.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib/portal.sh

seconds=${1:-15}
connections=${2:-64}
port=${3:-8090}
threads=2
require_build
command -v wrk >/dev/null && command -v jq >/dev/null || { echo "needs wrk and jq (apt-get install wrk jq)" >&2; exit 1; }

work=$(mktemp -d)
if [ -z "${CURTAINCALL_DB_URL:-}" ]; then
    export CURTAINCALL_DB_URL="jdbc:h2:file:$work/db/curtaincall;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE"
fi
trap stop_portal EXIT
started=$(date +%s%3N)
start_portal "$port" "$work/server.log"
wait_portal "$port"
awk -v ms=$(( $(date +%s%3N) - started )) 'BEGIN { printf "first page after %.1f s\n", ms / 1000 }'
base="http://127.0.0.1:$port"

token() {
    curl -sf -H 'Content-Type: application/json' -d "{\"username\":\"$1\",\"password\":\"demo\"}" "$base/api/tokens" | jq -r .token
}
front=$(token front)
it_desk=$(curl -sf -H "Authorization: Bearer $front" "$base/api/teams?q=IT%20Service%20Desk" | jq '.[0].id')
total=$(curl -sf -H "Authorization: Bearer $front" "$base/api/kudos?size=20" | jq .total)
deep=$(( total / 20 * 9 / 10 ))
receipt=$(curl -sf -H "Authorization: Bearer $front" -H 'Content-Type: application/json' \
    -d '{"kind":"QUESTION","title":"Load test receipt","description":"Opened by the load test.","customerImpact":"NONE"}' \
    "$base/api/reports" | jq -r .receipt)
echo "public kudos on the wall: $total; deep page: $deep"

run() { # run NAME METHOD PATH [BODY] [TOKEN] [RECEIPT]
    local out
    out=$(LOAD_METHOD=$2 LOAD_PATH=$3 LOAD_BODY=${4:-} LOAD_TOKEN=${5:-} LOAD_RECEIPT=${6:-} \
        wrk -t"$threads" -c"$connections" -d"${seconds}s" --timeout 10s --latency -s bench/lua/request.lua "$base" | grep '^RESULT')
    echo "$1 ${out#RESULT }" >>"$work/results.txt"
}

kudos_body="{\"teamId\":$it_desk,\"rating\":5,\"message\":\"Thanks for the fast fix, load run {n}\"}"
report_body='{"kind":"SUGGESTION","title":"Load run {n}","description":"Filed by the load test.","customerImpact":"NONE"}'
: >"$work/results.txt"
# A short warm-up so that the first measured scenario does not pay for the JIT alone.
LOAD_PATH=/api/ping wrk -t1 -c8 -d5s -s bench/lua/request.lua "$base" >/dev/null
LOAD_METHOD=GET LOAD_PATH="/api/kudos?size=20" LOAD_TOKEN=$front wrk -t1 -c8 -d5s -s bench/lua/request.lua "$base" >/dev/null
run "floor: GET /api/ping" GET /api/ping
run "GET /api/ping with a token" GET /api/ping "" "$front"
run "give kudos: POST /api/kudos" POST /api/kudos "$kudos_body" "$front"
run "wall, first page" GET "/api/kudos?size=20" "" "$front"
run "wall, page $deep" GET "/api/kudos?size=20&page=$deep" "" "$front"
run "team page: GET /api/teams/{id}/kudos" GET "/api/teams/$it_desk/kudos" "" "$front"
run "submit report: POST /api/reports" POST /api/reports "$report_body" "$front"
run "open by receipt: GET /api/reports/receipt" GET /api/reports/receipt "" "" "$receipt"
rss_kib=$(awk '/VmRSS/ {print $2}' "/proc/$portal_pid/status")

floor=$(awk 'NR == 1 {print $(NF - 4)}' "$work/results.txt")
printf '\n%-44s %10s %8s %9s %9s %8s %7s\n' scenario "req/s" "floor" "p50 ms" "p99 ms" "non-2xx" errors
awk -v floor="$floor" '{
    n = split($0, f, " "); name = f[1]; for (i = 2; i <= n - 5; i++) name = name " " f[i];
    printf "%-44s %10.1f %7.1f%% %9.2f %9.2f %8d %7d\n", name, f[n-4], 100 * f[n-4] / floor, f[n-3], f[n-2], f[n-1], f[n]
}' "$work/results.txt"
echo
echo "$connections connections, $threads wrk threads, ${seconds} s per scenario; portal resident memory after the run: $((rss_kib / 1024)) MiB"
rm -rf "$work"
