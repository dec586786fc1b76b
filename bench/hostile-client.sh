#!/usr/bin/env bash
# Attacks a running server (./unkg up, or unkg serve) the way a hostile client would, one attack after another,
# while a well-behaved client asks a cheap query every 100 ms; prints a Markdown table of what was tried, the answer,
# how long it took, and how the well-behaved client fared meanwhile (answers, failures, slowest answer).
# Usage: bench/hostile-client.sh [BASE_URL]      (default http://localhost:3030)
# Needs bash, curl and the JDK (for a listening socket that counts the connections a SERVICE call would make).
# With the shipped settings it runs for about three minutes: the slow-client attacks wait out the 30 s idle timeout.
set -euo pipefail
base=${1:-http://localhost:3030}
endpoint="$base/sparql"
hostport=${base#http://}; host=${hostport%%:*}; port=${hostport##*:}
[ "$host" = "$port" ] && port=80
work=$(mktemp -d)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT

now() { date +%s%3N; }
enc() {  # percent-encodes a query for a URL, byte by byte
  local LC_ALL=C s=$1 out='' c h i
  for ((i = 0; i < ${#s}; i++)); do
    c=${s:i:1}
    case $c in [a-zA-Z0-9.~_-]) out+=$c ;; *) printf -v h '%%%02X' "'$c"; out+=$h ;; esac
  done
  printf '%s' "$out"
}

curl -sf -o /dev/null "$endpoint?query=$(enc 'ASK {}')" || { echo "no SPARQL endpoint at $endpoint" >&2; exit 1; }

# The well-behaved client: one line per answer, "sent_ms answered_ms status".
(
  while :; do
    s=$(now)
    c=$(curl -s -o /dev/null -w '%{http_code}' --max-time 60 -H 'Accept: application/sparql-results+json' \
        "$endpoint?query=$(enc 'ASK { ?s ?p ?o }')" || true)
    echo "$s $(now) ${c:-000}" >> "$work/good"
    sleep 0.1
  done
) & pids+=($!)

# A listening socket that counts the connections made to it: where SERVICE would go.
cat > "$work/Listen.java" <<'EOF'
import java.net.*;
public class Listen {
    public static void main(String[] a) throws Exception {
        try (ServerSocket s = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            System.out.println(s.getLocalPort());
            while (true) { try (Socket c = s.accept()) { System.out.println("accepted"); } }
        }
    }
}
EOF
java "$work/Listen.java" > "$work/listen" 2>&1 & pids+=($!)
for _ in $(seq 1 100); do [ -s "$work/listen" ] && break; sleep 0.1; done
listen_port=$(head -1 "$work/listen")

rows=()
attack() {  # name, expected (an extended regex), command printing the answer
  local name=$1 expected=$2 start end answer good
  shift 2
  start=$(now)
  answer=$("$@" 2>/dev/null || true)
  end=$(now)
  # Answers to requests sent during the attack, and the first one sent after it.
  for _ in $(seq 1 200); do awk -v e="$end" '$1 > e' "$work/good" | grep -q . && break; sleep 0.1; done
  good=$(awk -v s="$start" -v e="$end" '
    $1 >= s && $1 <= e || ($1 > e && !after++) { n++; if ($3 == 200) ok++; else bad++; d = $2 - $1; if (d > max) max = d }
    END { printf "%d, %d, %d ms", ok, bad, max }' "$work/good")
  local verdict=refused
  [[ $answer =~ ^($expected)$ ]] || verdict="NOT AS EXPECTED ($expected)"
  rows+=("| $name | $answer | $verdict | $((end - start)) ms | $good |")
  echo "$name: $answer ($((end - start)) ms)" >&2
}

status_of() { curl -s -o /dev/null -w '%{http_code}' --max-time 120 "$@"; }
insert='INSERT DATA { <urn:x:s> <urn:x:p> <urn:x:o> }'

attack "SPARQL Update by form" 400 status_of "$endpoint" --data-urlencode "update=$insert"
attack "SPARQL Update as application/sparql-update" 415 \
  status_of "$endpoint" -H 'Content-Type: application/sparql-update' --data-binary "$insert"
attack "Graph Store PUT" 405 status_of -X PUT "$endpoint?graph=urn:x:g" -H 'Content-Type: text/turtle' \
  --data-binary '<urn:x:s> <urn:x:p> <urn:x:o> .'
attack "Graph Store POST" 415 status_of "$endpoint?graph=urn:x:g" -H 'Content-Type: text/turtle' \
  --data-binary '<urn:x:s> <urn:x:p> <urn:x:o> .'
attack "Graph Store DELETE" 405 status_of -X DELETE "$endpoint?graph=urn:x:g"
attack "upload (multipart)" 415 status_of "$endpoint" -F "file=@$work/Listen.java;type=text/turtle"
attack "admin: /\$/datasets" 404 status_of "$base/\$/datasets"
attack "admin: POST /\$/backup/sparql" 404 status_of -X POST "$base/\$/backup/sparql"
attack "Fuseki UI: /index.html" 404 status_of "$base/index.html"

service_attack() {
  local code
  code=$(status_of "$endpoint?query=$(enc "SELECT * { SERVICE <http://127.0.0.1:$listen_port/sparql> { ?s ?p ?o } }")")
  sleep 0.5
  echo "$code, $(grep -c accepted "$work/listen" || true) connections"
}
attack "SERVICE <http://127.0.0.1:$listen_port/sparql>" "422, 0 connections" service_attack

huge_query() {
  head -c 10485760 /dev/zero | tr '\0' ' ' > "$work/huge.rq"
  status_of "$endpoint" -H 'Content-Type: application/sparql-query' --data-binary "@$work/huge.rq"
}
attack "10 MB query" 413 huge_query
long_get() { status_of "$endpoint?query=$(enc 'ASK {} #')$(head -c 100000 /dev/zero | tr '\0' x)"; }
attack "100 kB GET query" "414|431" long_get

attack "query that runs forever (count of a cross product)" 503 \
  status_of "$endpoint?query=$(enc 'SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f }')"
attack "query that runs forever (sorted cross product)" 503 \
  status_of "$endpoint?query=$(enc 'SELECT * { ?a ?b ?c . ?d ?e ?f } ORDER BY ?f ?c')"

stalled_request() {  # half a request line, then nothing: the server should hang up
  local start
  exec 3<>"/dev/tcp/$host/$port"
  printf 'GET /sparql?query=ASK' >&3
  start=$(now)
  timeout 120 cat <&3 > /dev/null || true
  exec 3>&-
  echo "closed after $(( ($(now) - start) / 1000 )) s"
}
attack "slow client: stalls mid-request" "closed after [0-9]+ s" stalled_request

trickled_body() {  # a query body announced as 10 kB and sent a byte a second
  trap '' PIPE  # the server may hang up while bytes are still being sent
  exec 3<>"/dev/tcp/$host/$port"
  printf 'POST /sparql HTTP/1.1\r\nHost: %s\r\nContent-Type: application/sparql-query\r\nContent-Length: 10000\r\n\r\n' "$host" >&3
  local i line
  for i in 1 2 3 4 5; do printf 'q' >&3 2>/dev/null || break; sleep 1; done
  line=$(timeout 60 head -1 <&3 | tr -d '\r' || true)
  exec 3>&-
  echo "${line:-closed}" | awk '{ print ($2 ? $2 : $0) }'
}
attack "slow client: query body at 1 byte/s" "408" trickled_body

stalled_reader() {  # asks for a large result and reads none of it: the server should give up writing
  local q
  q=$(enc 'SELECT * { ?s ?p ?o }')
  exec 3<>"/dev/tcp/$host/$port"
  printf 'GET /sparql?query=%s HTTP/1.1\r\nHost: %s\r\nAccept: application/sparql-results+xml\r\n\r\n' "$q" "$host" >&3
  sleep 45
  local start bytes
  start=$(now)
  bytes=$(timeout 60 cat <&3 | wc -c || true)
  exec 3>&-
  echo "closed, $((bytes / 1048576)) MB sent"
}
attack "slow client: reads nothing of a large result" "closed, [0-9]+ MB sent" stalled_reader

flood() {  # N requests at once; prints the statuses, e.g. "200×180 503×20"
  local n=$1 q=$2
  seq 1 "$n" | xargs -P "$n" -I{} curl -s -o /dev/null -w '%{http_code}\n' --max-time 120 "$endpoint?query=$q" \
    | sort | uniq -c | awk '{ printf "%s%s×%s", sep, $2, $1; sep = " " } END { print "" }'
}
attack "flood: 200 requests at once" "(200|503)×[0-9]+( (200|503)×[0-9]+)?" \
  flood 200 "$(enc 'SELECT * { ?s ?p ?o } LIMIT 100')"
attack "flood: 40 queries that run forever" "503×40" \
  flood 40 "$(enc 'SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f }')"

echo "| attack | answer | verdict | time | well-behaved client meanwhile: 200s, failures, slowest |"
echo "|---|---|---|---|---|"
printf '%s\n' "${rows[@]}"
total=$(wc -l < "$work/good"); ok=$(awk '$3 == 200' "$work/good" | wc -l)
echo
echo "Well-behaved client: $ok of $total answers were 200."
