#!/usr/bin/env bash
# Vert.x benchmark (issue 5): one load run against one PostgreSQL, three servers answering the same
# endpoints from a 10,000-row table:
#   jdbi   the Aerie application (dev.aerie.bench.vertx.WorldModule) with db.driver=jdbc
#   vertx  the same application, same jar, with db.driver=vertx
#   raw    a hand-written Helidon handler on the raw Vert.x client (dev.aerie.bench.vertx.RawVertxServer)
# Cases: GET /db/{id} (one row by a random id) and GET /queries/{id} (20 rows by id per request,
# TechEmpower's "multiple queries"), and GET /plain/{id}, the same JSON with no database, which
# shows what the HTTP layers cost (jdbi and vertx are one application there). Every round runs each case against each side (the order of
# the sides rotates per round); the report gives the median of the rounds.
#
# Usage: bench/scripts/vertx.sh [session]
#   session      instead of HTTP: the same three sides and two cases at the Session level, in one JVM
#                (dev.aerie.bench.vertx.SessionBench, THREADS_SESSION=64 virtual threads), results in
#                bench/target/vertx-session-results.txt
#   PG_HOST=127.0.0.1 PG_PORT=5432 PG_DB=test PG_USER=postgres PG_PASSWORD=   the database (defaults)
#   ROUNDS=3 DURATION=10s WARMUP=5s THREADS=2 CONNECTIONS=64                  the load
#   CASES="plain db queries"   which cases;   VERTX_OPTS="-Ddb.vertx.read-connections=8"   extra settings of the vertx side
# Results: bench/target/vertx-results.txt
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
PG_HOST="${PG_HOST:-127.0.0.1}" PG_PORT="${PG_PORT:-5432}" PG_DB="${PG_DB:-test}"
PG_USER="${PG_USER:-postgres}" PG_PASSWORD="${PG_PASSWORD:-}"
ROUNDS="${ROUNDS:-3}" DURATION="${DURATION:-10s}" WARMUP="${WARMUP:-5s}"
THREADS="${THREADS:-2}" CONNECTIONS="${CONNECTIONS:-64}"
PG_URL="jdbc:postgresql://$PG_HOST:$PG_PORT/$PG_DB"

if ! command -v wrk >/dev/null 2>&1; then
  echo "installing wrk" >&2
  apt-get update -qq >&2 && apt-get install -y -qq wrk >&2
fi
JAVA=""
for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/*; do
  [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] || continue
  version=$("$candidate/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p')
  if [ -n "$version" ] && [ "${version%%.*}" -ge 21 ]; then JAVA="$candidate/bin/java"; fi
done
[ -n "$JAVA" ] || { echo "no JDK 21+ found (JAVA_HOME, /usr/lib/jvm)" >&2; exit 1; }

(cd "$ROOT" && mvn -q -pl bench -am package dependency:build-classpath -DskipTests \
    -DincludeScope=runtime -Dmdep.outputFile=target/runtime-classpath.txt) >&2
CP="$ROOT/bench/target/aerie-bench-0.1.0-SNAPSHOT.jar:$(cat "$ROOT/bench/target/runtime-classpath.txt")"
JVM=("$JAVA" -Xms256m -Xmx256m -cp "$CP")
"${JVM[@]}" dev.aerie.bench.vertx.WorldTable "$PG_URL" "$PG_USER" "$PG_PASSWORD"

if [ "${1:-}" = session ]; then
  # shellcheck disable=SC2086
  "${JVM[@]}" ${VERTX_OPTS:-} dev.aerie.bench.vertx.SessionBench "$PG_HOST:$PG_PORT" "$PG_DB" "$PG_USER" "$PG_PASSWORD" \
      "${DURATION%s}" "$ROUNDS" "${THREADS_SESSION:-64}" | tee "$ROOT/bench/target/vertx-session-results.txt"
  exit 0
fi

WORK="$ROOT/bench/target/vertx-bench"
mkdir -p "$WORK"
PIDS=()
stop_servers() {
  local pid
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
}
trap stop_servers EXIT

# start NAME COMMAND... : starts a server, waits for the line that names its port, sets PORT_<NAME>
start() {
  local name="$1" log="$WORK/$1.log" waited=0 port=""; shift
  : >"$log" # emptied here: the background redirection below may truncate after the first read
  "$@" >>"$log" 2>&1 &
  PIDS+=("$!")
  local pid=$!
  while [ -z "$port" ]; do
    port=$(sed -n 's/^LISTENING \([0-9]*\).*/\1/p; s/^Aerie is serving on http:.*:\([0-9]*\)$/\1/p' "$log" | head -1)
    [ -n "$port" ] && break
    kill -0 "$pid" 2>/dev/null || { echo "$name exited; its log:" >&2; cat "$log" >&2; exit 1; }
    sleep 0.5; waited=$((waited + 1))
    [ "$waited" -lt 360 ] || { echo "$name not listening after 180 s; its log:" >&2; cat "$log" >&2; exit 1; }
  done
  printf -v "PORT_$name" '%s' "$port"
  for waited in $(seq 1 60); do  # answering, not only bound
    curl -s -o /dev/null "http://127.0.0.1:$port/plain/1" && return 0
    sleep 0.5
  done
  echo "$name does not answer on port $port; its log:" >&2; cat "$log" >&2; exit 1
}
# db.* keys as system properties (the environment works too: DB_URL, DB_DRIVER, ...)
DB=("-Ddb.url=$PG_URL" "-Ddb.user=$PG_USER" "-Ddb.password=$PG_PASSWORD")
APP=(dev.aerie.bench.vertx.WorldModule --server.port=0)
start jdbi "${JVM[@]}" "${DB[@]}" -Ddb.driver=jdbc "${APP[@]}"
# shellcheck disable=SC2086
start vertx "${JVM[@]}" "${DB[@]}" -Ddb.driver=vertx ${VERTX_OPTS:-} "${APP[@]}"
start raw "${JVM[@]}" dev.aerie.bench.vertx.RawVertxServer 0 "$PG_HOST:$PG_PORT" "$PG_DB" "$PG_USER" "$PG_PASSWORD"
SIDES=(jdbi vertx raw)
port_of() { local v="PORT_$1"; echo "${!v}"; }

