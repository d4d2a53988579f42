#!/usr/bin/env bash
# Two instances of the example on one PostgreSQL database behind nginx (docs/deployment.md,
# "Several instances"). Shows, and fails (exit 1) unless:
#   1. requests are spread over both instances (nginx's log of $upstream_addr);
#   2. stopping one instance (SIGTERM) under load loses no request nginx can retry: every GET
#      answers 200, and every POST that was answered 201 is in the database;
#   3. both instances agree on the data: an author written through one is read through the other,
#      and the count through the survivor equals the rows in PostgreSQL.
# Needs PostgreSQL on 127.0.0.1:5432 (user postgres, trust) and installs nginx and wrk (Debian
# packages) when they are missing. Usage: example/scripts/two-instances.sh   (DURATION=8s)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
WORK="$ROOT/example/target/two-instances"
DURATION="${DURATION:-8s}"
NGINX_PORT=18900 A_PORT=18901 B_PORT=18902
SCHEMA="two_instances_$$"
DB_URL="jdbc:postgresql://127.0.0.1:5432/test?user=postgres&currentSchema=$SCHEMA"
psql_test() { psql -h 127.0.0.1 -U postgres -d test -qtAc "$1"; }

for tool in nginx wrk; do
  command -v "$tool" >/dev/null || { echo "installing $tool (apt-get)" >&2; apt-get install -y -qq "$tool" >/dev/null || \
    { apt-get update -qq && apt-get install -y -qq "$tool" >/dev/null; }; }
done
NGINX=$(command -v nginx)
psql_test "select 1" >/dev/null || { echo "PostgreSQL on 127.0.0.1:5432 (user postgres, database test) is not reachable" >&2; exit 1; }
[ -x "$ROOT/example/target/bin/aerie-example" ] || (cd "$ROOT" && mvn -q -pl example -am package -DskipTests)
rm -rf "$WORK" && mkdir -p "$WORK/nginx/logs"
psql_test "create schema $SCHEMA"
# the deploy step: apply the migrations once, before any instance starts (db.migrate is off for a server)
DB_URL="$DB_URL" "$ROOT/example/target/bin/aerie-example" db migrate >"$WORK/migrate.log" 2>&1 || { cat "$WORK/migrate.log" >&2; exit 1; }

cleanup() {
  for pid in ${A_PID:-} ${B_PID:-}; do kill "$pid" 2>/dev/null || true; done
  [ -f "$WORK/nginx/nginx.pid" ] && kill "$(cat "$WORK/nginx/nginx.pid")" 2>/dev/null || true
  wait 2>/dev/null || true
  psql_test "drop schema if exists $SCHEMA cascade" || true
}
trap cleanup EXIT

cat > "$WORK/nginx/nginx.conf" <<CONF
worker_processes 1;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/logs/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  log_format upstream '\$request_method \$status \$upstream_addr \$upstream_status';
  upstream aerie {
    server 127.0.0.1:$A_PORT max_fails=1 fail_timeout=5s;
    server 127.0.0.1:$B_PORT max_fails=1 fail_timeout=5s;
    keepalive 16;
  }
  server {
    listen 127.0.0.1:$NGINX_PORT;
    location / {
      proxy_pass http://aerie;
      proxy_http_version 1.1;          # Helidon answers HTTP/1.0 with 505
      proxy_set_header Connection "";  # keep upstream connections alive
      proxy_set_header Host \$host;
      proxy_next_upstream error timeout http_502 http_503;
      access_log $WORK/nginx/logs/upstream.log upstream;
    }
  }
}
CONF

start() { # start PORT LOG: the example through its launcher; prints its pid once it is ready
  DB_URL="$DB_URL" "$ROOT/example/target/bin/aerie-example" --server.port="$1" --server.host=127.0.0.1 \
    --server.shutdown-delay=1s >"$2" 2>&1 &
  local pid=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$1/health/ready"; do
    kill -0 "$pid" 2>/dev/null || { echo "instance on :$1 died:" >&2; cat "$2" >&2; exit 1; }
    sleep 0.05
  done
  echo "$pid"
}
A_PID=$(start $A_PORT "$WORK/a.log")
B_PID=$(start $B_PORT "$WORK/b.log")
"$NGINX" -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf"
sleep 0.3

