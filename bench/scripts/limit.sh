#!/usr/bin/env bash
# The limit benchmark (issue 20): THE EXAMPLE ITSELF (example/target/aerie-example.jar, its own
# application.yaml, pool and defaults, started as `java -jar` would, with the same heap as the baselines) answering GET /books/{id} on PostgreSQL, against the same
# service written by hand as fast as we can write it, in one run:
#   jdbc    LimitJdbcServer: Helidon 4 + plain JDBC (PreparedStatement, autocommit) + Hikari (10) +
#           hand-written JSON   vs the example with its JDBI backend (db.driver: jdbc, the default)
#   vertx   LimitVertxServer: Helidon 4 + vertx-pg-client pipelined on LIMIT_CONNECTIONS (2) connections
#           + hand-written JSON vs the example with its Vert.x backend (db.driver: vertx)
# Each pair runs alone on the machine (the other pair's servers are stopped), wrk 2 threads x 32
# connections over ids 1..10,000, a discarded warm-up of each side, then ROUNDS rounds with the side
# that goes first alternating (LoadBench: medians, p99, server CPU per request from /proc/PID/stat).
# Both sides must answer the same bytes first. Data: 10,000 books in schema limit_bench (LimitSeed).
#
# Usage: bench/scripts/limit.sh [sweep]
#   sweep        instead: the hand-written pipelined server on 2 connections against itself on 1 and
#                on 4 (LoadBench pairs), to find the fastest connection count of this machine
#   PG_HOST=127.0.0.1 PG_PORT=5432 PG_DB=test PG_USER=postgres PG_PASSWORD=   the database
#   ROUNDS=3 DURATION=12s WARMUP=10s THREADS=2 CONNECTIONS=32 PIN=0   the load
#   PAIRS="jdbc vertx"   LIMIT_CONNECTIONS=2   EXAMPLE_OPTS=   extra JAVA_OPTS of the example
#   JFR=1        record a JFR profile (settings=profile) of both sides of each pair during its rounds
#                into bench/target/limit-bench/<side>.jfr
# Results: bench/target/limit-results.txt
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

PG_HOST="${PG_HOST:-127.0.0.1}" PG_PORT="${PG_PORT:-5432}" PG_DB="${PG_DB:-test}"
PG_USER="${PG_USER:-postgres}" PG_PASSWORD="${PG_PASSWORD:-}"
ROUNDS="${ROUNDS:-3}" DURATION="${DURATION:-12s}" WARMUP="${WARMUP:-10s}"
THREADS="${THREADS:-2}" CONNECTIONS="${CONNECTIONS:-32}" PIN="${PIN:-0}" SIDES=aerie
PAIRS="${PAIRS:-jdbc vertx}" LIMIT_CONNECTIONS="${LIMIT_CONNECTIONS:-2}"
SCHEMA=limit_bench
need_command wrk wrk
need_command taskset util-linux
need_command curl curl
find_jdk
JAVA="$JAVA_HOME_BENCH/bin/java"
[ "${SKIP_BUILD:-0}" = 1 ] || build_bench example
BENCH_JAR="$BENCH_ROOT/bench/target/aerie-bench-0.1.0-SNAPSHOT.jar"
CP="$BENCH_JAR:$(cat "$BENCH_ROOT/bench/target/runtime-classpath.txt")"
HEAP=(-Xms256m -Xmx256m)
JVM=("$JAVA" "${HEAP[@]}" -cp "$CP")
EXAMPLE_JAR="$BENCH_ROOT/example/target/aerie-example.jar"
# the example does not depend on the Vert.x client (its pom has the JDBC drivers only): its Vert.x
# side gets the client's jars from the bench's class path beside the example jar (whose manifest
# names its own libs/)
VERTX_JARS=$(tr ':' '\n' <"$BENCH_ROOT/bench/target/runtime-classpath.txt" | grep -E '/io/(vertx|netty)/' | paste -sd:)
SERVER_CPUS="" WRK_CPUS=""
if [ "$PIN" = 1 ]; then SERVER_CPUS=0 WRK_CPUS=1; fi
URL="jdbc:postgresql://$PG_HOST:$PG_PORT/$PG_DB?user=$PG_USER&currentSchema=$SCHEMA"
[ -z "$PG_PASSWORD" ] || URL="$URL&password=$PG_PASSWORD"
WORK="$BENCH_ROOT/bench/target/limit-bench"
RESULTS="$BENCH_ROOT/bench/target/limit-results.txt"
mkdir -p "$WORK"
trap stop_servers EXIT

