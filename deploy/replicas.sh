#!/usr/bin/env bash
# N read-only replicas of a store image behind HAProxy, on this machine: the deployment of docs/operations.md in
# miniature, for trying it and for the tests.
#
#   deploy/replicas.sh start IMAGE [--replicas N] [--port P] [--first-port Q] [--admin-port A]
#       starts N replicas (default 3) of IMAGE (a file or an http(s) URL) on 127.0.0.1:Q.. (default P+1..P+N),
#       waits until each is ready, then HAProxy with deploy/haproxy.cfg on 127.0.0.1:P (default 8080), its stats
#       and metrics on 127.0.0.1:A (default 8404); returns once the balancer answers
#   deploy/replicas.sh status                  each replica: process, readiness, dataset version; HAProxy's view
#   deploy/replicas.sh restart NAME [IMAGE]    stops replica NAME (r1, r2...) with SIGTERM, letting it drain, and
#                                              starts it again, with IMAGE if given; returns once HAProxy uses it
#   deploy/replicas.sh roll-out IMAGE          restarts the replicas one at a time with IMAGE; stops at the first
#                                              that cannot serve it, and puts that one back on its previous image
#   deploy/replicas.sh stop                    stops HAProxy, then every replica (each drains)
#
# Every command takes --work DIR (default work/replicas): each replica's store, log and pid file, and HAProxy's
# configuration, log and pid file go there.
# Environment: UNKG_CMD, the command that runs unkg (default: the ./unkg launcher of this checkout, which passes
# UNKG_JAVA_OPTS to java); UNKG_CLIENT_INFLIGHT and UNKG_CLIENT_RATE, the limits per client address of
# deploy/haproxy.cfg; UNKG_DRAIN_SECONDS, how long a stopping replica serves on while HAProxy notices (default 3).
# Needs bash, curl, Debian's haproxy and Java 17.
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
read -r -a unkg <<< "${UNKG_CMD:-$home/unkg}"
drain=${UNKG_DRAIN_SECONDS:-3}

die() { echo "replicas.sh: $*" >&2; exit 1; }
usage() { sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d; s/^# \{0,1\}//' >&2; exit 2; }

[ $# -ge 1 ] || usage
command=$1; shift
work=work/replicas replicas=3 port=8080 first_port='' admin_port=8404
args=()
while [ $# -gt 0 ]; do
  case $1 in
    --work) work=$2; shift 2 ;;
    --replicas) replicas=$2; shift 2 ;;
    --port) port=$2; shift 2 ;;
    --first-port) first_port=$2; shift 2 ;;
    --admin-port) admin_port=$2; shift 2 ;;
    -h|--help) usage ;;
    -*) die "unknown option $1" ;;
    *) args+=("$1"); shift ;;
  esac
done
mkdir -p "$work"
work=$(cd "$work" && pwd)

alive() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

