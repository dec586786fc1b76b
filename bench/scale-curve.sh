#!/usr/bin/env bash
# The scale curve of convert and load: for each scale N (1 = the bundled corpus, N = it and N-1 synthetic copies of
# its resolutions, as `unkg synth` makes them), converts the corpus (`./unkg convert` as it runs, C1 only, two
# threads), counts the output with Jena's `riot --count`, loads it with `tdb2.tdbloader` and with our `load`, one
# after the other, and prints a Markdown table: time, disk and memory of each, and the ratios issue 17 sets targets
# for (convert / riot at most 0.7, our load / tdbloader at most 1.0). Every Java process runs with -Xmx4g, as in
# `unkg bench`; the resident set is /usr/bin/time's, which counts the store files TDB2 maps into memory. Stores and
# N-Quads are deleted after each scale, so the disk needed at once is about the N-Quads file, our store and Jena's:
# some 60 GB at x30. A run that fails is reported as such, with the log kept in the work folder.
# Usage: bench/scale-curve.sh [SCALE]...   (default: 1 10 30; JAR=target/unkg.jar, WORK=target/scale-curve)
set -uo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar=${JAR:-$home/target/unkg.jar}
work=${WORK:-$home/target/scale-curve}
[ $# -gt 0 ] || set -- 1 10 30
max=0
for n in "$@"; do [ "$n" -gt "$max" ] && max=$n; done
mkdir -p "$work"
[ -n "${JAR:-}" ] || "$home/unkg" --version >/dev/null  # builds target/unkg.jar when it is missing or stale
if [ "$max" -gt 1 ] && [ ! -d "$work/synthetic/synthetic-$(printf %02d $((max - 1)))" ]; then
  "$home/unkg" synth --copies $((max - 1)) --from "$home/data/en-resolutions" --out "$work/synthetic" \
      >"$work/synth.log" 2>&1 || { echo "synth failed: see $work/synth.log" >&2; exit 1; }
fi

# Runs a command under /usr/bin/time -v, its output into $work/NAME.out and .log; prints "wall rss_gb exit".
timed() {
  local name=$1
  shift
  /usr/bin/time -v -o "$work/$name.time" "$@" >"$work/$name.out" 2>"$work/$name.log"
  local code=$?
  awk -v code=$code -F': ' '/Elapsed/ { n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i] }
      /Maximum resident/ { rss = $2 / 1048576 } END { printf "%.1f %.1f %d", s, rss, code }' "$work/$name.time"
}
gb() { du -sb "$1" | awk '{ printf "%.2f", $1 / 1e9 }'; }
# The most heap in use after any collection, in GB, from a -Xlog:gc file.
heap() { grep -o -- '->[0-9]*M(' "$1" | tr -dc '0-9\n' | sort -n | tail -1 | awk '{ printf "%.2f", $1 / 1024 }'; }
ratio() { awk "BEGIN { if ($2 > 0) printf \"%.2f\", $1 / $2; else printf \"-\" }"; }

echo "| scale | MB of text | quads in file | N-Quads (GB) | convert (s) | riot --count (s) | convert / riot |" \
     "tdbloader (s) | its store (GB) | its RSS (GB) | our load (s) | our store (GB) | quads stored | our heap after GC, at most (GB) | our RSS (GB) | ours / tdbloader |"
echo "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|"
for n in "$@"; do
  inputs=("$home/data/zh" "$home/data/en-resolutions")
  for k in $(seq 1 $((n - 1))); do inputs+=("$work/synthetic/synthetic-$(printf %02d "$k")"); done
  text=$(du -cb "${inputs[@]}" | tail -1 | awk '{ printf "%.1f", $1 / 1e6 }')
  nq=$work/x$n.nq
  read -r cw _ _ <<<"$(timed convert-x$n java -Xmx4g -XX:TieredStopAtLevel=1 -Dunkg.home="$home" -jar "$jar" convert \
      --json --threads 2 --manifest "$home/data/zh/manifest.csv" --out "$nq" "${inputs[@]}")"
  read -r rw _ _ <<<"$(timed riot-x$n java -Xmx4g -cp "$jar" riotcmd.riot --count "$nq")"
  quads=$(sed -n 's/.*Quads = \([0-9,]*\).*/\1/p' "$work/riot-x$n.out" "$work/riot-x$n.log" | head -1)
  size=$(gb "$nq")
  read -r tw trss tcode <<<"$(timed tdbloader-x$n java -Xmx4g -cp "$jar" tdb2.tdbloader --loc "$work/tdbloader" "$nq")"
  tstore=$(gb "$work/tdbloader")
  rm -rf "$work/tdbloader"
  read -r ow orss ocode <<<"$(timed load-x$n java -Xmx4g -Xlog:gc:file="$work/gc-x$n.log" -Dunkg.home="$home" \
      -jar "$jar" load --json --db "$work/db" "$nq")"
  if [ "$ocode" = 0 ]; then
    ostore=$(gb "$work/db")
    stored=$(grep -o '"quads" : [0-9]*' "$work/load-x$n.out" | head -1 | tr -dc '0-9')
    ours=$ow
  else
    ostore="-"
    stored="failed (exit $ocode, see load-x$n.log)"
    ours="$ow, failed"
  fi
  [ "$tcode" = 0 ] || tw="$tw, failed"
  rm -rf "$work/db" "$nq"
  echo "| x$n | $text | $quads | $size | $cw | $rw | $(ratio "$cw" "$rw") | $tw | $tstore | $trss | $ours | $ostore |" \
       "$stored | $(heap "$work/gc-x$n.log") | $orss | $(ratio "${ow%%,*}" "${tw%%,*}") |"
done
