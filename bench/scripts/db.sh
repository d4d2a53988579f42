#!/usr/bin/env bash
# DB benchmark (issue 4): GET /items/{id} reading one row of a 10,000-row PostgreSQL table, Aerie
# (controller + Session on JDBI) against a hand-written Helidon handler with raw JDBI over a Hikari
# pool with Aerie's default settings, in one wrk run, alternating sides every round.
# Two baselines: autocommit (jdbi.withHandle, what one writes by hand) and one transaction per
# request (jdbi.inTransaction, the unit of work of a request that writes; Aerie reads in autocommit).
#
# Usage: bench/scripts/db.sh
#   PG_URL=jdbc:postgresql://127.0.0.1:5432/test PG_USER=postgres   the database (these are the defaults)
#   ROUNDS=5 DURATION=10s WARMUP=15s THREADS=2 CONNECTIONS=64 PIN=0   as in http.sh
#   SIDES=aa     baseline against a second baseline server: the noise floor of this machine
# Results: bench/target/db-results.txt
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

PG_URL="${PG_URL:-jdbc:postgresql://127.0.0.1:5432/test}" PG_USER="${PG_USER:-postgres}" PG_PASSWORD="${PG_PASSWORD:-}"
ROUNDS="${ROUNDS:-5}" DURATION="${DURATION:-10s}" WARMUP="${WARMUP:-15s}"
THREADS="${THREADS:-2}" CONNECTIONS="${CONNECTIONS:-64}" PIN="${PIN:-0}" SIDES="${SIDES:-aerie}"
need_command wrk wrk
need_command taskset util-linux
find_jdk
JAVA="$JAVA_HOME_BENCH/bin/java"
build_bench
BENCH_JAR="$BENCH_ROOT/bench/target/aerie-bench-0.1.0-SNAPSHOT.jar"
CP="$BENCH_JAR:$(cat "$BENCH_ROOT/bench/target/runtime-classpath.txt")"
JVM=("$JAVA" -Xms256m -Xmx256m -cp "$CP")
AERIE_MAIN=dev.aerie.bench.db.AerieDbMain
SERVER_CPUS="" WRK_CPUS=""
if [ "$PIN" = 1 ]; then SERVER_CPUS=0 WRK_CPUS=1; fi

"$JAVA" -cp "$CP" dev.aerie.bench.db.BenchTable "$PG_URL" "$PG_USER" "$PG_PASSWORD" >&2

WORK="$BENCH_ROOT/bench/target/db-bench"
mkdir -p "$WORK"
trap stop_servers EXIT
start_server "$WORK/baseline.log" "$SERVER_CPUS" "${JVM[@]}" dev.aerie.bench.db.HandDbServer 0 "$PG_URL" "$PG_USER" "$PG_PASSWORD"
BASE_PORT=$SERVER_PORT BASE_PID=$SERVER_PID
if [ "$SIDES" = aa ]; then
  start_server "$WORK/other.log" "$SERVER_CPUS" "${JVM[@]}" dev.aerie.bench.db.HandDbServer 0 "$PG_URL" "$PG_USER" "$PG_PASSWORD"
else
  start_server "$WORK/other.log" "$SERVER_CPUS" "${JVM[@]}" "$AERIE_MAIN" 0 "$PG_URL" "$PG_USER" "$PG_PASSWORD"
fi
OTHER_PORT=$SERVER_PORT OTHER_PID=$SERVER_PID
same_answers /items/1 /items/42 /items/10000
run_load "DB benchmark" "$BENCH_ROOT/bench/target/db-results.txt" \
    "by-id,http://127.0.0.1:$BASE_PORT/items/{id},http://127.0.0.1:$OTHER_PORT/items/{id}" \
    "by-id-tx,http://127.0.0.1:$BASE_PORT/tx/items/{id},http://127.0.0.1:$OTHER_PORT/items/{id}"
