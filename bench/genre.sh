#!/usr/bin/env bash
# Scores retouche on each genre of the development corpus on its own, so that
# a change tuned on one kind of prose shows what it does to the others: for
# each source range of eval/fr_clean.sources.tsv, the clean lines it changes
# (each line alone, and all of them as one document: eval --document) and,
# on pairs injected into those lines (retouche eval inject, SEED), split,
# accent and contraction precision and recall; then the same for the
# technical prose of Debian's French manuals, when their packages are
# installed. Prints a Markdown table.
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

# row NAME FILE: one line of the table for the paragraphs of FILE
row() {
  local name=$1 lines=$2 changed whole line
  changed=$("$r" eval --clean "$lines" | sed -n 's/^ *\([0-9]*\) texts, \([0-9]*\) changed (\([0-9.%]*\)).*/\2 of \1 (\3)/p')
  whole=$("$r" eval --clean "$lines" --document | sed -n 's/^ *[0-9]* texts, [0-9]* changed (\([0-9.%]*\)).*/\1/p')
  line="| $name | $changed | $whole"
  for kind in split accent contraction; do
    "$r" eval inject --kinds "$kind" --seed "$seed" "$lines" > "$out/pairs.tsv"
    pr=$("$r" eval --pairs "$out/pairs.tsv" | awk '$1 == "all" {print $5 " / " $6}')
    line="$line | $pr"
  done
  echo "$line |"
}

echo "| source | clean lines changed | as one document | split P / R | accent P / R | contraction P / R |"
echo "|---|---|---|---|---|---|"
tail -n +2 "$sources" | while IFS=$'\t' read -r first last lines _ source _; do
  sed -n "${first},${last}p" "$clean" > "$out/lines.txt"
  name=${source%% (*}; name=${name%%,*}
  row "$name" "$out/lines.txt"
done

# Technical prose: the French manuals of Debian's packages, when installed
# (apt-get install debian-reference-fr debian-faq-fr maint-guide-fr
# aptitude-doc-fr), their paragraphs extracted by bench/debdoc.
manuals=(
  "debian-reference-fr|/usr/share/debian-reference/debian-reference.fr.txt.gz"
  "debian-faq-fr|/usr/share/doc/debian/FAQ/debian-faq.fr.txt.gz"
  "maint-guide-fr|/usr/share/doc/maint-guide-fr/html/*.fr.html"
  "aptitude-doc-fr|/usr/share/doc/aptitude/html/fr/*.html"
)
for m in "${manuals[@]}"; do
  name=${m%%|*}
  # shellcheck disable=SC2086 # the pattern is meant to expand
  set -- ${m#*|}
  if [ ! -e "$1" ]; then
    echo "genre: $name is not installed (apt-get install $name); skipped" >&2
    continue
  fi
  go run ./bench/debdoc "$@" > "$out/lines.txt"
  row "$name (technical)" "$out/lines.txt"
done
