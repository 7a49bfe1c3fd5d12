#!/usr/bin/env bash
# Start-up time to the first page and resident memory after start, over several runs: a first start on an empty H2
# database, then a restart on it.
# Usage: bench/startup.sh [runs] [port]      (build first: mvn -B -q package -DskipTests)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib/portal.sh

runs=${1:-3}
port=${2:-8090}
require_build
trap stop_portal EXIT

# measure_start RUN KIND: starts the portal, waits for the first page, prints the time and the resident memory.
measure_start() {
    local started first_page rss_kib
    started=$(date +%s%3N)
    start_portal "$port" "$data/server.log"
    wait_portal "$port"
    first_page=$(( $(date +%s%3N) - started ))
    sleep 2
    rss_kib=$(awk '/VmRSS/ {print $2}' "/proc/$portal_pid/status")
    printf 'run %d, %s: first page after %.1f s, resident memory %d MiB\n' "$1" "$2" \
        "$(echo "$first_page / 1000" | bc -l)" $((rss_kib / 1024))
    stop_portal
}

for run in $(seq 1 "$runs"); do
    data=$(mktemp -d)
    export CURTAINCALL_DB_URL=$(h2_url "$data/db")
    # The first start on an empty database runs the migrations and creates the demo organisation; a restart finds
    # both done, as every start of an installed portal does.
    measure_start "$run" "first start"
    measure_start "$run" "restart"
    rm -rf "$data"
done
