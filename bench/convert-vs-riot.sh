#!/usr/bin/env bash
# Times `unkg convert` on the bundled corpus against Jena's `riot --count` reading the N-Quads it wrote (riot from
# the jar's own jena-cmds), for one or more jars taking turns in one run, and prints a Markdown table: the output's
# size and quads, both wall times and their ratio (issue 17's target: convert <= 0.7 x riot).
# Usage: bench/convert-vs-riot.sh [NAME=JAR]...   (default: this=target/unkg.jar)
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
[ $# -gt 0 ] || set -- "this=$home/target/unkg.jar"

seconds() {  # runs a command, its output into $work/log, prints its wall time in seconds
  local start end
  start=$(date +%s%N)
  "$@" >"$work/log" 2>&1
  end=$(date +%s%N)
  awk "BEGIN { printf \"%.1f\", ($end - $start) / 1e9 }"
}

echo "| jar | N-Quads (MB) | quads | convert (s) | riot --count (s) | convert / riot |"
echo "|---|---|---|---|---|---|"
for named in "$@"; do
  name=${named%%=*}
  jar=${named#*=}
  out="$work/$name.nq"
  c=$(seconds java -Dunkg.home="$home" -jar "$jar" convert --manifest "$home/data/zh/manifest.csv" --out "$out" \
      "$home/data")
  r=$(seconds java -cp "$jar" riotcmd.riot --count "$out")
  quads=$(sed -n 's/.*Quads = \([0-9,]*\).*/\1/p' "$work/log")
  mb=$(awk "BEGIN { printf \"%.1f\", $(stat -c %s "$out") / 1e6 }")
  echo "| $name | $mb | $quads | $c | $r | $(awk "BEGIN { printf \"%.2f\", $c / $r }") |"
  rm -f "$out"
done
