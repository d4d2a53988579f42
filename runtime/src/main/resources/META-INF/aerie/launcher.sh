#!/bin/sh
# The launcher of an Aerie application, copied by the application's build to target/bin/<name>:
# it runs <name>.jar (beside bin/, with its libs/) on a JDK 21 or newer.
#   bin/<name>                   serves
#   bin/<name> routes            runs a command of the application (routes, db create, ...)
#   bin/<name> --server.port=0   configuration as --key=value, or in the environment (PORT, DB_URL, ...)
#   bin/<name> train             on JDK 25+, writes the JDK AOT cache <name>.aot beside the jar from a
#                                short training run (app train); later starts use it
# The JDK: JAVA_HOME if it is 21+, else the java on PATH if it is 21+, else the newest 21+ under
# /usr/lib/jvm. Its version is read from its release file, so finding it starts no JVM.
# JAVA_OPTS adds JVM options, after the launcher's defaults for a small service (so they win):
# -Xms16m (the heap grows from 16 MB instead of 1/64 of the RAM) and, with 2 CPUs or fewer, the
# serial collector (-XX:+UseSerialGC) unless JAVA_OPTS names one. AERIE_JVM_DEFAULTS=off leaves both out.
# AERIE_AOT=off starts without the AOT cache.
# The cache is used only when it fits: the same JDK and the same jar and libs it was trained with
# (recorded in <name>.aot.stamp); otherwise the launcher says in one line why it starts without.
set -e
app_home=$(cd "$(dirname "$0")/.." && pwd)
name=$(basename "$0")

major_version() {
    jdk_home=$(dirname "$(dirname "$(readlink -f "$1")")")
    sed -n 's/^JAVA_VERSION="\([0-9][0-9]*\).*/\1/p' "$jdk_home/release" 2>/dev/null
}

find_java() {
    for candidate in "$@"; do
        [ -n "$candidate" ] && [ -x "$candidate" ] || continue
        version=$(major_version "$candidate")
        if [ -n "$version" ] && [ "$version" -ge 21 ]; then
            echo "$candidate"
            return 0
        fi
    done
    return 1
}

# shellcheck disable=SC2046 # the JDKs under /usr/lib/jvm are words, newest name first
if ! java=$(find_java "${JAVA_HOME:+$JAVA_HOME/bin/java}" "$(command -v java || true)" \
        $(ls -d /usr/lib/jvm/*/bin/java 2>/dev/null | sort -r)); then
    echo "$name: needs a JDK 21 or newer and found none (JAVA_HOME, java on PATH, /usr/lib/jvm):" \
        "install one (e.g. apt install openjdk-21-jdk-headless) or set JAVA_HOME to it" >&2
    exit 1
fi
jar="$app_home/$name.jar"
cache="$app_home/$name.aot"
java_version=$(major_version "$java")
defaults=""
if [ "${AERIE_JVM_DEFAULTS:-on}" != off ]; then
    defaults="-Xms16m"
    case "${JAVA_OPTS:-}" in
        *-XX:+Use*GC*) ;; # a collector of the user's own: naming two fails the JVM's start
        *) if [ "$(nproc 2>/dev/null || echo 4)" -le 2 ]; then defaults="$defaults -XX:+UseSerialGC"; fi ;;
    esac
fi

# What the cache was trained with: the JDK (path and full version) and the jar and libs (name, size, time).
stamp() {
    jdk_home=$(dirname "$(dirname "$(readlink -f "$java")")")
    echo "jdk $(readlink -f "$java") $(sed -n 's/^JAVA_VERSION="\(.*\)"/\1/p' "$jdk_home/release")"
    echo "jars $( (cd "$app_home" && stat -c '%n %s %Y' "$name.jar" libs/*.jar 2>/dev/null) | cksum)"
}

if [ "${1:-}" = train ]; then
    if [ "$java_version" -lt 25 ]; then
        echo "$name: no AOT cache trained: it needs a JDK 25 or newer (-XX:AOTCacheOutput), and $java is JDK $java_version" >&2
        exit 0
    fi
    rm -f "$cache" "$cache.stamp"
    # shellcheck disable=SC2086 # JAVA_OPTS holds several options
    "$java" $defaults $JAVA_OPTS -XX:AOTCacheOutput="$cache" -Xlog:aot=error -Xlog:cds=error -jar "$jar" "$@"
    stamp > "$cache.stamp"
    echo "$name: AOT cache written to $cache"
    exit 0
fi

aot=""
if [ "${AERIE_AOT:-on}" != off ] && [ -f "$cache" ]; then
    if [ "$java_version" -lt 25 ]; then
        echo "$name: starting without the AOT cache: $java is JDK $java_version, the cache needs the JDK 25+ that trained it" >&2
    elif [ "$(stamp)" != "$(cat "$cache.stamp" 2>/dev/null)" ]; then
        echo "$name: starting without the AOT cache: it was trained with another JDK or another build of the jar ($cache.stamp); run $0 train" >&2
    else
        aot="-XX:AOTCache=$cache -Xlog:aot=error -Xlog:cds=error"
    fi
elif [ "${AERIE_AOT:-on}" != off ] && [ "$java_version" -ge 25 ]; then
    echo "$name: starting without an AOT cache ($cache is missing): run $0 train to make one" >&2
fi
# shellcheck disable=SC2086 # JAVA_OPTS, defaults and aot hold several options
exec "$java" $aot $defaults $JAVA_OPTS -jar "$jar" "$@"
