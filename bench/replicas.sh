#!/usr/bin/env bash
# Figures for docs/operations.md and BENCHMARKS.md ("Replicas behind HAProxy"), from a store image:
#  1. the capacity of one replica: each route of the mix below asked alone (its median and slowest of 8), then two
#     mixes, the linked-data look-ups and the same with a full-text search, each asked by 1, 2, 4, 8 and 16 clients
#     at once (each request as soon as the previous one is answered), for SECONDS each; requests per second and
#     latency percentiles per step, and the capacity: the most requests per second at a p99 of 100 ms or less;
#  2. a hostile client flooding endless queries (40 at once) while a well-behaved one asks a cheap query every
#     100 ms: against one replica alone (no limits per address), then through deploy/haproxy.cfg in front of three
#     replicas, the hostile client on 127.0.0.2 and the well-behaved one on 127.0.0.3.
# Usage: bench/replicas.sh IMAGE [SECONDS]      (default 30; prints Markdown tables)
# Needs bash, curl (with --parallel), haproxy, and what deploy/replicas.sh needs (UNKG_CMD as there).
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
image=$1
seconds=${2:-30}
read -r -a unkg <<< "${UNKG_CMD:-$home/unkg}"
work=$(mktemp -d)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  "$home/deploy/replicas.sh" stop --work "$work/replicas" > /dev/null 2>&1 || true
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
enc() { python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1], safe=""))' "$1"; }

# The linked-data look-ups: entity pages, their RDF, a named graph, the dataset description, and the gallery's
# lookups of one document; the second mix adds a full-text search.
search="/search?q=financing+of+terrorism"
lookups=(
  "/page/document/S/RES/1373(2001)" "/page/organization/CTED" "/page/theme/counter-terrorism"
  "/page/document/S/PRST/2012/16" "/data/document/S/RES/1373(2001).ttl" "/data/organization/CTED.jsonld"
  "/data/document/S/PRST/2012/16.nq" "/.well-known/void"
  "/sparql?query=$(enc 'PREFIX unkg: <https://w3id.org/unkg/ontology#> SELECT ?cited ?type WHERE { <https://w3id.org/unkg/id/document/S/PRST/2012/16> unkg:cites ?d . ?d unkg:symbol ?cited ; a ?type }')"
  "/sparql?query=$(enc 'PREFIX unkg: <https://w3id.org/unkg/ontology#> PREFIX dct: <http://purl.org/dc/terms/> SELECT ?n ?text WHERE { <https://w3id.org/unkg/id/document/S/RES/1373(2001)> dct:hasPart ?p . ?p unkg:paragraphNumber ?n ; unkg:text ?text } ORDER BY ?n')"
)
with_search=("${lookups[@]}" "$search")
endless="/sparql?query=$(enc 'SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f }')"
cheap="/sparql?query=$(enc 'ASK { ?s ?p ?o }')"

wait_ready() { until [ "$(curl -s -o /dev/null -w '%{http_code}' "$1/health/ready" || true)" = 200 ]; do sleep 0.5; done; }

# "p50 p99 slowest count": latencies in ms of a file of curl's time_total values (s), one a line.
percentiles() {
  sort -n "$1" | awk '{ v[NR] = $1 * 1000 } END {
    if (NR == 0) { print "- - - 0"; exit }
    i50 = int(NR * 0.50 + 0.999); i99 = int(NR * 0.99 + 0.999)
    printf "%.0f %.0f %.0f %d", v[i50], v[i99], v[NR], NR }'
}

echo "Machine: $(nproc) cores, $(free -g | awk '/Mem/ { print $2 }') GiB, $(java -version 2>&1 | head -1), $(date -u +%F); load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
echo

