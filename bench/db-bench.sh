#!/bin/sh
# Single-row-by-id benchmark: the Aerie application (generated route + request-bound Session)
# against a hand-written Helidon handler on raw JDBI with a Hikari pool of the same settings,
# both reading PostgreSQL. Needs wrk and PostgreSQL at 127.0.0.1:5432 (user postgres, db test).
#
#   bench/db-bench.sh [rounds] [seconds] [connections]
#
# Each round runs both servers one after the other (order alternating). On each server it
# measures GET /books/{id} (one row from PostgreSQL) and GET /books/ping/{id} (same response
# shape, no database), each after a warm-up run that is thrown away; the ping figures separate
# the HTTP layer's cost from the database path's. Results go to bench/target/db-bench/.
set -eu
cd "$(dirname "$0")/.."
ROUNDS=${1:-3}
SECONDS_PER_RUN=${2:-20}
CONNECTIONS=${3:-32}
JAVA=${JAVA:-$(ls -d /usr/lib/jvm/*25*/bin/java 2>/dev/null | head -1)}
OUT=bench/target/db-bench
mkdir -p "$OUT"

mvn -q -pl bench -am package -DskipTests dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
CP="bench/target/classes:$(cat bench/target/classpath.txt)"
DB="-Ddb.url=jdbc:postgresql://127.0.0.1:5432/test?currentSchema=public -Ddb.user=postgres -Ddb.pool.min-size=10 -Ddb.pool.max-size=10"

"$JAVA" $DB -cp "$CP" dev.aerie.bench.db.DbBenchServer seed

run() { # mode port round
  "$JAVA" -Xms256m -Xmx256m $DB -cp "$CP" dev.aerie.bench.db.DbBenchServer "$1" "$2" > "$OUT/$1-server-$3.log" 2>&1 &
  PID=$!
  for i in $(seq 1 100); do
    curl -fs "http://127.0.0.1:$2/books/1" > /dev/null 2>&1 && break
    sleep 0.1
  done
  for path in books books/ping; do
    name=$(echo "$path" | tr / -)
    wrk -t2 -c"$CONNECTIONS" -d5s -s bench/random-id.lua "http://127.0.0.1:$2/$path/" > /dev/null
    wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_PER_RUN}s" --latency -s bench/random-id.lua "http://127.0.0.1:$2/$path/" \
        > "$OUT/$1-$name-$3.txt"
    echo "$1 /$path/{id} round $3: $(grep 'Requests/sec' "$OUT/$1-$name-$3.txt") $(grep ' 99%' "$OUT/$1-$name-$3.txt")"
  done
  kill "$PID"
  wait "$PID" 2>/dev/null || true
}

for round in $(seq 1 "$ROUNDS"); do
  if [ $((round % 2)) -eq 1 ]; then
    run aerie 8091 "$round"; run raw 8092 "$round"
  else
    run raw 8092 "$round"; run aerie 8091 "$round"
  fi
done
