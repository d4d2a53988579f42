#!/usr/bin/env bash
# HTTP benchmark (issue 3): wrk on loopback against an Aerie application (generated routes for a
# JSON endpoint and a path-parameter endpoint) and hand-written Helidon 4 handlers doing the same
# work with the same jackson-core streaming JSON, in one run, alternating sides every round.
#
# Usage: bench/scripts/http.sh
#   ROUNDS=5 DURATION=10s WARMUP=15s THREADS=2 CONNECTIONS=64   wrk settings (these are the defaults)
#   PIN=1        servers on CPU 0, wrk on CPU 1 (taskset); default: no pinning
#   SIDES=aa     baseline against a second baseline server: the noise floor of this machine
# Results: bench/target/http-results.txt
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

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
AERIE_MAIN=dev.aerie.bench.http.AerieHttpMain
SERVER_CPUS="" WRK_CPUS=""
if [ "$PIN" = 1 ]; then SERVER_CPUS=0 WRK_CPUS=1; fi

WORK="$BENCH_ROOT/bench/target/http-bench"
mkdir -p "$WORK"
trap stop_servers EXIT
start_server "$WORK/baseline.log" "$SERVER_CPUS" "${JVM[@]}" dev.aerie.bench.http.HandHttpServer 0
BASE_PORT=$SERVER_PORT BASE_PID=$SERVER_PID
if [ "$SIDES" = aa ]; then
  start_server "$WORK/other.log" "$SERVER_CPUS" "${JVM[@]}" dev.aerie.bench.http.HandHttpServer 0
else
  start_server "$WORK/other.log" "$SERVER_CPUS" "${JVM[@]}" "$AERIE_MAIN" 0
fi
OTHER_PORT=$SERVER_PORT OTHER_PID=$SERVER_PID
same_answers /greeting /items/42
run_load "HTTP benchmark" "$BENCH_ROOT/bench/target/http-results.txt" \
    "json,http://127.0.0.1:$BASE_PORT/greeting,http://127.0.0.1:$OTHER_PORT/greeting" \
    "path-param,http://127.0.0.1:$BASE_PORT/items/{id},http://127.0.0.1:$OTHER_PORT/items/{id}"
