#!/usr/bin/env bash
# Database away: PostgreSQL stops hard and comes back while the portal is under load. While it is away the portal
# must answer 503 with a clear message (never 500, never a stack trace); once it is back the portal must answer
# normally again by itself, without a restart.
# Usage: bench/db-away.sh [seconds-away] [port]      (build first: mvn -B -q package -DskipTests)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib/portal.sh

away=${1:-15}
port=${2:-8090}
require_build

work=$(mktemp -d)
chmod 755 "$work"
cleanup() {
    stop_portal
    stop_postgres fast 2>/dev/null || true
}
trap cleanup EXIT

create_postgres "$work/pg" $((port + 5))
start_portal "$port" "$work/server.log"
wait_portal "$port"

java -cp "$test_classes" org.curtaincall.bench.OutageProbe probe "http://127.0.0.1:$port/" $((away + 30)) \
    "$work/answers.txt" &
probe=$!
sleep 10
stopped_at=$(date +%s%3N)
# immediate: no shutdown checkpoint and every connection cut, as when the database host fails.
stop_postgres immediate
echo "PostgreSQL stopped; away for $away s"
sleep "$away"
start_postgres
started_at=$(date +%s%3N)
echo "PostgreSQL back after $(( (started_at - stopped_at) / 1000 )) s"
wait "$probe"
result=0
java -cp "$test_classes" org.curtaincall.bench.OutageProbe summarize "$work/answers.txt" "$stopped_at" "$started_at" \
    || result=$?
if (( result != 0 )); then
    echo "FAILED; answers and server log in $work" >&2
    trap - EXIT
    cleanup
    exit 1
fi
cleanup
trap - EXIT
[ -n "${KEEP_WORK:-}" ] && echo "work files kept in $work" || rm -rf "$work"
