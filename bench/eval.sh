#!/usr/bin/env bash
# The development report: retouche against the Hunspell baseline ("replace every
# word that hunspell -d fr_FR rejects by its first suggestion") on the shared
# evaluation data, in one run.
#
#   bench/eval.sh [SHARED_DIR] [PER_KIND]
#
# SHARED_DIR defaults to ../shared. Synthetic pairs: PER_KIND (default 200) of
# each kind injected into eval/fr_clean.txt with seed 1. Clean-text damage is
# measured on every 10th line of fr_clean.txt for both systems (Hunspell is too
# slow for the whole file), and on the whole file for retouche alone.
# Needs: Go; for the baseline, Debian's hunspell and hunspell-fr.
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${1:-../shared}
per_kind=${2:-200}
out=bench/out
mkdir -p "$out"
for f in "$shared/eval/fr_pairs.tsv" "$shared/eval/fr_negatives.tsv" "$shared/eval/fr_clean.txt"; do
  [ -f "$f" ] || { echo "eval: $f: no such file" >&2; exit 2; }
done
go build -o "$out/retouche" ./cmd/retouche
go build -o "$out/hunspell-baseline" ./bench/hunspell-baseline

"$out/retouche" eval inject --seed 1 --limit "$per_kind" "$shared/eval/fr_clean.txt" > "$out/synthetic.tsv"
awk 'NR % 10 == 1' "$shared/eval/fr_clean.txt" > "$out/clean-sample.txt"

systems=("$out/retouche")
if command -v hunspell > /dev/null && (hunspell -D < /dev/null 2>&1 || true) | grep -q "/fr_FR$"; then
  systems+=("$out/hunspell-baseline -d fr_FR")
else
  echo "eval: hunspell with fr_FR not installed: the baseline is skipped (apt-get install hunspell hunspell-fr)" >&2
fi

for sys in "${systems[@]}"; do
  name=$(basename "${sys%% *}")
  flag=(--system "$sys")
  [ "$name" = retouche ] && flag=()
  echo "## $name"
  echo
  echo '```'
  "$out/retouche" eval "${flag[@]}" --pairs "$shared/eval/fr_pairs.tsv" --negatives "$shared/eval/fr_negatives.tsv" \
    --clean "$out/clean-sample.txt"
  "$out/retouche" eval "${flag[@]}" --pairs "$out/synthetic.tsv" | tail -n +3
  echo '```'
  echo
done
echo "## retouche on the whole of fr_clean.txt"
echo
echo '```'
"$out/retouche" eval --clean "$shared/eval/fr_clean.txt" | tail -n +3
echo '```'
if [ -f "$shared/eval/mojibake_pairs.tsv" ]; then
  echo
  echo "## retouche's mojibake stage on ftfy's cases (mojibake_pairs.tsv)"
  echo
  echo '```'
  "$out/retouche" eval --stages mojibake --pairs "$shared/eval/mojibake_pairs.tsv" | tail -n +3
  echo '```'
fi
