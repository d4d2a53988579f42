#!/usr/bin/env bash
# Guard benchmark (issue 13): what a guard adds to a request. One Aerie application
# (dev.aerie.bench.guard.GuardModule) answers the same greeting unguarded (/open), behind a trivial
# guard (/cheap: is there an Authorization header?) and behind the JWT guard (/jwt:
# dev.aerie.security.Authenticated); HandGuardServer answers /open and /jwt with plain Helidon
# handlers, /jwt behind a Helidon filter calling the same TokenService. wrk with an HS256 token on
# every request, sides alternating every round. The cost of a guard is the difference of the
# server's CPU time per request between the guarded and the unguarded route of the same server:
# throughput on this shared 2-core machine cannot resolve a few microseconds, CPU time can.
#
# Usage: bench/scripts/guard.sh
#   ROUNDS=5 DURATION=10s WARMUP=10s THREADS=2 CONNECTIONS=64 PIN=0   as in http.sh
# Results: bench/target/guard-results.txt
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

ROUNDS="${ROUNDS:-5}" DURATION="${DURATION:-10s}" WARMUP="${WARMUP:-10s}"
THREADS="${THREADS:-2}" CONNECTIONS="${CONNECTIONS:-64}" PIN="${PIN:-0}" SIDES=aerie
SECRET=guard-benchmark-secret-0123456789-0123456789
need_command wrk wrk
need_command taskset util-linux
need_command curl curl
find_jdk
JAVA="$JAVA_HOME_BENCH/bin/java"
build_bench
BENCH_JAR="$BENCH_ROOT/bench/target/aerie-bench-0.1.0-SNAPSHOT.jar"
CP="$BENCH_JAR:$(cat "$BENCH_ROOT/bench/target/runtime-classpath.txt")"
JVM=("$JAVA" -Xms256m -Xmx256m -cp "$CP")
SERVER_CPUS="" WRK_CPUS=""
if [ "$PIN" = 1 ]; then SERVER_CPUS=0 WRK_CPUS=1; fi

WORK="$BENCH_ROOT/bench/target/guard-bench"
mkdir -p "$WORK"
trap stop_servers EXIT
TOKEN=$("$JAVA" -cp "$CP" dev.aerie.bench.guard.HandGuardServer token "$SECRET")
AUTH="Authorization: Bearer $TOKEN"
start_server "$WORK/aerie.log" "$SERVER_CPUS" "${JVM[@]}" dev.aerie.bench.guard.GuardMain 0 "$SECRET"
AERIE_PORT=$SERVER_PORT AERIE_PID=$SERVER_PID
start_server "$WORK/hand.log" "$SERVER_CPUS" "${JVM[@]}" dev.aerie.bench.guard.HandGuardServer 0 "$SECRET"
HAND_PORT=$SERVER_PORT HAND_PID=$SERVER_PID
A="http://127.0.0.1:$AERIE_PORT" H="http://127.0.0.1:$HAND_PORT"
# every route answers the token, the guarded ones refuse a request without it
for url in $A/open/greeting $A/cheap/greeting $A/jwt/greeting $H/open/greeting $H/jwt/greeting; do
  [ "$(curl -s -o /dev/null -w '%{http_code}' -H "$AUTH" "$url")" = 200 ] || { echo "$url does not answer 200 with the token" >&2; exit 1; }
done
for url in $A/cheap/greeting $A/jwt/greeting $H/jwt/greeting; do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "$url")" = 401 ] || { echo "$url does not refuse a request without a token" >&2; exit 1; }
done
BASE_PORT=$HAND_PORT OTHER_PORT=$AERIE_PORT
same_answers /open/greeting

# the three comparisons each need their own pair of process ids for the CPU time
BASE_PID=$AERIE_PID OTHER_PID=$AERIE_PID run_load "Guard benchmark: Aerie, guarded against unguarded (same server)" "$WORK/aerie.txt" \
    "cheap-guard,$A/open/greeting,$A/cheap/greeting,$AUTH" "jwt-guard,$A/open/greeting,$A/jwt/greeting,$AUTH"
BASE_PID=$HAND_PID OTHER_PID=$HAND_PID run_load "Guard benchmark: hand-written, filter against none (same server)" "$WORK/hand.txt" \
    "jwt-filter,$H/open/greeting,$H/jwt/greeting,$AUTH"
BASE_PID=$HAND_PID OTHER_PID=$AERIE_PID run_load "Guard benchmark: Aerie's JWT guard against the hand-written filter" "$WORK/versus.txt" \
    "jwt,$H/jwt/greeting,$A/jwt/greeting,$AUTH" "open,$H/open/greeting,$A/open/greeting,$AUTH"
cat "$WORK/aerie.txt" "$WORK/hand.txt" "$WORK/versus.txt" > "$BENCH_ROOT/bench/target/guard-results.txt"
echo "results written to $BENCH_ROOT/bench/target/guard-results.txt" >&2
