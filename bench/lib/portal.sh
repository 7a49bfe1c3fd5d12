# Shared by the fault scripts: start and stop the portal and a throw-away PostgreSQL. Source it; do not run it.
# Every process started here is remembered by its PID and ended by that PID only.

# PORTAL_WAR lets a long run keep its own copy while the project is rebuilt.
war=${PORTAL_WAR:-target/curtain-call.war}
micro=target/payara-micro.jar
test_classes=${BENCH_CLASSES:-target/test-classes}

require_build() {
    [ -f "$war" ] && [ -f "$micro" ] && [ -d "$test_classes/org/curtaincall/bench" ] \
        || { echo "build first: mvn -B -q package -DskipTests" >&2; exit 1; }
}

# h2_url PATH: the portal's H2 settings for a database file at PATH (without .mv.db), as its default URL has them.
h2_url() {
    echo "jdbc:h2:file:$1;WRITE_DELAY=0;DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE"
}

# start_portal PORT LOGFILE: starts Payara Micro with the war in the background; its PID goes to portal_pid.
# The database comes from CURTAINCALL_DB_* in the environment; PORTAL_JAVA_OPTS adds JVM options (say, -Xmx512m),
# PORTAL_GC replaces the collector `mvn -Prun` uses (say, -XX:+UseG1GC), PORTAL_ARGS adds options of Payara Micro (say,
# --prebootcommandfile FILE).
start_portal() {
    local port=$1 log=$2
    # A daily limit far above what a test run gives, so that only durability decides what is acknowledged.
    CURTAINCALL_KUDOS_DAILY_LIMIT=100000000 \
        java ${PORTAL_GC:--XX:+UseSerialGC} ${PORTAL_JAVA_OPTS:-} -jar "$micro" --deploy "$war" --contextroot / \
        --port "$port" --nocluster --systemproperties config/curtaincall.properties ${PORTAL_ARGS:-} >>"$log" 2>&1 &
    portal_pid=$!
}

# wait_portal PORT: until the sign-in page answers; fails when the portal died or after three minutes.
wait_portal() {
    local port=$1 start=$SECONDS
    until curl -sf -o /dev/null "http://127.0.0.1:$port/security/login.xhtml"; do
        if ! kill -0 "$portal_pid" 2>/dev/null; then echo "the portal did not start" >&2; return 1; fi
        if (( SECONDS - start > 180 )); then echo "no first page after 180 s" >&2; return 1; fi
        sleep 0.3
    done
}

stop_portal() {
    if [ -n "${portal_pid:-}" ] && kill -0 "$portal_pid" 2>/dev/null; then
        kill "$portal_pid"
        wait "$portal_pid" 2>/dev/null || true
    fi
    portal_pid=
}

# token BASE USERNAME [PASSWORD]: a bearer token from the portal at BASE (the demo accounts' password by default).
token() {
    curl -sf -H 'Content-Type: application/json' -d "{\"username\":\"$2\",\"password\":\"${3:-demo}\"}" "$1/api/tokens" \
        | jq -r .token
}

# As root, PostgreSQL runs as the postgres user; otherwise as the caller.
as_pg_user() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

pg_bin() {
    local dir
    for dir in /usr/lib/postgresql/*/bin; do [ -x "$dir/pg_ctl" ] && { echo "$dir"; return; }; done
    dirname "$(command -v pg_ctl)"
}

# create_postgres DIR PORT: a fresh cluster in DIR on 127.0.0.1:PORT with a database and user curtaincall.
# Durability is PostgreSQL's default: fsync=on, synchronous_commit=on (a commit is answered once its WAL is flushed).
create_postgres() {
    pg_dir=$1 pg_port=$2
    local bin
    bin=$(pg_bin)
    mkdir -p "$pg_dir"
    [ "$(id -u)" = 0 ] && chown postgres "$pg_dir"
    as_pg_user "$bin/initdb" -D "$pg_dir/data" -U curtaincall -A trust >"$pg_dir/initdb.log" 2>&1
    start_postgres
    as_pg_user "$bin/createdb" -h 127.0.0.1 -p "$pg_port" -U curtaincall curtaincall
    export CURTAINCALL_DB_URL="jdbc:postgresql://127.0.0.1:$pg_port/curtaincall"
    export CURTAINCALL_DB_DATASOURCE=org.postgresql.ds.PGSimpleDataSource
    export CURTAINCALL_DB_USER=curtaincall CURTAINCALL_DB_PASSWORD=curtaincall
}

start_postgres() {
    as_pg_user "$(pg_bin)/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/postgres.log" -w \
        -o "-p $pg_port -k $pg_dir -c listen_addresses=127.0.0.1 -c fsync=on -c synchronous_commit=on" start >/dev/null
}

# stop_postgres [MODE]: fast (default) or immediate (like a crash: no checkpoint, recovery from the WAL at start).
stop_postgres() {
    as_pg_user "$(pg_bin)/pg_ctl" -D "$pg_dir/data" -m "${1:-fast}" -w stop >/dev/null
}
