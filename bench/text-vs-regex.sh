#!/usr/bin/env bash
# Times a full-text search (jena-text, Lucene) against the same question asked with a regex FILTER, on a running
# server (./unkg up), and prints a Markdown table: median wall time of N runs and the number of rows.
# Usage: bench/text-vs-regex.sh [ENDPOINT] [RUNS]
set -euo pipefail
endpoint=${1:-http://localhost:3030/sparql}
runs=${2:-7}
prefixes='PREFIX text: <http://jena.apache.org/text#> PREFIX unkg: <https://w3id.org/unkg/ontology#> PREFIX dct: <http://purl.org/dc/terms/>'

time_query() {  # prints "median_ms rows"
  local q=$1 times=() rows=0
  for _ in $(seq 1 "$runs"); do
    local start end out
    start=$(date +%s%N)
    out=$(curl -s -f "$endpoint" -H 'Accept: text/csv' --data-urlencode "query=$prefixes $q")
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000000 )))
    rows=$(( $(printf '%s\n' "$out" | wc -l) - 1 ))
  done
  local median
  median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p")
  echo "$median $rows"
}

row() {  # question, text query, regex query
  read -r tm tr <<<"$(time_query "$2")"
  read -r rm rr <<<"$(time_query "$3")"
  echo "| $1 | $tm ms, $tr rows | $rm ms, $rr rows | $(awk "BEGIN { printf \"%.1f\", $rm / ($tm > 0 ? $tm : 1) }") |"
}

echo "| question | text:query | regex FILTER | regex / text |"
echo "|---|---|---|---|"
row "English paragraphs on \"financing of terrorist acts\"" \
  'SELECT DISTINCT ?p WHERE { (?p ?s) text:query (unkg:text "\"financing of terrorist acts\"" 1000 "lang:en") }' \
  'SELECT DISTINCT ?p WHERE { ?p unkg:text ?t FILTER(lang(?t) = "en" && REGEX(?t, "financing of terrorist acts", "i")) }'
row "Chinese paragraphs on 资助恐怖主义" \
  'SELECT DISTINCT ?p WHERE { (?p ?s) text:query (unkg:text "\"资助恐怖主义\"" 1000 "lang:zh") }' \
  'SELECT DISTINCT ?p WHERE { ?p unkg:text ?t FILTER(lang(?t) = "zh" && CONTAINS(?t, "资助恐怖主义")) }'
row "English paragraphs naming kidnapping for ransom" \
  'SELECT DISTINCT ?p WHERE { (?p ?s) text:query (unkg:text "\"kidnapping for ransom\"" 1000 "lang:en") }' \
  'SELECT DISTINCT ?p WHERE { ?p unkg:text ?t FILTER(REGEX(?t, "kidnapping for ransom", "i")) }'
