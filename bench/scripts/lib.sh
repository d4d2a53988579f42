# Shared helpers for the benchmark scripts (sourced, not run).

# The repository root, whatever the current directory.
BENCH_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"

# Sets JAVA_HOME_BENCH to a JDK 21+ the same way the build looks for one: $JAVA_HOME if it is new
# enough, else the newest JDK under /usr/lib/jvm.
find_jdk() {
  local candidate version best="" best_version=0
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/*; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/javac" ] || continue
    version=$("$candidate/bin/java" -XshowSettings:properties -version 2>&1 \
      | sed -n 's/^ *java\.specification\.version = //p')
    version=${version%%.*}
    if [ -n "$version" ] && [ "$version" -ge 21 ] && [ "$version" -gt "$best_version" ]; then
      best="$candidate"; best_version="$version"
    fi
  done
  if [ -z "$best" ]; then
    echo "No JDK 21 or newer found (looked at \$JAVA_HOME and /usr/lib/jvm): install one, e.g. temurin-25-jdk." >&2
    exit 1
  fi
  JAVA_HOME_BENCH="$best"
  echo "JDK: $JAVA_HOME_BENCH (release $best_version)" >&2
}

# Builds the modules the bench needs (no tests), and the module named as $1 if any, and writes each
# module's runtime classpath to <module>/target/runtime-classpath.txt.
build_bench() {
  (cd "$BENCH_ROOT" && mvn -q -pl "bench${1:+,$1}" -am package dependency:build-classpath -DskipTests \
      -DincludeScope=runtime -Dmdep.outputFile=target/runtime-classpath.txt) >&2
}

# Installs a Debian package when its command is missing.
need_command() {
  local command="$1" package="$2"
  if ! command -v "$command" >/dev/null 2>&1; then
    echo "installing $package (for $command)" >&2
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq >&2 && $sudo apt-get install -y -qq "$package" >&2
  fi
}

STARTED_PIDS=()
# Stops the servers this script started (by their process id only).
stop_servers() {
  local pid
  for pid in "${STARTED_PIDS[@]}"; do
    kill "$pid" 2>/dev/null || true
  done
  for pid in "${STARTED_PIDS[@]}"; do
    wait "$pid" 2>/dev/null || true
  done
  STARTED_PIDS=()
}

# start_server LOG CPUS JAVA_ARGS... : starts a server JVM in the background (pinned with taskset
# when CPUS is not empty) and sets SERVER_PORT once it prints "LISTENING <port>" (or, an application
# started by its own launcher, "Aerie is serving on http://host:<port>..."), and SERVER_PID.
start_server() {
  local log="$1" cpus="$2"; shift 2
  : >"$log"   # exists before the wait below reads it
  if [ -n "$cpus" ]; then
    taskset -c "$cpus" "$@" >"$log" 2>&1 &
  else
    "$@" >"$log" 2>&1 &
  fi
  STARTED_PIDS+=("$!")
  local pid=$! waited=0
  while ! grep -q -e '^LISTENING ' -e '^Aerie is serving on http' "$log"; do
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "server exited before listening; its log ($log):" >&2; cat "$log" >&2; exit 1
    fi
    sleep 0.5; waited=$((waited + 1))
    if [ "$waited" -gt 120 ]; then
      echo "server not listening after 60 s; its log ($log):" >&2; cat "$log" >&2; exit 1
    fi
  done
  SERVER_PORT=$(sed -n 's/^LISTENING \([0-9]*\).*/\1/p; s/^Aerie is serving on http:[^ ]*:\([0-9][0-9]*\).*/\1/p' "$log" | head -1)
  SERVER_PID=$pid
}


# same_answers PATH... : fails unless the baseline (BASE_PORT) and the other side (OTHER_PORT)
# answer every PATH with the same bytes; their speeds mean nothing otherwise.
same_answers() {
  local path a b
  for path in "$@"; do
    a=$(curl -fsS "http://127.0.0.1:$BASE_PORT$path") b=$(curl -fsS "http://127.0.0.1:$OTHER_PORT$path")
    if [ "$a" != "$b" ]; then
      echo "the two sides answer $path differently:" >&2; echo "  baseline: $a" >&2; echo "  other:    $b" >&2; exit 1
    fi
  done
}

# run_load TITLE RESULTS CASE... : runs LoadBench over the started baseline and other side with the
# wrk settings of the calling script, each CASE being name,baseline-url,other-url[,header] (an url may
# start with a method: "POST http://..."; {id} in it runs 1..$IDS, default 10000); writes RESULTS.
run_load() {
  local title="$1" results="$2"; shift 2
  local cases=() c
  for c in "$@"; do cases+=("case=$c"); done
  {
    echo "# $title ($SIDES), $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, pin=$PIN, $("$JAVA" -version 2>&1 | head -1)"
    "$JAVA" -cp "$CP" dev.aerie.bench.load.LoadBench rounds="$ROUNDS" duration="$DURATION" warmup="$WARMUP" \
        threads="$THREADS" connections="$CONNECTIONS" wrk-cpus="$WRK_CPUS" work="$WORK" ids="${IDS:-10000}" \
        other="$([ "$SIDES" = aa ] && echo baseline2 || echo aerie)" baseline-pid="$BASE_PID" other-pid="$OTHER_PID" \
        "${cases[@]}"
  } | tee "$results"
  echo "results written to $results" >&2
}
