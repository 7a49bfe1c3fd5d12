#!/usr/bin/env bash
# Throughput and latency of the main requests, each quoted as a ratio to a no-op JAX-RS endpoint (GET /api/ping) of
# the same server in the same run, which is what stays comparable on a noisy machine.
# Usage: bench/load.sh [seconds-per-scenario] [connections] [port]      (build first: mvn -B -q package -DskipTests)
# LOAD_ONLY='give kudos|heatmap' measures only the scenarios whose names match, with the floor.
# LOAD_WARMUP=SECONDS (default 60) runs each scenario unmeasured first, so that its figures are not the JIT's.
# The database comes from CURTAINCALL_DB_* (default: a fresh H2 with the demo organisation); fill one with
# bench/generate.sh first to measure at scale. Needs wrk (apt-get install wrk) and jq.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib/portal.sh

seconds=${1:-15}
connections=${2:-64}
port=${3:-8090}
threads=2
# Each scenario first runs this long unmeasured: the JIT keeps compiling a scenario's code for about a minute. Giving
# kudos cost 3.5 ms of processor per kudos after 10 s of warm-up, 2.0 ms after 30 s and 1.0 ms after 60 s.
warmup=${LOAD_WARMUP:-60}
require_build
command -v wrk >/dev/null && command -v jq >/dev/null || { echo "needs wrk and jq (apt-get install wrk jq)" >&2; exit 1; }

work=$(mktemp -d)
if [ -z "${CURTAINCALL_DB_URL:-}" ]; then
    export CURTAINCALL_DB_URL=$(h2_url "$work/db/curtaincall")
fi
trap stop_portal EXIT
started=$(date +%s%3N)
start_portal "$port" "$work/server.log"
wait_portal "$port"
awk -v ms=$(( $(date +%s%3N) - started )) 'BEGIN { printf "first page after %.1f s\n", ms / 1000 }'
base="http://127.0.0.1:$port"

# Processor time the portal has used so far, in ms (user and system, all its threads). Divided by the requests of a
# scenario it gives the cost of one request, which varies far less than throughput on a shared machine.
portal_cpu_ms() {
    awk -v tick="$(getconf CLK_TCK)" '{ print int(($14 + $15) * 1000 / tick) }' "/proc/$portal_pid/stat"
}

# After its first page a portal still works for a while: the JIT compiles what the start ran, the kept reports are
# computed, the demo's texts get their themes. Measured during that, the first floor came out at half the last one.
# Waits until the portal uses under a tenth of a processor over 3 s, for at most five minutes.
settled=$SECONDS
while (( SECONDS - settled < 300 )); do
    cpu_before=$(portal_cpu_ms)
    sleep 3
    (( $(portal_cpu_ms) - cpu_before < 300 )) && break
done
echo "quiet after another $(( SECONDS - settled )) s"

get() { curl -sf -H "Authorization: Bearer $1" "$base$2"; }
front=$(token "$base" front)
hr=$(token "$base" hr)
# The back-stage team with the most public kudos: the heaviest team page, and the team thanked under load.
busiest=0 most=-1
for team in $(get "$front" "/api/teams?stage=BACK" | jq '.[].id'); do
    count=$(get "$front" "/api/teams/$team/kudos?size=1" | jq .kudosCount)
    if (( count > most )); then busiest=$team most=$count; fi
done
total=$(get "$front" "/api/kudos?size=20" | jq .total)
# Deep, yet a page people reach: 500 pages back (10,000 kudos), or nine tenths of a smaller wall.
deep=$(( total / 20 * 9 / 10 < 500 ? total / 20 * 9 / 10 : 500 ))
receipt=$(curl -sf -H "Authorization: Bearer $front" -H 'Content-Type: application/json' \
    -d '{"kind":"QUESTION","title":"Load test receipt","description":"Opened by the load test.","customerImpact":"NONE"}' \
    "$base/api/reports" | jq -r .receipt)
echo "public kudos on the wall: $total; deep page: $deep; busiest back-stage team: $busiest ($most public kudos)"

# As many givers as connections, taken in turn, as when that many people give kudos at once: one person giving
# thousands a day would measure the daily-limit count rather than giving. Names carry the run's time so that runs on one database add up.
admin=$(token "$base" admin)
store=$(get "$front" "/api/teams?stage=FRONT" | jq '.[0].id')
givers=""
for i in $(seq "$connections"); do
    name="load.$(date +%s).$i"
    id=$(curl -sf -H "Authorization: Bearer $admin" -H 'Content-Type: application/json' \
        -d "{\"name\":\"Load Giver $i\",\"username\":\"$name\",\"email\":\"$name@bench.example\",\"teamId\":$store}" \
        "$base/api/people" | jq .id)
    curl -sf -X PUT -H "Authorization: Bearer $admin" -H 'Content-Type: application/json' \
        -d '{"password":"load-giver-password"}' "$base/api/people/$id/password"
    givers="$givers $(token "$base" "$name" load-giver-password)"
