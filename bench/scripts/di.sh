#!/usr/bin/env bash
# DI benchmark (issue 2): a generated graph of 1,000 injectables in 50 modules.
#  (a) javac of the graph with the Aerie processor vs. with -proc:none;
#  (b) container creation in a fresh JVM: Aerie.create(Root.class) + get(App), and the generated
#      Root_Application.create() + get(App), vs. a hand-written new-chain of the same graph.
# Each measurement runs in a fresh process; the programs compared are interleaved. Results: bench/target/di-results.txt
#
# Usage: bench/scripts/di.sh            (JAVAC_REPS=7 CREATE_REPS=21 BREAKDOWN_REPS=9 by default)
#        ONLY=create bench/scripts/di.sh   skips (a), the slow part
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

JAVAC_REPS="${JAVAC_REPS:-7}"
CREATE_REPS="${CREATE_REPS:-21}"
BREAKDOWN_REPS="${BREAKDOWN_REPS:-9}"
find_jdk
JAVA="$JAVA_HOME_BENCH/bin/java"
JAVAC="$JAVA_HOME_BENCH/bin/javac"
build_bench

WORK="$BENCH_ROOT/bench/target/di-bench"
rm -rf "$WORK" && mkdir -p "$WORK"
BENCH_JAR="$BENCH_ROOT/bench/target/aerie-bench-0.1.0-SNAPSHOT.jar"
# what a user's application compiles and runs against: aerie-runtime and its dependencies
USER_CP="$BENCH_ROOT/runtime/target/aerie-runtime-0.1.0-SNAPSHOT.jar:$(cat "$BENCH_ROOT/runtime/target/runtime-classpath.txt")"
PROCESSOR_PATH="$BENCH_ROOT/processor/target/aerie-processor-0.1.0-SNAPSHOT.jar:$(cat "$BENCH_ROOT/processor/target/runtime-classpath.txt")"
HARNESS_CP="$BENCH_JAR:$(cat "$BENCH_ROOT/bench/target/runtime-classpath.txt")"

"$JAVA" -cp "$HARNESS_CP" dev.aerie.bench.di.GenerateDiGraph "$WORK" >&2

RESULTS="$BENCH_ROOT/bench/target/di-results.txt"
{
  echo "# DI benchmark, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $("$JAVA" -version 2>&1 | head -1)"
  if [ "${ONLY:-}" != create ]; then
    echo "## (a) processor time"
    "$JAVA" -cp "$HARNESS_CP" dev.aerie.bench.di.DiBench javac "$JAVAC" "$JAVAC_REPS" "$WORK" "$USER_CP" "$PROCESSOR_PATH"
  fi

  # (b) compile the graph once with the processor, then the mains against it
  mkdir -p "$WORK/app/classes" "$WORK/app/generated"
  "$JAVAC" --release 21 -cp "$USER_CP" -proc:full -processorpath "$PROCESSOR_PATH" \
      -d "$WORK/app/classes" -s "$WORK/app/generated" "@$WORK/graph-sources.txt"
  "$JAVAC" --release 21 -cp "$WORK/app/classes:$USER_CP" -proc:none -d "$WORK/app/classes" "@$WORK/mains-sources.txt"
  # a jar, as applications ship (and the JDK AOT cache accepts only jars on the class path)
  "$JAVA_HOME_BENCH/bin/jar" --create --file "$WORK/app.jar" -C "$WORK/app/classes" .
  echo "## (b) container creation"
  "$JAVA" -cp "$HARNESS_CP" dev.aerie.bench.di.DiBench create "$JAVA" "$CREATE_REPS" "$WORK/app.jar:$USER_CP" "$WORK"
  echo "## where Aerie's creation time goes"
  "$JAVA" -cp "$HARNESS_CP" dev.aerie.bench.di.DiBench breakdown "$JAVA" "$BREAKDOWN_REPS" "$WORK/app.jar:$USER_CP" "$WORK"
  echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee "$RESULTS"
echo "results written to $RESULTS" >&2
