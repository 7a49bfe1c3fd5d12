#!/usr/bin/env bash
# Fills a database with a large organisation: 5,000 people in 200 teams, 1,000,000 kudos and 200,000 reports over
# two years. The portal is started once first (it migrates the schema and creates the demo sign-ins admin, hr, lead,
# front and back, password demo), stopped, and the rest is loaded with batched JDBC.
# Usage: bench/generate.sh DB_URL [people teams kudos reports] [port]      (build first: mvn -B -q package -DskipTests)
#   H2:         bench/generate.sh "jdbc:h2:file:./target/bench/curtaincall;WRITE_DELAY=0;DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE"
#   PostgreSQL: CURTAINCALL_DB_USER=... CURTAINCALL_DB_PASSWORD=... bench/generate.sh jdbc:postgresql://127.0.0.1:5432/cc
# The portal must not be running on an H2 file while this writes to it.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib/portal.sh

url=${1:?give the JDBC URL of the database to fill}
people=${2:-5000}
teams=${3:-200}
kudos=${4:-1000000}
reports=${5:-200000}
port=${6:-8090}
user=${CURTAINCALL_DB_USER:-curtaincall}
password=${CURTAINCALL_DB_PASSWORD:-curtaincall}
require_build

export CURTAINCALL_DB_URL=$url CURTAINCALL_DB_USER=$user CURTAINCALL_DB_PASSWORD=$password
if [[ $url == jdbc:postgresql* ]]; then
    export CURTAINCALL_DB_DATASOURCE=org.postgresql.ds.PGSimpleDataSource
fi
log=$(mktemp)
trap stop_portal EXIT
echo "starting the portal once to migrate and create the demo sign-ins (log: $log)"
start_portal "$port" "$log"
wait_portal "$port"
stop_portal

mvn -B -q exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.curtaincall.bench.DataGenerator \
    -Dexec.args="$url $user $password $people $teams $kudos $reports"
rm -f "$log"
