#!/usr/bin/env bash
# A PostgreSQL cluster of its own for the benchmarks at scale, kept between runs (filling it takes minutes).
# Usage: bench/postgres.sh create|start|stop DIR [port]
#   create: a fresh cluster in DIR with a database and user curtaincall, started on 127.0.0.1:PORT (default 8095)
#   start / stop: the cluster in DIR
# Then, in the same shell:  export CURTAINCALL_DB_URL=jdbc:postgresql://127.0.0.1:PORT/curtaincall \
#     CURTAINCALL_DB_DATASOURCE=org.postgresql.ds.PGSimpleDataSource CURTAINCALL_DB_USER=curtaincall \
#     CURTAINCALL_DB_PASSWORD=curtaincall
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib/portal.sh

action=${1:?create, start or stop}
dir=${2:?give the cluster directory}
port=${3:-8095}
mkdir -p "$dir"
dir=$(cd "$dir" && pwd)
case $action in
    create) chmod 755 "$dir"; create_postgres "$dir" "$port" ;;
    start) pg_dir=$dir pg_port=$port; start_postgres ;;
    stop) pg_dir=$dir; stop_postgres fast ;;
    *) echo "create, start or stop" >&2; exit 2 ;;
esac
