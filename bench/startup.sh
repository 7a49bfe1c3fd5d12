#!/usr/bin/env bash
# Start-up time to the first page and resident memory after start, over several runs on an empty H2 database.
# Usage: bench/startup.sh [runs] [port]      (build first: mvn -B -q package -DskipTests)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
port=${2:-8090}
war=target/curtain-call.war
micro=target/payara-micro.jar
[ -f "$war" ] && [ -f "$micro" ] || { echo "build first: mvn -B -q package -DskipTests" >&2; exit 1; }

for run in $(seq 1 "$runs"); do
    data=$(mktemp -d)
    start=$(date +%s.%N)
    # A fresh database each run, so that every start includes the migrations and the demo organisation.
    CURTAINCALL_DB_URL="jdbc:h2:file:$data/db;WRITE_DELAY=0" java -XX:+UseSerialGC -jar "$micro" --deploy "$war" --contextroot / --port "$port" --nocluster \
        --systemproperties config/curtaincall.properties \
        > "$data/server.log" 2>&1 &
    pid=$!
    until curl -sf -o /dev/null "http://127.0.0.1:$port/security/login.xhtml"; do
        if ! kill -0 "$pid" 2>/dev/null; then echo "the portal did not start; see $data/server.log" >&2; exit 1; fi
        if (( $(echo "$(date +%s.%N) - $start > 180" | bc) )); then echo "no first page after 180 s" >&2; kill "$pid"; exit 1; fi
        sleep 0.2
    done
    first_page=$(echo "$(date +%s.%N) - $start" | bc)
    sleep 2
    rss_kib=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
    printf 'run %d: first page after %.1f s, resident memory %d MiB\n' "$run" "$first_page" $((rss_kib / 1024))
    kill "$pid"
    wait "$pid" 2>/dev/null || true
    rm -rf "$data"
done
