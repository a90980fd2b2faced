#!/usr/bin/env bash
# Scores retouche on each genre of the development corpus on its own, so that
# a change tuned on one kind of prose shows what it does to the others: for
# each source range of eval/fr_clean.sources.tsv, the clean lines it changes
# and, on pairs injected into those lines (retouche eval inject, SEED), split,
# accent and contraction precision and recall. Prints a Markdown table.
#
#   bench/genre.sh [SHARED_DIR] [SEED]
#
# SHARED_DIR defaults to ../shared, SEED to 2 (seed 1 is the tuning set).
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${1:-../shared}
seed=${2:-2}
clean="$shared/eval/fr_clean.txt"
sources="$shared/eval/fr_clean.sources.tsv"
for f in "$clean" "$sources"; do
  [ -f "$f" ] || { echo "genre: $f: no such file" >&2; exit 2; }
done
out=bench/out/genre
mkdir -p "$out"
go build -o bench/out/retouche ./cmd/retouche
r=bench/out/retouche

echo "| source | clean lines changed | split P / R | accent P / R | contraction P / R |"
echo "|---|---|---|---|---|"
tail -n +2 "$sources" | while IFS=$'\t' read -r first last lines _ source _; do
  sed -n "${first},${last}p" "$clean" > "$out/lines.txt"
  changed=$("$r" eval --clean "$out/lines.txt" | sed -n 's/^ *\([0-9]*\) texts, \([0-9]*\) changed (\([0-9.%]*\)).*/\2 of \1 (\3)/p')
  name=${source%% (*}; name=${name%%,*}
  row="| $name | $changed"
  for kind in split accent contraction; do
    "$r" eval inject --kinds "$kind" --seed "$seed" "$out/lines.txt" > "$out/pairs.tsv"
    pr=$("$r" eval --pairs "$out/pairs.tsv" | awk '$1 == "all" {print $5 " / " $6}')
    row="$row | $pr"
  done
  echo "$row |"
done
