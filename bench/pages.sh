#!/usr/bin/env bash
# Times the entity pages of a running server (./unkg up) over a fixed sample of every kind of thing: documents,
# language versions, paragraphs, mentions, meetings, agenda items, organizations, instruments, countries, armed groups,
# themes, named graphs, and the most linked-to things. Each page is asked for once, then once more; prints
# percentiles of the wall time seen by curl. SALT picks another sample of the same size: run once with one salt to
# warm the JVM, then with another to time pages the server has not built before.
# Usage: bench/pages.sh [SERVER] [PER_KIND] [SALT]
set -euo pipefail
server=${1:-http://localhost:3030}
per_kind=${2:-40}
salt=${3:-}
base=https://w3id.org/unkg/
prefixes='PREFIX unkg: <https://w3id.org/unkg/ontology#> PREFIX dct: <http://purl.org/dc/terms/>'

sample() {  # a SPARQL pattern binding ?x; prints up to per_kind IRIs, the same ones each run
  curl -s -f "$server/sparql" -H 'Accept: text/csv' --data-urlencode \
    "query=$prefixes SELECT DISTINCT ?x { $1 } ORDER BY MD5(CONCAT(\"$salt\", STR(?x))) LIMIT $per_kind" | tail -n +2 | tr -d '\r'
}

iris=$( {
  sample '?x unkg:hasVersion ?v'
  sample '?x a unkg:DocumentVersion'
  sample '?x a unkg:Paragraph'
  sample '?x a unkg:Mention'
  sample '?x a unkg:Meeting'
  sample '?x a unkg:AgendaItem'
  sample '?x a unkg:Organization'
  sample '?x a unkg:Instrument'
  sample '?x a unkg:Country'
  sample '?x a unkg:ArmedGroup'
  sample '?x a unkg:Theme'
  sample '?d unkg:hasVersion ?v . BIND(IRI(CONCAT(STR(<https://w3id.org/unkg/graph/>), STRAFTER(STR(?d), "/id/document/"))) AS ?x)'
  sample '{ SELECT ?x (COUNT(*) AS ?n) { ?s unkg:mentions ?x } GROUP BY ?x ORDER BY DESC(?n) LIMIT 10 }'
} | grep "^$base" )
count=$(printf '%s\n' "$iris" | wc -l)

pages() {  # prints the wall time in ms of each page and its path, and fails on any status but 200
  printf '%s\n' "$iris" | while read -r iri; do
    path=${iri#"$base"}
    path=${path#id/}
    out=$(curl -s -o /dev/null -w '%{http_code} %{time_total}' "$server/page/$path")
    [ "${out%% *}" = 200 ] || { echo "status ${out%% *} for $server/page/$path" >&2; exit 1; }
    awk -v t="${out#* }" -v p="/page/$path" 'BEGIN { printf "%d %s\n", t * 1000, p }'
  done
}

percentiles() {  # label; reads ms values
  sort -n | awk -v label="$1" '{ v[NR] = $1 } END {
    printf "| %s | %d | %d | %d | %d | %d |\n", label, NR, v[int(NR * .5 + .5)], v[int(NR * .95 + .5)],
      v[int(NR * .99 + .5)], v[NR] }'
}

echo "Sample: $count pages of $server"
echo
echo "| pass | pages | p50 ms | p95 ms | p99 ms | max ms |"
echo "|---|---|---|---|---|---|"
first=$(pages)
second=$(pages)
printf '%s\n' "$first" | percentiles "first request of each page"
printf '%s\n' "$second" | percentiles "second request"
echo
echo "Slowest at the first request:"
printf '%s\n' "$first" | sort -rn | head -5 | sed 's/^\([0-9]*\) /    \1 ms  /'
