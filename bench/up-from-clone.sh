#!/usr/bin/env bash
# Times ./unkg up from a clean clone to the first answered query, then once more with the store that run built:
# clones the checkout (its committed state) into a temporary directory, runs ./unkg up there on a free port, asks
# the endpoint an ASK query every 0.2 s until it answers 200, prints the seconds from the start of ./unkg up, stops
# it, and deletes the clone. The first run includes Maven building the jar (with the local Maven repository as it
# is: warm after one build) and the conversion and the load of the bundled corpus.
# Usage: bench/up-from-clone.sh [CHECKOUT]
set -euo pipefail
checkout=$(cd "${1:-$(dirname "$0")/..}" && pwd)
clone=$(mktemp -d)
trap 'rm -rf "$clone"' EXIT
git clone --quiet "$checkout" "$clone/unkg"
cd "$clone/unkg"
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')

time_up() {  # $1: what is timed
  local start end pid
  start=$(date +%s.%N)
  ./unkg up --port "$port" --host 127.0.0.1 > "$clone/up.log" 2>&1 &
  pid=$!
  until curl -s -f -o /dev/null "http://127.0.0.1:$port/sparql" -H 'Accept: application/sparql-results+json' \
      --data-urlencode 'query=ASK { ?s ?p ?o }'; do
    if ! kill -0 "$pid" 2> /dev/null; then
      echo "up stopped before answering; its log:" >&2
      cat "$clone/up.log" >&2
      exit 1
    fi
    sleep 0.2
  done
  end=$(date +%s.%N)
  printf '%s: %.1f s\n' "$1" "$(echo "$end - $start" | bc)"
  # the launcher runs java with exec, so its pid is the server's
  kill "$pid"
  wait "$pid" 2> /dev/null || true
}

time_up "from a clean clone (jar built by Maven, corpus converted and loaded)"
time_up "again, with the store up to date"
