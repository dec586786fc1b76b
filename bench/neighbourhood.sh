#!/usr/bin/env bash
# Times the graph viewers' API, /api/neighbourhood, on a running server (./unkg up or ./unkg serve) for the busiest
# things of the corpus (the Security Council, the Charter, S/RES/1373 (2001)) and CTED: each thing's kinds of link
# with their counts (the first request, then REPEAT more), and pages of its largest kind of link at spread offsets
# (20 things each, the first request of each page, then once more). Then a sample of other things (documents,
# organizations, themes, countries) asked for once each, the first time. Wall time seen by curl, in ms. Run it against
# a server just started to see the first requests as a reader after a restart would.
# Usage: bench/neighbourhood.sh [SERVER] [REPEAT] [SAMPLE]
set -euo pipefail
server=${1:-http://localhost:3030}
repeat=${2:-20}
sample=${3:-40}
prefixes='PREFIX unkg: <https://w3id.org/unkg/ontology#>'
busiest=(https://w3id.org/unkg/id/organization/UNSC https://w3id.org/unkg/id/instrument/UN-Charter
  'https://w3id.org/unkg/id/document/S/RES/1373(2001)' https://w3id.org/unkg/id/organization/CTED)

encode() { python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1], safe=""))' "$1"; }

time_ms() {  # prints the wall time in ms of a GET, and fails on any status but 200
  local out
  out=$(curl -s -o /dev/null -w '%{http_code} %{time_total}' "$1")
  [ "${out%% *}" = 200 ] || { echo "status ${out%% *} for $1" >&2; exit 1; }
  awk -v t="${out#* }" 'BEGIN { printf "%d\n", t * 1000 + 0.5 }'
}

stats() {  # reads ms values; prints count, p50, p95, max
  sort -n | awk '{ v[NR] = $1 } END { printf "%d | %d | %d | %d", NR, v[int(NR * .5 + .5)], v[int(NR * .95 + .5)], v[NR] }'
}

largest() {  # the link and direction of the largest kind of link of a thing, and its total
  curl -s "$server/api/neighbourhood?iri=$(encode "$1")" | python3 -c '
import json, sys
links = json.load(sys.stdin)["links"]
big = max(links, key=lambda l: l["total"])
print(big["link"], big["direction"], big["total"])'
}

echo "Server: $server; $(nproc) cores; $(free -g | awk '/Mem:/ { print $2 }') GiB; $(java -version 2>&1 | head -1);" \
  "$(date -u +%Y-%m-%d); load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| thing | answer | first ms | requests | p50 ms | p95 ms | max ms |"
echo "|---|---|---|---|---|---|---|"
for iri in "${busiest[@]}"; do
  name=${iri#https://w3id.org/unkg/id/}
  url="$server/api/neighbourhood?iri=$(encode "$iri")&lang=en"
  first=$(time_ms "$url")
  again=$(for _ in $(seq "$repeat"); do time_ms "$url"; done | stats)
  echo "| $name | every kind of link, first 10 of each | $first | $again |"
  read -r link direction total < <(largest "$iri")
  pages=()
  for k in 0 1 2 3 4 5 6 7 8 9; do pages+=($(( total * k / 10 / 20 * 20 ))); done
  firsts=$(for offset in "${pages[@]}"; do
    time_ms "$url&link=$(encode "$link")&direction=$direction&offset=$offset&limit=20"; done | stats)
  seconds=$(for offset in "${pages[@]}"; do
    time_ms "$url&link=$(encode "$link")&direction=$direction&offset=$offset&limit=20"; done | stats)
  echo "| $name | 10 pages of 20 of its $total \`${link##*[#/]}\` ($direction), first request | - | $firsts |"
  echo "| $name | the same pages again | - | $seconds |"
done

others=$(curl -s -f "$server/sparql" -H 'Accept: text/csv' --data-urlencode "query=$prefixes SELECT DISTINCT ?x {
  { ?x a unkg:Resolution } UNION { ?x a unkg:Organization } UNION { ?x a unkg:Theme } UNION { ?x a unkg:Country } }
  ORDER BY MD5(STR(?x)) LIMIT $sample" | tail -n +2 | tr -d '\r')
firsts=$(printf '%s\n' "$others" | while read -r iri; do
  time_ms "$server/api/neighbourhood?iri=$(encode "$iri")&lang=en"; done | stats)
echo "| $sample other things (resolutions, organizations, themes, countries) | every kind of link, first request | - | $firsts |"
