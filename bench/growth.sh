#!/usr/bin/env bash
# How the HR dashboard's cost grows with the data: for each size, the time to compute the trends and the heatmap (one
# read makes both) for a 90-day period nobody asked for yet (median of 5 periods, after one to warm up), and the
# latency HR sees for the dashboard's own periods, which the portal keeps computed (wrk, 16 connections).
# Usage: bench/growth.sh [kudos sizes...]      default: 10000 100000 1000000     (build first: mvn -B -q package -DskipTests)
# Each size has its own H2 file under target/bench/growth/SIZE/ (5,000 people, 200 teams, a fifth as many reports as
# kudos), generated when missing. Its first start embeds the texts of the themes window and finds the themes once; the
# script waits for that and then keeps the file, so later runs measure at once.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib/portal.sh

sizes=("$@")
[ $# -gt 0 ] || sizes=(10000 100000 1000000)
port=8097
require_build
command -v wrk >/dev/null && command -v jq >/dev/null || { echo "needs wrk and jq (apt-get install wrk jq)" >&2; exit 1; }
trap stop_portal EXIT
results=$(mktemp)

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }

for size in "${sizes[@]}"; do
    dir=target/bench/growth/$size
    url=$(h2_url "./$dir/curtaincall")
    if [ ! -f "$dir/curtaincall.mv.db" ]; then
        mkdir -p "$dir"
        bench/generate.sh "$url" 5000 200 "$size" $((size / 5)) "$port"
    fi
    export CURTAINCALL_DB_URL=$url
    log=$dir/server.log
    : >"$log"
    start_portal "$port" "$log"
    wait_portal "$port"
    if [ ! -f "$dir/themes-found" ]; then
        echo "$size kudos: waiting for the first themes run (embedding the window first)"
        waited=$SECONDS
        until grep -q "Themes run:" "$log"; do
            kill -0 "$portal_pid" || { echo "the portal died" >&2; exit 1; }
            ! grep -q "Themes run failed" "$log" || { grep "Themes run failed" "$log" >&2; exit 1; }
            (( SECONDS - waited < 3 * 3600 )) || { echo "no themes run after 3 hours" >&2; exit 1; }
            sleep 5
        done
        grep -o "Themes run: .*" "$log" | head -1 | tee "$dir/themes-found"
    fi
    base="http://127.0.0.1:$port"
    hr=$(token "$base" hr)
    # The portal computes the dashboard's own periods 15 s after start; let that round finish first.
    sleep 30
    for back in 6 1 2 3 4 5; do
        to=$(date -d "-$back days" +%F)
        from=$(date -d "-$((back + 89)) days" +%F)
        seconds=$(curl -sf -o /dev/null -w '%{time_total}' -H "Authorization: Bearer $hr" \
            "$base/api/insights/trends?from=$from&to=$to")
        [ "$back" = 6 ] || echo "$seconds"
    done | median >"$dir/compute"
    for report in trends heatmap; do
        served=$(LOAD_PATH=/api/insights/$report LOAD_TOKEN=$hr wrk -t2 -c16 -d10s --timeout 10s \
            -s bench/lua/request.lua "$base" | grep '^RESULT')
        echo "$size $report $(cat "$dir/compute") ${served#RESULT }" >>"$results"
    done
    stop_portal
done

printf '\n%10s %-8s %12s %10s %9s %9s %9s %8s %7s\n' kudos served "compute s" "req/s" "p50 ms" "p95 ms" "p99 ms" \
    non-2xx errors
awk '{ printf "%10d %-8s %12.2f %10.1f %9.1f %9.1f %9.1f %8d %7d\n", $1, $2, $3, $4, $5, $6, $7, $8, $9 }' "$results"
rm -f "$results"
