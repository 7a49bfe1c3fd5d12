#!/usr/bin/env bash
# Start-up time to the first page and resident memory after start, over several runs on an empty H2 database.
# Usage: bench/startup.sh [runs] [port]      (build first: mvn -B -q package -DskipTests)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib/portal.sh

runs=${1:-3}
port=${2:-8090}
require_build
trap stop_portal EXIT

for run in $(seq 1 "$runs"); do
    data=$(mktemp -d)
    # A fresh database each run, so that every start includes the migrations and the demo organisation.
    export CURTAINCALL_DB_URL="jdbc:h2:file:$data/db;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE"
    started=$(date +%s%3N)
    start_portal "$port" "$data/server.log"
    wait_portal "$port"
    first_page=$(( $(date +%s%3N) - started ))
    sleep 2
    rss_kib=$(awk '/VmRSS/ {print $2}' "/proc/$portal_pid/status")
    printf 'run %d: first page after %.1f s, resident memory %d MiB\n' "$run" "$(echo "$first_page / 1000" | bc -l)" \
        $((rss_kib / 1024))
    stop_portal
    rm -rf "$data"
done
