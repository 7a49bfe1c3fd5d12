#!/usr/bin/env bash
# Malformed, oversized and hostile input to every API endpoint: not one answer may be 5xx, and nothing stored may
# break the rules the entities enforce (read back through the API afterwards).
# Usage: bench/hostile-input.sh [postgres|h2] [port]      (build first: mvn -B -q package -DskipTests)
# PostgreSQL is the default because it is the stricter store (it refuses NUL characters, for one).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib/portal.sh

db=${1:-postgres}
port=${2:-8090}
require_build
command -v jq >/dev/null || { echo "needs jq (apt-get install jq)" >&2; exit 1; }

work=$(mktemp -d)
chmod 755 "$work"
cleanup() {
    stop_portal
    [ "$db" = postgres ] && stop_postgres fast 2>/dev/null || true
}
trap cleanup EXIT
case "$db" in
    h2) export CURTAINCALL_DB_URL=$(h2_url "$work/db/curtaincall") ;;
    postgres) create_postgres "$work/pg" $((port + 5)) ;;
    *) echo "database: postgres or h2" >&2; exit 2 ;;
esac
start_portal "$port" "$work/server.log"
wait_portal "$port"
base="http://127.0.0.1:$port"

admin=$(token "$base" admin)
hr=$(token "$base" hr)
front=$(token "$base" front)
api() { # api TOKEN METHOD PATH [BODY]
    curl -s -X "$2" -H "Authorization: Bearer $1" -H 'Content-Type: application/json' ${4:+-d "$4"} "$base/api/$3"
}
it_desk=$(api "$admin" GET "teams?q=IT%20Service%20Desk" | jq '.[0].id')
kudos_id=$(api "$front" POST kudos "{\"teamId\":$it_desk,\"rating\":4,\"message\":\"Kudos that hostile input aims at\"}" | jq .id)
receipt=$(api "$front" POST reports '{"kind":"QUESTION","title":"A report hostile input aims at","description":"Aimed at.","customerImpact":"NONE"}' | jq -r .receipt)
report_id=$(api "$hr" GET reports | jq -r '.[0].id')
person_id=$(api "$admin" POST people '{"name":"Hostile Target","username":"hostile-target","email":"hostile-target@test.example"}' | jq .id)
value_id=$(api "$admin" GET values | jq '.[0].id // 1')

# --- the hostile material ----------------------------------------------------------------------------------------
payloads=$work/payloads
mkdir -p "$payloads"
printf '{' >"$payloads/truncated-json"
printf '[]' >"$payloads/array"
printf 'null' >"$payloads/null"
printf '"just a string"' >"$payloads/bare-string"
printf '12' >"$payloads/bare-number"
printf '{}' >"$payloads/empty-object"
printf '{"teamId":"abc","rating":"five","message":123,"kind":7,"title":[],"name":{},"status":true,"personIds":"x"}' >"$payloads/wrong-types"
printf '{"teamId":1e400,"rating":99999999999999999999999,"id":-1}' >"$payloads/huge-numbers"
printf '{"rating":3,"rating":"again","message":"twice","message":null}' >"$payloads/duplicate-fields"
printf '{"message":"\xff\xfe\xc3\x28 invalid utf-8","title":"\xc0\xaf"}' >"$payloads/invalid-utf8"
python3 -c 'print("[" * 20000 + "]" * 20000, end="")' >"$payloads/deep-nesting"
python3 -c 'print("{\"message\":\"" + "x" * 5_000_000 + "\"}", end="")' >"$payloads/five-megabytes"
printf '\x00\x01\x02binary' >"$payloads/binary"

