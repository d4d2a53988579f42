#!/usr/bin/env bash
# Conduit benchmark (issues 15 and 14): the Conduit example itself (dev.aerie.conduit.ConduitModule,
# JDBI backend) against HandConduitServer, a hand-written Helidon 4 + plain JDBC + Hikari +
# jackson-core version of the same endpoints, on one PostgreSQL schema with the same seeded data
# (200 articles, 2 tags each, 10 users), in one wrk run, alternating sides every round.
#
# Cases (Aerie / baseline):
#   list-anon   GET /api/articles?limit=20                  / the same, one SELECT
#   list-auth   the same with the reader's token            / the same, one SELECT
#   article     GET /api/articles/bench-article-{1..200}    / the same, one SELECT
#   favorite    POST /api/articles/bench-article-{1..200}/favorite with the token / one transaction
#   plan-anon   GET /api/articles?limit=20                  / GET /plan/articles?limit=20: JDBI, Conduit's statements
#   plan-auth   the same with the token
# Before the load: both sides must answer every GET byte for byte the same, and the SQL statements
# per request of each side are counted (Aerie: db.echo in a third, short-lived server).
#
# Usage: bench/scripts/conduit.sh
#   PG_URL=jdbc:postgresql://127.0.0.1:5432/test PG_USER=postgres   the database (schema conduit_bench in it)
#   ROUNDS=3 DURATION=10s WARMUP=10s THREADS=2 CONNECTIONS=64 PIN=0   as in http.sh
#   CASES="list-anon list-auth article favorite plan-anon plan-auth"   which cases to load
# Results: bench/target/conduit-results.txt
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

PG_URL="${PG_URL:-jdbc:postgresql://127.0.0.1:5432/test}" PG_USER="${PG_USER:-postgres}" PG_PASSWORD="${PG_PASSWORD:-}"
ROUNDS="${ROUNDS:-3}" DURATION="${DURATION:-10s}" WARMUP="${WARMUP:-10s}"
THREADS="${THREADS:-2}" CONNECTIONS="${CONNECTIONS:-64}" PIN="${PIN:-0}" SIDES=aerie
CASES="${CASES:-list-anon list-auth article favorite plan-anon plan-auth}"
# Conduit's development secret (conduit/src/main/resources/application.yaml): both sides verify with it
SECRET=conduit-development-secret-change-me-0123456789
need_command wrk wrk
need_command taskset util-linux
need_command curl curl
find_jdk
JAVA="$JAVA_HOME_BENCH/bin/java"
build_bench conduit
BENCH_JAR="$BENCH_ROOT/bench/target/aerie-bench-0.1.0-SNAPSHOT.jar"
CP="$BENCH_JAR:$(cat "$BENCH_ROOT/bench/target/runtime-classpath.txt")"
JVM=("$JAVA" -Xms256m -Xmx256m -cp "$CP")
# the Conduit jar and its dependencies only on the Aerie side: its application.yaml is for it alone
CONDUIT_CP="$CP:$BENCH_ROOT/conduit/target/aerie-conduit.jar:$(cat "$BENCH_ROOT/conduit/target/runtime-classpath.txt")"
CONDUIT_JVM=("$JAVA" -Xms256m -Xmx256m -cp "$CONDUIT_CP")
SERVER_CPUS="" WRK_CPUS=""
if [ "$PIN" = 1 ]; then SERVER_CPUS=0 WRK_CPUS=1; fi
# its own schema: nothing another process uses is touched
URL="$PG_URL?user=$PG_USER&currentSchema=conduit_bench"
[ -z "$PG_PASSWORD" ] || URL="$URL&password=$PG_PASSWORD"

WORK="$BENCH_ROOT/bench/target/conduit-bench"
mkdir -p "$WORK"
trap stop_servers EXIT
"$JAVA" -cp "$CP" dev.aerie.bench.conduit.ConduitSeed schema "$URL" conduit_bench
# Conduit creates its tables when it starts (db.create-tables: true); the seed fills them
start_server "$WORK/aerie.log" "$SERVER_CPUS" "${CONDUIT_JVM[@]}" dev.aerie.bench.conduit.ConduitMain 0 "$URL"
OTHER_PORT=$SERVER_PORT OTHER_PID=$SERVER_PID
TOKEN=$("$JAVA" -cp "$CP" dev.aerie.bench.conduit.ConduitSeed data "$URL" "$SECRET" | awk '/^TOKEN /{print $2}')
start_server "$WORK/baseline.log" "$SERVER_CPUS" "${JVM[@]}" dev.aerie.bench.conduit.HandConduitServer 0 "$URL" "$SECRET"
BASE_PORT=$SERVER_PORT BASE_PID=$SERVER_PID
AUTH="Authorization: Token $TOKEN"

same_answers /api/articles?limit=20 "/api/articles?limit=20&offset=190" /api/articles/bench-article-1 /api/articles/bench-article-200
for path in /api/articles?limit=20 /api/articles/bench-article-3; do
  a=$(curl -fsS -H "$AUTH" "http://127.0.0.1:$BASE_PORT$path") b=$(curl -fsS -H "$AUTH" "http://127.0.0.1:$OTHER_PORT$path")
  [ "$a" = "$b" ] || { echo "the two sides answer $path with a token differently" >&2; echo "  baseline: $a" >&2; echo "  aerie:    $b" >&2; exit 1; }