done

run() { # run NAME METHOD PATH [BODY] [TOKEN] [RECEIPT]
    local out cpu_before
    # LOAD_ONLY (an extended regular expression) measures only the scenarios it matches, besides the floor.
    if [ -n "${LOAD_ONLY:-}" ] && [[ $1 != floor* ]] && ! grep -Eq "$LOAD_ONLY" <<<"$1"; then return; fi
    LOAD_METHOD=$2 LOAD_PATH=$3 LOAD_BODY=${4:-} LOAD_TOKEN=${5:-} LOAD_RECEIPT=${6:-} \
        wrk -t"$threads" -c"$connections" -d"${warmup}s" --timeout 10s -s bench/lua/request.lua "$base" >/dev/null
    cpu_before=$(portal_cpu_ms)
    out=$(LOAD_METHOD=$2 LOAD_PATH=$3 LOAD_BODY=${4:-} LOAD_TOKEN=${5:-} LOAD_RECEIPT=${6:-} \
        wrk -t"$threads" -c"$connections" -d"${seconds}s" --timeout 10s -s bench/lua/request.lua "$base" \
        | grep '^RESULT' || true)
    [ -n "$out" ] || { echo "no result from wrk for: $1" >&2; exit 1; }
    echo "$1|${out#RESULT } $(( $(portal_cpu_ms) - cpu_before ))" >>"$work/results.txt"
}

# With a customer story: a minute of giving adds about 100,000 kudos to the team whose page is measured next, and
# without stories that page would read every one of them to find the newest ten (docs/benchmarks.md, "Load").
kudos_body="{\"teamId\":$busiest,\"rating\":5,\"message\":\"Thanks for the fast fix, load run {n}\",\"customerStory\":\"The customer left with a working till, load run {n}\"}"
report_body='{"kind":"SUGGESTION","title":"Load run {n}","description":"Filed by the load test.","customerImpact":"NONE"}'
: >"$work/results.txt"
run "floor: GET /api/ping" GET /api/ping
run "GET /api/ping with a token" GET /api/ping "" "$front"
run "give kudos: POST /api/kudos ($connections givers)" POST /api/kudos "$kudos_body" "$givers"
run "wall, first page" GET "/api/kudos?size=20" "" "$front"
run "wall, page $deep" GET "/api/kudos?size=20&page=$deep" "" "$front"
run "team page: GET /api/teams/{id}/kudos" GET "/api/teams/$busiest/kudos" "" "$front"
run "HR dashboard: GET /api/insights/trends" GET /api/insights/trends "" "$hr"
LOAD_GZIP=1 run "HR dashboard, gzip accepted" GET /api/insights/trends "" "$hr"
run "heatmap: GET /api/insights/heatmap" GET /api/insights/heatmap "" "$hr"
LOAD_GZIP=1 run "heatmap, gzip accepted" GET /api/insights/heatmap "" "$hr"
run "listening health: GET /api/insights/listening" GET /api/insights/listening "" "$hr"
run "themes: GET /api/insights/themes" GET /api/insights/themes "" "$hr"
run "submit report: POST /api/reports" POST /api/reports "$report_body" "$front"
run "open by receipt: GET /api/reports/receipt" GET /api/reports/receipt "" "" "$receipt"
run "floor again: GET /api/ping" GET /api/ping
rss_kib=$(awk '/VmRSS/ {print $2}' "/proc/$portal_pid/status")

# The floor is the mean of the first and the last run, so that a machine whose speed drifts is not flattered.
floor=$(awk -F'|' '/^floor/ { split($2, f, " "); sum += f[1]; n++ } END { print sum / n }' "$work/results.txt")
printf '\n%-46s %9s %7s %8s %8s %8s %8s %7s %10s\n' scenario "req/s" floor "p50 ms" "p95 ms" "p99 ms" non-2xx errors \
    "cpu ms/req"
awk -F'|' -v floor="$floor" '{
    split($2, f, " ");
    printf "%-46s %9.1f %6.1f%% %8.1f %8.1f %8.1f %8d %7d %10.2f\n", $1, f[1], 100 * f[1] / floor, f[2], f[3], f[4],
        f[5], f[6], f[8] / f[7]
}' "$work/results.txt"
echo
echo "$connections connections, $threads wrk threads, ${seconds} s per scenario; portal resident memory after the run:" \
    "$((rss_kib / 1024)) MiB"
# Stopped before its files go: a portal stopping later writes its database again into the removed directory.
stop_portal
rm -rf "$work"