# Text that is hostile in content, put into every text field of an otherwise well-formed request.
texts=(
    '<script>alert(document.cookie)</script> thanks for the help'
    "' OR '1'='1'; DROP TABLE kudos; -- thanks for the help"
    'nul \u0000 inside a perfectly long text'
    'lone \ud800 surrogate inside a long text'
    'escape \u001b[31m red and bell \u0007 in a long text'
    '${jndi:ldap://127.0.0.1/a} #{7*7} {{7*7}} %s%n%x long text'
    'right-to-left \u202e override and emoji \ud83c\udf89 in text'
    "$(python3 -c 'print("long " * 3000, end="")')"
)
# One well-formed request per endpoint with @ where the hostile text goes.
declare -A templates=(
    ["POST kudos"]="{\"teamId\":$it_desk,\"rating\":4,\"message\":\"@\",\"customerStory\":\"@\"}"
    ["PUT kudos/$kudos_id"]="{\"rating\":4,\"message\":\"@\",\"customerStory\":\"@\"}"
    ["POST kudos/$kudos_id/hide"]='{"reason":"@"}'
    ["POST reports"]='{"kind":"SUGGESTION","title":"@","description":"@","customerImpact":"SOME","suggestedFix":"@"}'
    ["POST reports/$report_id/answers"]='{"message":"@"}'
    ["POST reports/$report_id/status"]='{"status":"ACKNOWLEDGED","message":"@"}'
    ["POST reports/$report_id/redact"]='{"text":"@"}'
    ["POST reports/receipt/replies"]='{"message":"@"}'
    ["POST teams"]='{"name":"@","stage":"BACK","description":"@"}'
    ["PUT teams/$it_desk"]='{"name":"@","stage":"BACK","description":"@"}'
    ["POST people"]='{"name":"@","username":"@","email":"@"}'
    ["PUT people/$person_id"]='{"name":"@","username":"@","email":"@"}'
    ["PUT people/$person_id/password"]='{"password":"@"}'
    ["POST values"]='{"name":"@","description":"@"}'
    ["PUT values/$value_id"]='{"name":"@","description":"@"}'
    ["POST tokens"]='{"username":"@","password":"@","label":"@"}'
    ["PUT settings/mail"]='{"host":"@","port":25,"from":"@"}'
    ["PUT teams/$it_desk/webhook"]='{"url":"@"}'
)
body_endpoints=("${!templates[@]}" "POST kudos/$kudos_id/applause" "POST notifications/read" "POST reports/$report_id/public"
    "POST reports/$report_id/hide" "POST reports/$report_id/me-too")
get_paths=(kudos kudos/mine "kudos/$kudos_id" notifications notifications/unread people "people/$person_id" ping
    reports reports/public reports/receipt "reports/$report_id" settings/mail teams "teams/$it_desk"
    "teams/$it_desk/kudos" "teams/$it_desk/webhook" tokens values)
hostile_ids=(abc -1 0 99999999999999999999 1e5 '%00' '..%2F..%2Fetc%2Fpasswd' "$(printf 'x%.0s' {1..3000})" '%E2%80%AE' "'%20OR%201=1")
hostile_queries=('page=-1&size=999999' 'page=abc&size=x' 'teamId=abc&stage=SIDEWAYS&value=%27%3B--' 'q=%00%ff'
    "q=$(printf '%%41%.0s' {1..5000})" 'includeInactive=maybe' 'stage=<script>')

results=$work/results.txt
: >"$results"
send() { # send NAME TOKEN METHOD PATH [curl options...]
    local name=$1 tok=$2 method=$3 path=$4
    shift 4
    local status
    status=$(curl -s -o "$work/last-body" -w '%{http_code}' -X "$method" -H "Authorization: Bearer $tok" \
        -H "X-Receipt: $receipt" --max-time 60 "$@" "$base/api/$path" || echo 000)
    echo "$status $method $path $name" >>"$results"
    if [[ $status == 5* || $status == 000 ]]; then
        echo "  $status for $method $path ($name): $(head -c 300 "$work/last-body")"
    fi
}