done
for auth in "" "$AUTH"; do
  a=$(curl -fsS ${auth:+-H "$auth"} "http://127.0.0.1:$BASE_PORT/plan/articles?limit=20") b=$(curl -fsS ${auth:+-H "$auth"} "http://127.0.0.1:$OTHER_PORT/api/articles?limit=20")
  [ "$a" = "$b" ] || { echo "/plan/articles answers differently from Conduit's list${auth:+ with a token}" >&2; exit 1; }
done
a=$(curl -fsS -X POST -H "$AUTH" "http://127.0.0.1:$OTHER_PORT/api/articles/bench-article-7/favorite")
b=$(curl -fsS -X POST -H "$AUTH" "http://127.0.0.1:$BASE_PORT/api/articles/bench-article-7/favorite")
[ "$a" = "$b" ] || { echo "the two sides answer a favorite differently" >&2; echo "  baseline: $b" >&2; echo "  aerie:    $a" >&2; exit 1; }

# SQL statements per request: the baseline counts its own; Aerie's are counted in the log of a
# third server with db.echo=true (the loaded one logs nothing), each request made twice, the second counted
start_server "$WORK/echo.log" "" "${CONDUIT_JVM[@]}" dev.aerie.bench.conduit.ConduitMain 0 "$URL" db.echo=true
ECHO_PORT=$SERVER_PORT
counted_echo() { grep -c '^INFO: SQL:' "$WORK/echo.log" || true; }
statements() { # NAME METHOD AERIE_PATH BASE_PATH AUTH
  local name="$1" method="$2" aerie_path="$3" base_path="$4" auth="$5" before after base_before base_after
  curl -fsS -o /dev/null -X "$method" ${auth:+-H "$auth"} "http://127.0.0.1:$ECHO_PORT$aerie_path"
  sleep 0.3; before=$(counted_echo)
  curl -fsS -o /dev/null -X "$method" ${auth:+-H "$auth"} "http://127.0.0.1:$ECHO_PORT$aerie_path"
  sleep 0.3; after=$(counted_echo)
  base_before=$(curl -fsS "http://127.0.0.1:$BASE_PORT/stats/statements")
  curl -fsS -o /dev/null -X "$method" ${auth:+-H "$auth"} "http://127.0.0.1:$BASE_PORT$base_path"
  base_after=$(curl -fsS "http://127.0.0.1:$BASE_PORT/stats/statements")
  printf '  %-10s aerie %2d   baseline %2d\n' "$name" $((after - before)) $((base_after - base_before))
}
{
  echo "# SQL statements per request (BEGIN/COMMIT not counted), $(date -u +%Y-%m-%dT%H:%MZ)"
  statements list-anon GET /api/articles?limit=20 /api/articles?limit=20 ""
  statements list-auth GET /api/articles?limit=20 /api/articles?limit=20 "$AUTH"
  statements article GET /api/articles/bench-article-5 /api/articles/bench-article-5 ""
  statements article-au GET /api/articles/bench-article-5 /api/articles/bench-article-5 "$AUTH"
  statements favorite POST /api/articles/bench-article-5/favorite /api/articles/bench-article-5/favorite "$AUTH"
  statements plan-anon GET /api/articles?limit=20 /plan/articles?limit=20 ""
  statements plan-auth GET /api/articles?limit=20 /plan/articles?limit=20 "$AUTH"
} | tee "$WORK/statements.txt"
kill "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null || true

B="http://127.0.0.1:$BASE_PORT" A="http://127.0.0.1:$OTHER_PORT"
ALL=()
for c in $CASES; do
  case "$c" in
    list-anon) ALL+=("list-anon,$B/api/articles?limit=20,$A/api/articles?limit=20") ;;
    list-auth) ALL+=("list-auth,$B/api/articles?limit=20,$A/api/articles?limit=20,$AUTH") ;;
    article)   ALL+=("article,$B/api/articles/bench-article-{id},$A/api/articles/bench-article-{id}") ;;
    favorite)  ALL+=("favorite,POST $B/api/articles/bench-article-{id}/favorite,POST $A/api/articles/bench-article-{id}/favorite,$AUTH") ;;
    plan-anon) ALL+=("plan-anon,$B/plan/articles?limit=20,$A/api/articles?limit=20") ;;
    plan-auth) ALL+=("plan-auth,$B/plan/articles?limit=20,$A/api/articles?limit=20,$AUTH") ;;
    *) echo "unknown case $c" >&2; exit 1 ;;
  esac
done
IDS=200 run_load "Conduit benchmark" "$WORK/load.txt" "${ALL[@]}"
cat "$WORK/statements.txt" "$WORK/load.txt" > "$BENCH_ROOT/bench/target/conduit-results.txt"
echo "results written to $BENCH_ROOT/bench/target/conduit-results.txt" >&2
