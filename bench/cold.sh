#!/usr/bin/env bash
# Cold-process benchmark of kohyo against a baseline commit and WeasyPrint (README: 性能).
#
#   bench/cold.sh [BASE_REF]          BASE_REF: the commit to compare with (default: 6fe893b, main when issue 16
#                                     was filed: "today's jar" of its measurements)
#
# Every comparison is one hyperfine run (--warmup 2 --runs 10 by default; WARMUP=, RUNS= to change), so that the
# candidates share whatever else the machine is doing; peak RSS from /usr/bin/time, one run each. Needs git,
# Maven, hyperfine and weasyprint (Debian: hyperfine, weasyprint, fonts-morisawa-bizud-gothic). Results and the
# generated data go to target/bench/; the summary is printed at the end. BASE_10000=1 also times the baseline on
# 10,000 cases (one run, well over a minute).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
base_ref="${1:-6fe893b}"
runs="${RUNS:-10}"
warmup="${WARMUP:-2}"
work="$here/target/bench"
mkdir -p "$work"
cd "$here"

say() { printf '\n== %s\n' "$*" >&2; }
load() { cut -d' ' -f1-3 /proc/loadavg; }

say "candidate: the working tree (./kohyo builds the jar and its class-data archive)"
./kohyo --version >/dev/null
mvn -B -q -Dspotless.check.skip=true test-compile >"$work/test-compile.log" 2>&1
testcp="$here/target/test-classes:$here/target/kohyo.jar"

say "baseline: $base_ref"
base="$work/base"
if [ "$(cat "$base/.ref" 2>/dev/null)" != "$(git rev-parse "$base_ref")" ]; then
  rm -rf "$base" && mkdir -p "$base"
  git archive "$base_ref" | tar -x -C "$base"
  (cd "$base" && mvn -B -q -DskipTests -Dspotless.check.skip=true package >"$work/base-build.log" 2>&1)
  git rev-parse "$base_ref" >"$base/.ref"
fi

say "data: the shipped edition, generated periods of 200, 2,000, 3,000 (the limit) and 10,000 cases, 20 periods of 50"
data="$work/data"
gen() { # NAME CASES SEED
  [ -d "$data/$1" ] || java -cp "$testcp" kohyo.testing.GeneratedPeriod "$data" "$1" "$2" "$3"
}
gen g200 200 20250930
gen g2000 2000 20250930
gen g3000 2999 20250930
gen g10000 10000 20250930
mkdir -p "$data/twenty"
for i in $(seq -w 1 20); do
  [ -d "$data/twenty/p$i" ] || java -cp "$testcp" kohyo.testing.GeneratedPeriod "$data/twenty" "p$i" 50 "$i"
done
java -Dkohyo.home="$here" -cp "$testcp" kohyo.testing.EditionXhtml data/2025-h1 "$work/weasy"

new="$here/kohyo"
old="$base/kohyo"
out="$work/out"
rm -rf "$out" && mkdir -p "$out"

bench() { # NAME, then hyperfine arguments
  local name="$1"
  shift
  say "$name (load before: $(load))"
  hyperfine --warmup "$warmup" --runs "$runs" --export-markdown "$work/$name.md" --export-json "$work/$name.json" "$@"
  echo "load after: $(load)" >>"$work/$name.md"
}

# build makes the PDF and its HTML and CSV twins; WeasyPrint makes a PDF only, so kohyo-pdf is its peer
bench seed-build -n baseline "$old build data/2025-h1 -o $out/base" -n kohyo "$new build data/2025-h1 -o $out/new" \
  -n kohyo-pdf "$new build --format pdf data/2025-h1 -o $out/new-pdf" \
  -n weasyprint "weasyprint $work/weasy/2025-h1.xhtml $out/weasyprint.pdf"
bench seed-check -n baseline "$old check data/2025-h1" -n kohyo "$new check data/2025-h1"
bench g200 -n baseline "$old build $data/g200 -o $out/base" -n kohyo "$new build $data/g200 -o $out/new"
bench g2000 -n baseline "$old build $data/g2000 -o $out/base" \
  -n kohyo "$new build $data/g2000 -o $out/new"
bench g10000 -i -n kohyo "$new build $data/g10000 -o $out/new"
bench twenty -n baseline "$old build $data/twenty/p* -o $out/base20" \
  -n kohyo-sequential "JAVA_TOOL_OPTIONS=-Dkohyo.threads=1 $new build $data/twenty/p* -o $out/seq20" \
  -n kohyo "$new build $data/twenty/p* -o $out/par20"

say "peak RSS, one run each"
rss() { # LABEL COMMAND...
  local label="$1"
  shift
  /usr/bin/time -f "%M %e" -o "$work/rss.tmp" "$@" >/dev/null 2>&1 || true
  read -r kb seconds <<<"$(tail -1 "$work/rss.tmp")"
  printf '%-28s %8d KB %7.2f s\n' "$label" "$kb" "$seconds" | tee -a "$work/rss.txt"
}
: >"$work/rss.txt"
rss "seed baseline" "$old" build data/2025-h1 -o "$out/base"
rss "seed kohyo" "$new" build data/2025-h1 -o "$out/new"
rss "seed weasyprint" weasyprint "$work/weasy/2025-h1.xhtml" "$out/weasyprint.pdf"
rss "200 baseline" "$old" build "$data/g200" -o "$out/base"
rss "200 kohyo" "$new" build "$data/g200" -o "$out/new"
rss "2000 baseline" "$old" build "$data/g2000" -o "$out/base"
rss "2000 kohyo" "$new" build "$data/g2000" -o "$out/new"
rss "3000 kohyo (the limit)" "$new" build "$data/g3000" -o "$out/new"
rss "10000 kohyo (refused)" "$new" build "$data/g10000" -o "$out/new"
if [ "${BASE_10000:-0}" = 1 ]; then
  /usr/bin/time -f "10000 baseline: %e s, %M KB" -a -o "$work/rss.txt" "$old" build "$data/g10000" -o "$out/base" \
    >/dev/null 2>&1 || true
fi

say "outputs"
{
  echo "seed PDF bytes: baseline $(stat -c %s "$out/base/2025-h1.pdf"), kohyo $(stat -c %s "$out/new/2025-h1.pdf")," \
    "weasyprint $(stat -c %s "$out/weasyprint.pdf")"
  cp "$out/new/2025-h1.pdf" "$work/first.pdf"
  "$new" build data/2025-h1 -o "$out/again" >/dev/null
  cmp -s "$work/first.pdf" "$out/again/2025-h1.pdf" && echo "seed: same bytes on a second build" ||
    echo "seed: DIFFERENT bytes on a second build"
  diff -rq "$out/seq20" "$out/par20" >/dev/null && echo "20 periods: parallel output identical to sequential" ||
    echo "20 periods: parallel output DIFFERS from sequential"
} | tee "$work/outputs.txt"

say "summary ($(date -Iseconds), $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs))"
python3 - "$work" <<'PY'
import json, statistics, sys
work = sys.argv[1]
print(f"{'scenario':12} {'command':18} {'median s':>9} {'min s':>7} {'user s':>7} {'sys s':>6}")
for name in ["seed-build", "seed-check", "g200", "g2000", "g10000", "twenty"]:
    for r in json.load(open(f"{work}/{name}.json"))["results"]:
        print(f"{name:12} {r['command']:18} {statistics.median(r['times']):9.3f} {min(r['times']):7.3f}"
              f" {r['user']:7.3f} {r['system']:6.3f}")
PY
grep -h "load after" "$work"/*.md
cat "$work/rss.txt" "$work/outputs.txt"