# 1. Capacity of one replica
port=$(free_port)
mkdir -p "$work/one"
"${unkg[@]}" serve --image "$image" --work "$work/one" --host 127.0.0.1 --port "$port" > "$work/one/serve.log" 2>&1 &
pids+=($!)
base="http://127.0.0.1:$port"
wait_ready "$base"
echo "Each route alone, after 3 untimed requests (median and slowest of 8):"
echo
echo "| route | median | slowest |"
echo "|---|---|---|"
for route in "${with_search[@]}"; do
  for i in 1 2 3; do curl -s -o /dev/null "$base$route"; done
  for i in 1 2 3 4 5 6 7 8; do curl -s -o /dev/null -w '%{time_total}\n' "$base$route"; done > "$work/alone"
  read -r p50 _ slowest _ <<< "$(percentiles "$work/alone")"
  shown=$route
  # a query reads better decoded; the long ones are cut
  [[ $route == /sparql* ]] && shown="SPARQL: $(python3 -c 'import sys, urllib.parse; print(urllib.parse.unquote(sys.argv[1].split("=", 1)[1]).split("WHERE")[0].split(">")[-1].strip())' "$route")"
  [ ${#shown} -gt 70 ] && shown="${shown:0:67}..."
  echo "| \`$shown\` | $p50 ms | $slowest ms |"
done
echo

capacity() {  # title, then the routes of the mix
  local title=$1
  shift
  local mix=("$@")
  echo "Capacity of one replica ($base), $title, $seconds s a step:"
  echo
  echo "| clients | requests/s | p50 | p99 | slowest | requests | errors |"
  echo "|---|---|---|---|---|---|---|"
  local best=0
  for clients in 1 2 4 8 16; do
    config="$work/urls-$clients"
    : > "$config"
    # enough requests for the step at any speed; the step is cut at its time
    for i in $(seq 1 4000); do
      printf 'url = "%s"\noutput = "/dev/null"\n' "$base${mix[$((i % ${#mix[@]}))]}" >> "$config"
    done
    start=$(date +%s%N)
    timeout "$seconds" stdbuf -oL curl -s --parallel --parallel-immediate --parallel-max "$clients" -K "$config" \
        -w '%{http_code} %{time_total}\n' > "$work/step" 2>/dev/null || true
    elapsed=$(( ($(date +%s%N) - start) / 1000000 ))
    awk '$1 != 200 { e++ } END { print e + 0 }' "$work/step" > "$work/errors"
    awk '{ print $2 }' "$work/step" > "$work/times"
    n=$(wc -l < "$work/times")
    rate=$(awk -v n="$n" -v ms="$elapsed" 'BEGIN { printf "%.1f", n * 1000 / ms }')
    read -r p50 p99 slowest count <<< "$(percentiles "$work/times")"
    echo "| $clients | $rate | $p50 ms | $p99 ms | $slowest ms | $count | $(cat "$work/errors") |"
    if [ "$p99" != - ] && [ "$(cat "$work/errors")" = 0 ] && awk -v p="$p99" 'BEGIN { exit !(p <= 100) }'; then
      best=$rate
    fi
  done
  echo
  echo "Capacity at p99 ≤ 100 ms, $title: $best requests per second."
  echo
}
capacity "the linked-data look-ups" "${lookups[@]}"
capacity "the look-ups and a search" "${with_search[@]}"

# 2. A hostile client and a well-behaved one
well_behaved() {  # base, source address, output file; a cheap query every 100 ms for the time given
  local end=$((SECONDS + seconds))
  while [ $SECONDS -lt $end ]; do
    curl -s --interface "$2" -o /dev/null -w '%{http_code} %{time_total}\n' --max-time 60 "$1$cheap" >> "$3" || true
    sleep 0.1
  done
}
hostile() {  # base, source address, output file: 40 endless queries at once, again and again
  local config="$work/hostile-urls"
  : > "$config"
  for i in $(seq 1 20000); do printf 'url = "%s"\noutput = "/dev/null"\n' "$1$endless" >> "$config"; done
  timeout "$seconds" stdbuf -oL curl -s --interface "$2" --parallel --parallel-immediate --parallel-max 40 -K "$config" \
      -w '%{http_code}\n' > "$3" 2>/dev/null || true
}
report() {  # title, well-behaved file, hostile file
  awk '{ print $2 }' "$2" > "$work/good-times"
  read -r p50 p99 slowest count <<< "$(percentiles "$work/good-times")"
  echo "| $1 | $count, $(awk '$1 != 200 { e++ } END { print e + 0 }' "$2") failed | $p50 ms | $p99 ms | $slowest ms | $(sort "$3" | uniq -c | awk '{ printf "%s%s×%s", sep, $2, $1; sep = ", " }') |"
}

echo "A hostile client (40 endless queries at once, again and again) and a well-behaved one (ASK every 100 ms), $seconds s:"
echo
echo "| setting | well-behaved requests | p50 | p99 | slowest | hostile answers by status |"
echo "|---|---|---|---|---|---|"
: > "$work/good-1"; : > "$work/bad-1"
well_behaved "$base" 127.0.0.3 "$work/good-1" & g=$!
hostile "$base" 127.0.0.2 "$work/bad-1"
wait $g
report "one replica, no balancer" "$work/good-1" "$work/bad-1"
kill "${pids[0]}"; wait "${pids[0]}" 2>/dev/null || true; pids=()

lb=$(free_port)
admin=$(free_port)
"$home/deploy/replicas.sh" start "$image" --work "$work/replicas" --replicas 3 --port "$lb" --admin-port "$admin" \
    > "$work/replicas.log" 2>&1
: > "$work/good-3"; : > "$work/bad-3"
well_behaved "http://127.0.0.1:$lb" 127.0.0.3 "$work/good-3" & g=$!
hostile "http://127.0.0.1:$lb" 127.0.0.2 "$work/bad-3"
wait $g
report "three replicas behind deploy/haproxy.cfg" "$work/good-3" "$work/bad-3"
echo
echo "Load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