echo "sending hostile input to $base"
for endpoint in "${body_endpoints[@]}"; do
    method=${endpoint%% *} path=${endpoint#* }
    for tok in "$admin" "$hr" "$front"; do
        for payload in "$payloads"/*; do
            send "$(basename "$payload")" "$tok" "$method" "$path" -H 'Content-Type: application/json' \
                --data-binary "@$payload"
        done
        for type in text/plain application/xml application/x-www-form-urlencoded 'application/json; charset=latin1'; do
            send "content type $type" "$tok" "$method" "$path" -H "Content-Type: $type" --data-binary 'a=1&b=<x/>'
        done
        send "no body" "$tok" "$method" "$path" -H 'Content-Type: application/json'
    done
    template=${templates[$endpoint]:-}
    [ -z "$template" ] && continue
    for i in "${!texts[@]}"; do
        body=${template//@/${texts[$i]}}
        for tok in "$admin" "$hr" "$front"; do
            send "hostile text $i" "$tok" "$method" "$path" -H 'Content-Type: application/json' --data-binary "$body"
        done
    done
done
for path in "${get_paths[@]}"; do
    for query in "${hostile_queries[@]}"; do
        send "query" "$admin" GET "$path?$query"
    done
done
for id in "${hostile_ids[@]}"; do
    for path in "kudos/$id" "kudos/$id/applause" "people/$id" "teams/$id" "teams/$id/kudos" "reports/$id" \
            "reports/$id/status" "reports/$id/replies/$id/hide" "tokens/$id" "values/$id" "notifications/$id/read"; do
        for method in GET POST PUT DELETE; do
            send "hostile id" "$admin" "$method" "$path" -H 'Content-Type: application/json' --data-binary '{}'
        done
    done
done
for header in "$(printf 'A%.0s' {1..6000})" 'KKKK-KKKK-KKKK-KKKK-KKKK' '<script>' "$(printf '\xff\xfe')"; do
    status=$(curl -s -o /dev/null -w '%{http_code}' -H "X-Receipt: $header" "$base/api/reports/receipt" || echo 000)
    echo "$status GET reports/receipt hostile receipt" >>"$results"
done
status=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $(printf 'z%.0s' {1..7000})" "$base/api/kudos" || echo 000)
echo "$status GET kudos huge bearer" >>"$results"

total=$(wc -l <"$results")
echo "answers by status ($total requests):"
cut -d' ' -f1 "$results" | sort | uniq -c | sort -rn | sed 's/^/  /'
server_errors=$(grep -c '^5\|^000' "$results" || true)

# --- read back: nothing stored may break the entities' rules -------------------------------------------------------
bad_text='[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]'
check() { # check NAME JSON JQ-FILTER-YIELDING-TEXTS MAX
    local n
    n=$(jq --arg re "$bad_text" --argjson max "$4" "[$3 | select(. != null) | select(test(\$re) or length > \$max)] | length" <<<"$2")
    echo "  $1: $n stored texts break the rules"
    broken=$((broken + n))
}
broken=0
wall=$(for page in $(seq 0 20); do api "$front" GET "kudos?size=50&page=$page" | jq -c '.items[]'; done | jq -s .)
echo "read back:"
check "kudos messages" "$wall" '.[].message' 2000
check "kudos stories" "$wall" '.[].customerStory' 2000
board=$(api "$hr" GET reports)
check "report titles" "$board" '.[].title' 160
check "report descriptions" "$board" '.[].description' 4000
check "report fixes" "$board" '.[].suggestedFix' 2000
check "report messages" "$board" '.[].messages[].body' 4000
check "teams" "$(api "$admin" GET "teams?includeInactive=true")" '.[].name, .[].description' 1000
check "people names" "$(api "$admin" GET "people?size=200")" '.items[].name' 200
check "values" "$(api "$admin" GET "values?includeRetired=true")" '.[].name, .[].description' 300
incidents=$(grep -c 'Unexpected error, incident' "$work/server.log" || true)
echo "incidents logged by the server: $incidents"

if (( server_errors > 0 || broken > 0 || incidents > 0 )); then
    echo "FAILED: $server_errors answers 5xx or none, $broken stored texts broken, $incidents incidents; see $work" >&2
    trap - EXIT
    cleanup
    exit 1
fi
echo "0 answers 5xx, 0 stored texts that break the rules"
cleanup
trap - EXIT
rm -rf "$work"