fail=0
# 3a. written through A, read through B
id=$(curl -sf -H 'Content-Type: application/json' -d '{"name":"Through A"}' "http://127.0.0.1:$A_PORT/authors" | sed 's/.*"id":\([0-9]*\).*/\1/')
if [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$B_PORT/authors/$id")" = 200 ]; then
  echo "ok   author $id written through A is read through B"
else echo "FAIL author $id written through A is not read through B"; fail=1; fi

cat > "$WORK/post.lua" <<'LUA'
wrk.method = "POST"
wrk.body = '{"name":"Under load"}'
wrk.headers["Content-Type"] = "application/json"
created = 0
LUA
# 2. load through nginx, GETs and POSTs at once; A gets SIGTERM after a third of the run
: > "$WORK/nginx/logs/upstream.log"
wrk -t1 -c8 -d"$DURATION" "http://127.0.0.1:$NGINX_PORT/books" > "$WORK/wrk-get.txt" &
GET_WRK=$!
wrk -t1 -c4 -d"$DURATION" -s "$WORK/post.lua" "http://127.0.0.1:$NGINX_PORT/authors" > "$WORK/wrk-post.txt" &
POST_WRK=$!
seconds=${DURATION%s}
sleep $((seconds / 3))
kill -TERM "$A_PID"
while kill -0 "$A_PID" 2>/dev/null; do sleep 0.1; done   # started in a subshell: not this shell's child to wait for
A_PID=""
wait "$GET_WRK" "$POST_WRK"

# 1. spread: which upstream answered (before A stopped both did)
echo "answers by upstream (nginx log):"
awk '{print "  " $3}' "$WORK/nginx/logs/upstream.log" | sort | uniq -c
for port in $A_PORT $B_PORT; do
  if grep -q "127.0.0.1:$port" "$WORK/nginx/logs/upstream.log"; then echo "ok   instance :$port answered"
  else echo "FAIL instance :$port answered nothing"; fail=1; fi
done
retried=$(grep -c ", 127.0.0.1" "$WORK/nginx/logs/upstream.log" || true)
echo "     $retried requests were retried by nginx on the other instance"

errors() { # non-2xx responses and socket errors of one wrk run
  local non2xx sock
  non2xx=$(sed -n 's/.*Non-2xx or 3xx responses: *\([0-9]*\).*/\1/p' "$1"); sock=$(sed -n 's/.*Socket errors:.*//p' "$1" | wc -l)
  echo "${non2xx:-0} $sock"
}
read -r get_bad get_sock < <(errors "$WORK/wrk-get.txt")
get_total=$(sed -n 's/^ *\([0-9]*\) requests in.*/\1/p' "$WORK/wrk-get.txt")
if [ "$get_bad" = 0 ] && [ "$get_sock" = 0 ]; then echo "ok   $get_total GETs, every one 200, across the stop"
else echo "FAIL GETs: $get_bad non-2xx, socket errors: $(grep 'Socket errors' "$WORK/wrk-get.txt")"; fail=1; fi
post_total=$(sed -n 's/^ *\([0-9]*\) requests in.*/\1/p' "$WORK/wrk-post.txt")
read -r post_bad _ < <(errors "$WORK/wrk-post.txt")
post_2xx=$((post_total - post_bad))
post_5xx=$(awk '$1 == "POST" && $2 >= 500' "$WORK/nginx/logs/upstream.log" | wc -l)
echo "     $post_total POSTs: $post_2xx answered 201, $post_5xx answered 5xx (a POST already sent is not retried)"

# 3b. the data: rows in PostgreSQL = authors written (1 + the 201s), read through the survivor
rows=$(psql_test "select count(*) from $SCHEMA.authors")
through_b=$(curl -sf "http://127.0.0.1:$B_PORT/authors" | grep -o '"id":' | wc -l || true)
echo "     authors: $rows rows in PostgreSQL, $((post_2xx + 1)) answered 201, $through_b listed through B"
if [ "$rows" -ge $((post_2xx + 1)) ]; then echo "ok   every POST answered 201 is in the database"
else echo "FAIL $((post_2xx + 1 - rows)) POSTs answered 201 are missing"; fail=1; fi
grep -h "Aerie stopped" "$WORK/a.log" | sed 's/^/     A: /'
if [ "$fail" = 0 ]; then echo "two instances behind nginx: ok"; else echo "two instances behind nginx: FAILED (logs in $WORK)"; fi
exit "$fail"
