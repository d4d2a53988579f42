#!/bin/sh
# The launcher of an Aerie application, copied by the application's build to target/bin/<name>:
# it runs <name>.jar (beside bin/, with its libs/) on a JDK 21 or newer.
#   bin/<name>                   serves
#   bin/<name> routes            runs a command of the application (routes, db create, ...)
#   bin/<name> --server.port=0   configuration as --key=value, or in the environment (PORT, DB_URL, ...)
# The JDK: JAVA_HOME if it is 21+, else the java on PATH if it is 21+, else the newest 21+ under
# /usr/lib/jvm. Its version is read from its release file, so finding it starts no JVM.
# JAVA_OPTS adds JVM options.
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
# shellcheck disable=SC2086 # JAVA_OPTS holds several options
exec "$java" $JAVA_OPTS -jar "$app_home/$name.jar" "$@"
