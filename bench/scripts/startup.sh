#!/usr/bin/env bash
# Start-up benchmark (issue 17): launch -> first 200 of GET /health/ready on an embedded in-memory
# H2 with the tables created, and the process's RSS at that moment, for the example started by its
# launcher (example/target/bin/aerie-example) against the hand-written Helidon 4 + Hikari + H2
# service (bench HandStartupServer), each with and without a JDK AOT cache trained the same way
# (a short training run under -XX:AOTCacheOutput). Launches are interleaved; the order of the four
# variants reverses every round. A fifth variant runs the hand-written service with the JVM options the
# launcher adds (-Xms16m, the serial collector on <= 2 CPUs) and its own cache trained with them.
#
# Usage: bench/scripts/startup.sh        ROUNDS=7 (launches per variant)
# Results: bench/target/startup-results.txt
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
ROUNDS="${ROUNDS:-7}"
need_command curl curl
find_jdk
JAVA="$JAVA_HOME_BENCH/bin/java"
if [ "$("$JAVA" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p')" -lt 25 ]; then
  echo "The AOT cache needs JDK 25+; $JAVA is older." >&2; exit 1
fi
build_bench
(cd "$BENCH_ROOT" && mvn -q -pl example -am package -DskipTests) >&2   # also trains example/target/aerie-example.aot
CP="$BENCH_ROOT/bench/target/aerie-bench-0.1.0-SNAPSHOT.jar:$(cat "$BENCH_ROOT/bench/target/runtime-classpath.txt")"
WORK="$BENCH_ROOT/bench/target/startup"
rm -rf "$WORK" && mkdir -p "$WORK"
HAND_CACHE="$WORK/hand.aot"
"$JAVA" -XX:AOTCacheOutput="$HAND_CACHE" -Xlog:aot=error -Xlog:cds=error -cp "$CP" dev.aerie.bench.startup.HandStartupServer train >&2
# the hand-written service again with the JVM options the Aerie launcher adds on this machine (its own cache, trained with them)
LAUNCHER_FLAGS="-Xms16m"
if [ "$(nproc)" -le 2 ]; then LAUNCHER_FLAGS="$LAUNCHER_FLAGS -XX:+UseSerialGC"; fi
HAND_FLAGS_CACHE="$WORK/hand-flags.aot"
# shellcheck disable=SC2086
"$JAVA" $LAUNCHER_FLAGS -XX:AOTCacheOutput="$HAND_FLAGS_CACHE" -Xlog:aot=error -Xlog:cds=error -cp "$CP" dev.aerie.bench.startup.HandStartupServer train >&2
LAUNCHER="$BENCH_ROOT/example/target/bin/aerie-example"
PORT=18917

# launch VARIANT: prints "<variant> <ms to first 200> <rss KB>"
launch() {
  local variant=$1 start pid ms rss
  start=$(date +%s%N)
  case $variant in
    aerie-aot)   JAVA_HOME="$JAVA_HOME_BENCH" "$LAUNCHER" --server.port=$PORT --server.host=127.0.0.1 \
                   "--db.url=jdbc:h2:mem:startup;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1" >"$WORK/$variant.log" 2>&1 & ;;
    aerie-plain) AERIE_AOT=off JAVA_HOME="$JAVA_HOME_BENCH" "$LAUNCHER" --server.port=$PORT --server.host=127.0.0.1 \
                   "--db.url=jdbc:h2:mem:startup;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1" >"$WORK/$variant.log" 2>&1 & ;;
    hand-aot)    "$JAVA" -XX:AOTCache="$HAND_CACHE" -Xlog:aot=error -Xlog:cds=error -cp "$CP" \
                   dev.aerie.bench.startup.HandStartupServer $PORT >"$WORK/$variant.log" 2>&1 & ;;
    hand-plain)  "$JAVA" -cp "$CP" dev.aerie.bench.startup.HandStartupServer $PORT >"$WORK/$variant.log" 2>&1 & ;;
    # shellcheck disable=SC2086
    hand-flags)  "$JAVA" $LAUNCHER_FLAGS -XX:AOTCache="$HAND_FLAGS_CACHE" -Xlog:aot=error -Xlog:cds=error -cp "$CP" \
                   dev.aerie.bench.startup.HandStartupServer $PORT >"$WORK/$variant.log" 2>&1 & ;;
  esac
  pid=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$PORT/health/ready"; do
    kill -0 "$pid" 2>/dev/null || { echo "$variant died:" >&2; cat "$WORK/$variant.log" >&2; exit 1; }
    sleep 0.005
  done
  ms=$(( ($(date +%s%N) - start) / 1000000 ))
  rss=$(ps -o rss= -p "$pid" | tr -d ' ')
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo "$variant $ms $rss"
}

VARIANTS=(aerie-aot hand-aot hand-flags aerie-plain hand-plain)
: > "$WORK/raw.txt"
for round in $(seq 1 "$ROUNDS"); do
  order=("${VARIANTS[@]}")
  if [ $((round % 2)) = 0 ]; then order=(hand-plain aerie-plain hand-flags hand-aot aerie-aot); fi
  for variant in "${order[@]}"; do launch "$variant" | tee -a "$WORK/raw.txt" >&2; done
done
{
  echo "Start-up, $(date -u +%F' '%H:%M) UTC, $ROUNDS launches per variant, load average $(cut -d' ' -f1-3 /proc/loadavg), $("$JAVA" -version 2>&1 | head -1)"
  python3 - "$WORK/raw.txt" <<'PY'
import statistics, sys
rows = [line.split() for line in open(sys.argv[1])]
med = {v: (statistics.median(int(r[1]) for r in rows if r[0] == v), statistics.median(int(r[2]) for r in rows if r[0] == v) / 1024)
       for v in ("aerie-aot", "hand-aot", "hand-flags", "aerie-plain", "hand-plain")}
print("| | Aerie example (launcher) | hand-written Helidon + Hikari + H2 | Aerie / hand |")
print("|---|---|---|---|")
for cache in ("aot", "plain"):
    a, h = med["aerie-" + cache], med["hand-" + cache]
    print(f"| {'AOT cache' if cache == 'aot' else 'no cache'} | {a[0]:.0f} ms, {a[1]:.0f} MB | {h[0]:.0f} ms, {h[1]:.0f} MB | {a[0] / h[0]:.2f}x time, {a[1] / h[1]:.2f}x RSS |")
a, h = med["aerie-aot"], med["hand-flags"]
print(f"| AOT cache, hand-written with the launcher's JVM options too | {a[0]:.0f} ms, {a[1]:.0f} MB | {h[0]:.0f} ms, {h[1]:.0f} MB | {a[0] / h[0]:.2f}x time, {a[1] / h[1]:.2f}x RSS |")
PY
} | tee "$BENCH_ROOT/bench/target/startup-results.txt"