for path in /plain/7 /db/1 /db/10000 /queries/9990; do
  expected=$(curl -fsS "http://127.0.0.1:$(port_of raw)$path")
  for side in jdbi vertx; do
    got=$(curl -fsS "http://127.0.0.1:$(port_of "$side")$path")
    if [ "$got" != "$expected" ]; then
      echo "$side answers $path differently: $got (raw: $expected)" >&2; exit 1
    fi
  done
done

cat >"$WORK/random.lua" <<'LUA'
local prefix = os.getenv("WRK_PREFIX")
request = function()
  return wrk.format(nil, prefix .. math.random(1, 10000))
end
done = function(summary, latency, requests)
  local bad = summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("RESULT %.1f %.2f %.2f %d\n", summary.requests / (summary.duration / 1e6),
      latency:percentile(50) / 1000, latency:percentile(99) / 1000, bad))
end
LUA
# load CASE SIDE SECONDS : one wrk run; prints "req/s p50ms p99ms errors"
load() {
  WRK_PREFIX="/$1/" wrk -t "$THREADS" -c "$CONNECTIONS" -d "$3" -s "$WORK/random.lua" \
      "http://127.0.0.1:$(port_of "$2")" | sed -n 's/^RESULT //p'
}

read -r -a CASES <<<"${CASES:-plain db queries}"
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
for case in "${CASES[@]}"; do for side in "${SIDES[@]}"; do load "$case" "$side" "$WARMUP" >/dev/null; done; done
RAW_RESULTS="$WORK/rounds.txt"
: >"$RAW_RESULTS"
for round in $(seq 1 "$ROUNDS"); do
  for case in "${CASES[@]}"; do
    for i in 0 1 2; do
      side=${SIDES[$(( (i + round) % 3 ))]}
      echo "$round $case $side $(load "$case" "$side" "$DURATION")" | tee -a "$RAW_RESULTS" >&2
    done
  done
done

RESULTS="$ROOT/bench/target/vertx-results.txt"
{
  echo "# Vert.x benchmark, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $("$JAVA" -version 2>&1 | head -1)"
  echo "# wrk -t$THREADS -c$CONNECTIONS -d$DURATION, $ROUNDS rounds, median of rounds; PostgreSQL $PG_HOST:$PG_PORT/$PG_DB"
  echo "# load average before: $LOAD_BEFORE; after: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "# vertx side settings: ${VERTX_OPTS:-defaults}"
  awk -v CASES="${CASES[*]}" '
    { key = $2 " " $3; n[key]++; rps[key, n[key]] = $4; p50[key, n[key]] = $5; p99[key, n[key]] = $6; err[key] += $7 }
    function median(arr, key, count,   i, j, t, v) {
      for (i = 1; i <= count; i++) v[i] = arr[key, i]
      for (i = 1; i <= count; i++) for (j = i + 1; j <= count; j++) if (v[j] + 0 < v[i] + 0) { t = v[i]; v[i] = v[j]; v[j] = t }
      return (count % 2) ? v[(count + 1) / 2] : (v[count / 2] + v[count / 2 + 1]) / 2
    }
    END {
      printf "%-8s %-6s %10s %9s %9s %7s\n", "case", "side", "req/s", "p50 ms", "p99 ms", "errors"
      ncases = split(CASES, cases, " "); split("jdbi vertx raw", sides, " ")
      for (c = 1; c <= ncases; c++) {
        for (s = 1; s <= 3; s++) {
          key = cases[c] " " sides[s]
          m[key] = median(rps, key, n[key])
          printf "%-8s %-6s %10.0f %9.2f %9.2f %7d\n", cases[c], sides[s], m[key], median(p50, key, n[key]), median(p99, key, n[key]), err[key]
        }
        printf "%-8s vertx/jdbi %.2fx   vertx/raw %.2fx\n", cases[c], m[cases[c] " vertx"] / m[cases[c] " jdbi"], m[cases[c] " vertx"] / m[cases[c] " raw"]
      }
    }' "$RAW_RESULTS"
} | tee "$RESULTS"
echo "results written to $RESULTS (each run: $RAW_RESULTS)" >&2