# The replica's readiness as /health/ready says it: "200 <version>", or "000" when nothing answers.
readiness() {
  local out
  out=$(curl -s --max-time 2 -w ' %{http_code}' "http://127.0.0.1:$(cat "$work/$1/port")/health/ready" || true)
  echo "${out##* } $(sed -n 's/.*"datasetVersion" : "\([^"]*\)".*/\1/p' <<< "$out")"
}

start_replica() {  # name image port
  local name=$1 image=$2 replica_port=$3 dir=$work/$1
  mkdir -p "$dir"
  echo "$replica_port" > "$dir/port"
  echo "$image" > "$dir/image"
  echo "--- $(date -u +%FT%TZ) starting $name with $image" >> "$dir/serve.log"
  # A session of its own: a Ctrl-C meant for the shell that started it does not reach the replica.
  setsid "${unkg[@]}" serve --image "$image" --work "$dir" --host 127.0.0.1 --port "$replica_port" \
      --drain-seconds "$drain" >> "$dir/serve.log" 2>&1 < /dev/null &
  echo $! > "$dir/pid"
}

await_ready() {  # name; fails if the replica exits first
  local name=$1 dir=$work/$1 deadline=$((SECONDS + ${UNKG_READY_TIMEOUT:-600}))
  until [ "$(readiness "$name" | cut -d' ' -f1)" = 200 ]; do
    if ! alive "$dir/pid"; then
      echo "replicas.sh: $name exited before it was ready; the end of $dir/serve.log:" >&2
      tail -n 15 "$dir/serve.log" >&2
      return 1
    fi
    [ $SECONDS -lt $deadline ] || { echo "replicas.sh: $name is not ready after ${UNKG_READY_TIMEOUT:-600} s" >&2; return 1; }
    sleep 0.2
  done
}

# HAProxy's view of a replica: UP, DOWN, MAINT, ... from its stats in CSV.
balancer_view() {
  curl -s --max-time 2 "http://$(cat "$work/admin")/stats;csv" | awk -F, -v s="$1" '$1 == "replicas" && $2 == s { print $18 }'
}

await_in_use() {  # name
  local deadline=$((SECONDS + 60))
  until [ "$(balancer_view "$1")" = UP ]; do
    [ $SECONDS -lt $deadline ] || die "HAProxy does not see $1 up after 60 s"
    sleep 0.2
  done
}

stop_replica() {  # name: SIGTERM, then wait for the drain and the requests in flight
  local pid_file=$work/$1/pid deadline
  alive "$pid_file" || return 0
  kill -TERM "$(cat "$pid_file")"
  deadline=$((SECONDS + drain + 60))
  while alive "$pid_file"; do
    [ $SECONDS -lt $deadline ] || { kill -KILL "$(cat "$pid_file")" 2>/dev/null || true; break; }
    sleep 0.1
  done
}

names() { ls -d "$work"/r[0-9]* 2>/dev/null | xargs -rn1 basename | sort -V; }

case $command in
  start)
    [ ${#args[@]} -eq 1 ] || die "start needs one IMAGE"
    command -v haproxy > /dev/null || die "needs HAProxy: apt-get install haproxy"
    alive "$work/haproxy.pid" && die "already running in $work; stop it first"
    first_port=${first_port:-$((port + 1))}
    for i in $(seq 1 "$replicas"); do
      start_replica "r$i" "${args[0]}" $((first_port + i - 1))
    done
    for i in $(seq 1 "$replicas"); do
      await_ready "r$i" || { "$0" stop --work "$work"; exit 1; }
      echo "r$i ready on http://127.0.0.1:$((first_port + i - 1)) (pid $(cat "$work/r$i/pid"))"
    done
    {
      sed '/^[[:space:]]*server[[:space:]]/d' "$home/deploy/haproxy.cfg"
      for i in $(seq 1 "$replicas"); do echo "    server r$i 127.0.0.1:$((first_port + i - 1))"; done
    } > "$work/haproxy.cfg"
    echo "127.0.0.1:$port" > "$work/public"
    echo "127.0.0.1:$admin_port" > "$work/admin"
    export UNKG_BIND="127.0.0.1:$port" UNKG_ADMIN_BIND="127.0.0.1:$admin_port"
    haproxy -c -q -f "$work/haproxy.cfg"
    setsid haproxy -db -f "$work/haproxy.cfg" >> "$work/haproxy.log" 2>&1 < /dev/null &
    echo $! > "$work/haproxy.pid"
    for i in $(seq 1 "$replicas"); do await_in_use "r$i"; done
    echo "HAProxy on http://127.0.0.1:$port/ (pid $(cat "$work/haproxy.pid")), stats on http://127.0.0.1:$admin_port/stats"
    ;;
  status)
    for name in $(names); do
      state=$(alive "$work/$name/pid" && echo "pid $(cat "$work/$name/pid")" || echo "not running")
      read -r code version <<< "$(readiness "$name")"
      echo "$name  127.0.0.1:$(cat "$work/$name/port")  $state  ready: $([ "$code" = 200 ] && echo yes || echo "no ($code)")  dataset version: ${version:--}  HAProxy: $(balancer_view "$name" || true)"
    done
    ;;
  restart)
    [ ${#args[@]} -ge 1 ] || die "restart needs a replica's NAME"
    name=${args[0]}; [ -d "$work/$name" ] || die "no replica $name in $work"
    image=${args[1]:-$(cat "$work/$name/image")}
    stop_replica "$name"
    start_replica "$name" "$image" "$(cat "$work/$name/port")"
    await_ready "$name"
    await_in_use "$name"
    echo "$name serves $(readiness "$name" | cut -d' ' -f2)"
    ;;
  roll-out)
    [ ${#args[@]} -eq 1 ] || die "roll-out needs one IMAGE"
    for name in $(names); do
      previous=$(cat "$work/$name/image")
      stop_replica "$name"
      start_replica "$name" "${args[0]}" "$(cat "$work/$name/port")"
      if ! await_ready "$name"; then
        echo "replicas.sh: roll-out stopped at $name; putting it back on $previous" >&2
        stop_replica "$name"
        start_replica "$name" "$previous" "$(cat "$work/$name/port")"
        await_ready "$name" && await_in_use "$name"
        exit 1
      fi
      await_in_use "$name"
      echo "$name serves $(readiness "$name" | cut -d' ' -f2)"
    done
    ;;
  stop)
    if alive "$work/haproxy.pid"; then
      kill -TERM "$(cat "$work/haproxy.pid")"
    fi
    for name in $(names); do stop_replica "$name" & done
    wait
    rm -f "$work/haproxy.pid"
    ;;
  *) usage ;;
esac
