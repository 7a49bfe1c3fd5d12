#!/usr/bin/env bash
# kill -9 under write load: every write answered 201 must be there exactly once after a restart.
# Usage: bench/kill9.sh [h2|postgres] [rounds] [port]      (build first: mvn -B -q package -DskipTests)
# STOP_SIGNAL=TERM stops the server the normal way instead, with the same load and the same check.
# DRIVE_SECONDS (8) is how long each round's load runs: with STOP_SIGNAL=TERM, 14 keeps the load going past the
# portal's grace period (5 s), up to the moment the server itself stops.
#
# One portal on a fresh database; each round drives kudos and reports (each with its own marker) from several
# threads, sends SIGKILL to the portal at a random moment, restarts it on the same database and reads everything back
# through the API. The acknowledged writes add up over the rounds, so each check covers all earlier kills too.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib/portal.sh

db=${1:-h2}
rounds=${2:-20}
port=${3:-8090}
drive_seconds=${DRIVE_SECONDS:-8}
stop_signal=${STOP_SIGNAL:-KILL}
kudos_threads=${KUDOS_THREADS:-6}
report_threads=${REPORT_THREADS:-2}
require_build

work=$(mktemp -d)
acks=$work/acknowledged.txt
log=$work/server.log
: >"$acks"
cleanup() {
    stop_portal
    [ "$db" = postgres ] && stop_postgres fast 2>/dev/null || true
}
trap cleanup EXIT

case "$db" in
    h2) export CURTAINCALL_DB_URL=$(h2_url "$work/db/curtaincall") ;;
    postgres) chmod 755 "$work"; create_postgres "$work/pg" $((port + 5)) ;;
    *) echo "database: h2 or postgres" >&2; exit 2 ;;
esac
echo "SIG$stop_signal on $db: $rounds rounds, work files in $work"

start_portal "$port" "$log"
wait_portal "$port"
failures=0
for round in $(seq 1 "$rounds"); do
    java -cp "$test_classes" org.curtaincall.bench.WriteLoad drive "http://127.0.0.1:$port/" "$acks" \
        "$drive_seconds" "$kudos_threads" "$report_threads" "r$round" >"$work/drive-$round.txt" 2>&1 &
    driver=$!
    until grep -q '^ready' "$work/drive-$round.txt" 2>/dev/null; do
        kill -0 "$driver" 2>/dev/null || { echo "the load driver failed:" >&2; cat "$work/drive-$round.txt" >&2; exit 1; }
        sleep 0.1
    done
    # Somewhere between one and drive_seconds - 1 seconds into the load, in tenths of a second.
    sleep "$(awk -v max="$drive_seconds" 'BEGIN { srand(); printf "%.1f", 1 + rand() * (max - 2) }')"
    kill -s "$stop_signal" "$portal_pid"
    wait "$portal_pid" 2>/dev/null || true
    wait "$driver" || { echo "the load driver failed:" >&2; cat "$work/drive-$round.txt" >&2; exit 1; }
    start_portal "$port" "$log"
    wait_portal "$port"
    if java -cp "$test_classes" org.curtaincall.bench.WriteLoad check "http://127.0.0.1:$port/" "$acks" \
            >"$work/check-$round.txt" 2>&1; then
        verdict=ok
    else
        verdict=FAILED
        failures=$((failures + 1))
    fi
    echo "round $round: $(cat "$work/drive-$round.txt" | tail -1) | $(grep '^check' "$work/check-$round.txt" || tail -3 "$work/check-$round.txt") | $verdict"
done
if (( failures > 0 )); then
    echo "$failures of $rounds rounds lost or duplicated acknowledged writes; see $work" >&2
    exit 1
fi
echo "all $rounds rounds on $db: 0 acknowledged writes lost, 0 duplicates"
cleanup
trap - EXIT
rm -rf "$work"
