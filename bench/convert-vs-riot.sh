#!/usr/bin/env bash
# Times `unkg convert` on the bundled corpus against Jena's `riot --count` reading the N-Quads it wrote (riot from
# the jar's own jena-cmds), for one or more jars taking turns in one run, and prints a Markdown table: the output's
# size and quads, the wall and CPU seconds of both and their ratios (issue 17's target: convert <= 0.7 x riot).
# CPU seconds (user + system, every thread) say more than wall time on a busy machine.
# Usage: bench/convert-vs-riot.sh [NAME=JAR]...   (default: this=target/unkg.jar)
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
[ $# -gt 0 ] || set -- "this=$home/target/unkg.jar"

timed() {  # runs a command, its output into $work/log; prints "wall cpu" in seconds
  /usr/bin/time -f '%e %U %S' -o "$work/time" "$@" >"$work/log" 2>&1
  awk '{ printf "%.1f %.1f", $1, $2 + $3 }' "$work/time"
}

echo "| jar | N-Quads (MB) | quads | convert wall / CPU (s) | riot --count wall / CPU (s) | convert / riot, wall | convert / riot, CPU |"
echo "|---|---|---|---|---|---|---|"
for named in "$@"; do
  name=${named%%=*}
  jar=${named#*=}
  out="$work/$name.nq"
  read -r cw cc <<<"$(timed java -Dunkg.home="$home" -jar "$jar" convert --manifest "$home/data/zh/manifest.csv" \
      --out "$out" "$home/data")"
  read -r rw rc <<<"$(timed java -cp "$jar" riotcmd.riot --count "$out")"
  quads=$(sed -n 's/.*Quads = \([0-9,]*\).*/\1/p' "$work/log")
  mb=$(awk "BEGIN { printf \"%.1f\", $(stat -c %s "$out") / 1e6 }")
  echo "| $name | $mb | $quads | $cw / $cc | $rw / $rc | $(awk "BEGIN { printf \"%.2f\", $cw / $rw }") |" \
       "$(awk "BEGIN { printf \"%.2f\", $cc / $rc }") |"
  rm -f "$out"
done