# jfr_opts SIDE : the JFR option of a side when JFR=1 (started at launch, dumped by jfr_dump)
jfr_opts() {
  [ "${JFR:-0}" = 1 ] && echo "-XX:StartFlightRecording=name=limit,settings=profile,jdk.ExecutionSample#period=1ms" || true
}
# jfr_dump PID SIDE : writes the recording of a side into $WORK/SIDE.jfr while it still runs
jfr_dump() {
  [ "${JFR:-0}" = 1 ] || return 0
  "$JAVA_HOME_BENCH/bin/jcmd" "$1" JFR.dump name=limit filename="$WORK/$2.jfr" >&2
}
# example NAME DRIVER : starts the example's jar, configured by the environment as a deployment is
example() {
  local name="$1" driver="$2" cp="$EXAMPLE_JAR"
  [ "$driver" = jdbc ] || cp="$cp:$VERTX_JARS"
  # shellcheck disable=SC2046,SC2086
  DB_URL="$URL" DB_DRIVER="$driver" start_server "$WORK/$name.log" "$SERVER_CPUS" "$JAVA" "${HEAP[@]}" $(jfr_opts "$name") \
      ${EXAMPLE_OPTS:-} -cp "$cp" dev.aerie.example.AppModule --server.port=0 --server.host=127.0.0.1
}
hand_vertx() { # NAME CONNECTIONS
  # shellcheck disable=SC2046
  start_server "$WORK/$1.log" "$SERVER_CPUS" "$JAVA" "${HEAP[@]}" $(jfr_opts "$1") -Dlimit.connections="$2" -cp "$CP" \
      dev.aerie.bench.limit.LimitVertxServer 0 "$PG_HOST:$PG_PORT" "$PG_DB" "$PG_USER" "$PG_PASSWORD" "$SCHEMA"
}

"${JVM[@]}" dev.aerie.bench.limit.LimitSeed schema "$URL" "$SCHEMA" >&2
DB_URL="$URL" "$JAVA" -cp "$EXAMPLE_JAR" dev.aerie.example.AppModule db migrate >&2
"${JVM[@]}" dev.aerie.bench.limit.LimitSeed data "$URL" >&2

: >"$RESULTS"
if [ "${1:-}" = sweep ]; then
  for n in 1 4; do
    hand_vertx "pipelined-2" 2; BASE_PORT=$SERVER_PORT BASE_PID=$SERVER_PID
    hand_vertx "pipelined-$n" "$n"; OTHER_PORT=$SERVER_PORT OTHER_PID=$SERVER_PID
    same_answers /books/1 /books/2 /books/10000
    run_load "limit sweep: hand-written pipelined on 2 connections (baseline) vs on $n (other)" "$WORK/sweep-$n.txt" \
        "pipelined-$n,http://127.0.0.1:$BASE_PORT/books/{id},http://127.0.0.1:$OTHER_PORT/books/{id}"
    cat "$WORK/sweep-$n.txt" >>"$RESULTS"
    stop_servers
  done
  exit 0
fi

for pair in $PAIRS; do
  case "$pair" in
    jdbc)
      # shellcheck disable=SC2046
      start_server "$WORK/hand-jdbc.log" "$SERVER_CPUS" "$JAVA" "${HEAP[@]}" $(jfr_opts hand-jdbc) -cp "$CP" \
          dev.aerie.bench.limit.LimitJdbcServer 0 "$URL"
      BASE_PORT=$SERVER_PORT BASE_PID=$SERVER_PID
      example example-jdbi jdbc
      OTHER_PORT=$SERVER_PORT OTHER_PID=$SERVER_PID
      names=(hand-jdbc example-jdbi)
      title="limit, JDBC: baseline = hand-written Helidon + PreparedStatement + Hikari(10) + hand JSON; aerie = the example, JDBI backend" ;;
    vertx)
      hand_vertx hand-vertx "$LIMIT_CONNECTIONS"
      BASE_PORT=$SERVER_PORT BASE_PID=$SERVER_PID
      example example-vertx vertx
      OTHER_PORT=$SERVER_PORT OTHER_PID=$SERVER_PID
      names=(hand-vertx example-vertx)
      title="limit, Vert.x: baseline = hand-written Helidon + vertx-pg-client pipelined on $LIMIT_CONNECTIONS connections + hand JSON; aerie = the example, Vert.x backend" ;;
    *) echo "unknown pair $pair (jdbc, vertx)" >&2; exit 1 ;;
  esac
  same_answers /books/1 /books/2 /books/10000
  run_load "$title" "$WORK/$pair.txt" "book-$pair,http://127.0.0.1:$BASE_PORT/books/{id},http://127.0.0.1:$OTHER_PORT/books/{id}"
  cat "$WORK/$pair.txt" >>"$RESULTS"
  jfr_dump "$BASE_PID" "${names[0]}"; jfr_dump "$OTHER_PID" "${names[1]}"
  stop_servers
done
echo "results written to $RESULTS" >&2
