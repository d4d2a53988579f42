#!/usr/bin/env bash
# Metrics cost (issue 18): the books example itself (dev.aerie.example.AppModule, H2 in memory,
# migrations applied at start) served twice, with metrics.enabled: false (the baseline) and true
# (Micrometer's Prometheus registry timing every request by route template and status), both with
# micrometer-registry-prometheus on the classpath, loaded with GET /books/{id} in one wrk run,
# alternating sides every round. /metrics is scraped every SCRAPE seconds during the load, as
# Prometheus would (every 15 s by default), so the scrape's cost is in the measure too.
#
# Usage: bench/scripts/metrics.sh
#   ROUNDS=5 DURATION=10s WARMUP=10s THREADS=2 CONNECTIONS=64 PIN=0   as in http.sh
#   BOOKS=100   books seeded on each side (GET /books/{1..BOOKS})
#   SCRAPE=1    seconds between two scrapes of /metrics during the load; 0: no scraping
# Results: bench/target/metrics-results.txt
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

ROUNDS="${ROUNDS:-5}" DURATION="${DURATION:-10s}" WARMUP="${WARMUP:-10s}"
THREADS="${THREADS:-2}" CONNECTIONS="${CONNECTIONS:-64}" PIN="${PIN:-0}" SIDES=aerie BOOKS="${BOOKS:-100}" SCRAPE="${SCRAPE:-1}"
need_command wrk wrk
need_command taskset util-linux
need_command curl curl
find_jdk
JAVA="$JAVA_HOME_BENCH/bin/java"
build_bench example
BENCH_JAR="$BENCH_ROOT/bench/target/aerie-bench-0.1.0-SNAPSHOT.jar"
CP="$BENCH_JAR:$(cat "$BENCH_ROOT/bench/target/runtime-classpath.txt")"
# the example jar and its dependencies only on its servers: its application.yaml is for it alone
EXAMPLE_CP="$CP:$BENCH_ROOT/example/target/aerie-example.jar:$(cat "$BENCH_ROOT/example/target/runtime-classpath.txt")"
JVM=("$JAVA" -Xms256m -Xmx256m -cp "$EXAMPLE_CP")
SERVER_CPUS="" WRK_CPUS=""
if [ "$PIN" = 1 ]; then SERVER_CPUS=0 WRK_CPUS=1; fi

WORK="$BENCH_ROOT/bench/target/metrics-bench"
mkdir -p "$WORK"
trap stop_servers EXIT
DB="db.migrate=true"
start_server "$WORK/off.log" "$SERVER_CPUS" "${JVM[@]}" dev.aerie.bench.metrics.ExampleMain 0 \
    "db.url=jdbc:h2:mem:metrics_off;DB_CLOSE_DELAY=-1" "$DB" metrics.enabled=false
BASE_PORT=$SERVER_PORT BASE_PID=$SERVER_PID
start_server "$WORK/on.log" "$SERVER_CPUS" "${JVM[@]}" dev.aerie.bench.metrics.ExampleMain 0 \
    "db.url=jdbc:h2:mem:metrics_on;DB_CLOSE_DELAY=-1" "$DB" metrics.enabled=true
OTHER_PORT=$SERVER_PORT OTHER_PID=$SERVER_PID
for port in $BASE_PORT $OTHER_PORT; do
  curl -fsS -o /dev/null -H 'Content-Type: application/json' -d '{"name":"Ursula K. Le Guin"}' "http://127.0.0.1:$port/authors"
  for i in $(seq 1 "$BOOKS"); do
    curl -fsS -o /dev/null -H 'Content-Type: application/json' \
        -d "{\"title\":\"Book $i\",\"authorId\":1,\"year\":1969,\"isbn\":null}" "http://127.0.0.1:$port/books"
  done
done
[ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$BASE_PORT/metrics")" = 404 ] || { echo "the baseline serves /metrics" >&2; exit 1; }
curl -fsS "http://127.0.0.1:$OTHER_PORT/metrics" | grep -q '^http_server_requests_seconds_count' \
    || { echo "the metrics side does not time requests" >&2; exit 1; }
same_answers /books/1 "/books/$BOOKS"

# a scraper, as Prometheus would be (by default once a second: far more often than its 15 s default)
if [ "$SCRAPE" != 0 ]; then
  ( while true; do curl -s -o /dev/null "http://127.0.0.1:$OTHER_PORT/metrics"; sleep "$SCRAPE"; done ) &
  SCRAPER=$!
  trap 'kill $SCRAPER 2>/dev/null || true; stop_servers' EXIT
fi
IDS=$BOOKS BASE_PID=$BASE_PID OTHER_PID=$OTHER_PID run_load "Metrics cost: the example, metrics.enabled false (baseline) against true" \
    "$BENCH_ROOT/bench/target/metrics-results.txt" "book,$(printf 'http://127.0.0.1:%s/books/{id}' "$BASE_PORT"),$(printf 'http://127.0.0.1:%s/books/{id}' "$OTHER_PORT")"
curl -fsS "http://127.0.0.1:$OTHER_PORT/metrics" | grep '^http_server_requests_seconds_count' >&2
