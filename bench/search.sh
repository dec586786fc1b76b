#!/usr/bin/env bash
# Times the search page, /search, before and after a change, in one run on one store: serves DB with each jar in
# turn (a TDB2 store is opened by one server at a time), warms each up with every query once, then asks every query
# REPEAT times and prints, per jar, the percentiles of the wall time curl saw, and the ratio of the medians.
# Usage: bench/search.sh BEFORE_JAR AFTER_JAR DB [PORT] [REPEAT]
#   e.g. bench/search.sh /tmp/unkg-before.jar target/unkg.jar work/db 31878 20
set -euo pipefail
before=$1 after=$2 db=$3 port=${4:-31878} repeat=${5:-20}
queries=(
  'q=financing+of+terrorism'
  'q=financing+of+terrorist+acts'
  'q=%E6%81%90%E6%80%96%E4%B8%BB%E4%B9%89+%E8%9E%8D%E8%B5%84'
  'q=%E8%B5%84%E5%8A%A9%E6%81%90%E6%80%96%E4%B8%BB%E4%B9%89'
  'q=kidnapping+for+ransom'
  'q=CTED'
  'q=children+and+armed+conflict'
  'q=1373+%282001%29'
  'q=security&in=en&page=3'
  'q=sanctions&type=Resolution&from=2000&to=2010'
)

serve() {  # jar; serves the store in the background until stopped, and waits until it answers
  java ${UNKG_JAVA_OPTS:-} -jar "$1" serve --db "$db" --port "$port" > /tmp/bench-search-serve.log 2>&1 &
  server=$!
  for _ in $(seq 1 120); do
    curl -s -f -o /dev/null "http://localhost:$port/health/ready" && return 0
    sleep 1
  done
  echo "the server did not start: $(tail -5 /tmp/bench-search-serve.log)" >&2
  exit 1
}

times() {  # prints the ms of each request
  for q in "${queries[@]}"; do
    curl -s -o /dev/null -w '%{http_code} %{time_total}\n' "http://localhost:$port/search?$q"
  done | while read -r status t; do
    [ "$status" = 200 ] || echo "status $status (counted with its time)" >&2
    awk -v t="$t" 'BEGIN { printf "%d\n", t * 1000 }'
  done
}

percentiles() {  # label; reads ms values; prints a table row and leaves the median in $median_file
  sort -n | awk -v label="$1" '{ v[NR] = $1 } END {
    printf "| %s | %d | %d | %d | %d | %d |\n", label, NR, v[int(NR * .5 + .5)], v[int(NR * .95 + .5)],
      v[int(NR * .99 + .5)], v[NR] }'
}

declare -A median
echo "| server | requests | p50 ms | p95 ms | p99 ms | max ms |"
echo "|---|---|---|---|---|---|"
for label in before after; do
  jar=$before; [ "$label" = after ] && jar=$after
  serve "$jar"
  times > /dev/null
  row=$(for _ in $(seq 1 "$repeat"); do times; done | percentiles "$label")
  echo "$row"
  median[$label]=$(echo "$row" | awk -F'|' '{ print $4 + 0 }')
  kill "$server"; wait "$server" 2>/dev/null || true
done
awk -v b="${median[before]}" -v a="${median[after]}" 'BEGIN { printf "\nmedian before / after: %.1f\n", b / (a > 0 ? a : 1) }'
