#!/usr/bin/env bash
# The budgets of the lexicons, measured in one run:
#   - start-up: "retouche fix" on a one-line input (all stages: the French
#     and English lexicons and the gazetteer are loaded) and "retouche dict
#     lookup", median of 10 runs timed by bench/timeit, against "cat" on the
#     same input (the cost of starting a process);
#   - lookups: go test -bench (Contains, Unfold, Load), median of 5;
#   - memory: VmRSS after looking up every word of a corpus (bench/lexmem).
#
# With BASE set to a git revision, that revision is built too and timed in
# the same run, and when valgrind is installed both builds' instructions on
# the one-line input are counted (callgrind): wall times on a shared machine
# vary twofold from hour to hour, instruction counts by a fraction of a
# percent.
#
#   bench/dict.sh [CORPUS]              (default ../shared/eval/fr_clean.txt)
#   BASE=9b6d1b0 bench/dict.sh [CORPUS]
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${1:-../shared/eval/fr_clean.txt}
out=bench/out
mkdir -p "$out"
go build -o "$out/retouche" ./cmd/retouche

go build -o "$out/timeit" ./bench/timeit
line='Poutine prepare un voyage en Coree du Nord .
'
median10() { "$out/timeit" -n 10 -stdin "$line" "$@"; }
base=$(median10 cat)
fix=$(median10 "$out/retouche" fix)
lookup=$(median10 "$out/retouche" dict lookup Coree)
printf 'one-line input, median of 10: cat %s ms; retouche fix %s ms (%.1f× cat);' "$base" "$fix" "$(awk -v a="$fix" -v b="$base" 'BEGIN {print a/b}')"
printf ' retouche dict lookup %s ms (%.1f× cat)\n' "$lookup" "$(awk -v a="$lookup" -v b="$base" 'BEGIN {print a/b}')"

if [ -n "${BASE:-}" ]; then
  . bench/base.sh
  build_base "$BASE" "$PWD/$out/retouche-base"
  old=$(median10 "$out/retouche-base" fix)
  printf 'same run, retouche fix at %s: %s ms; this tree: %s ms (%.2f×)\n' "$BASE" "$old" "$fix" "$(awk -v a="$fix" -v b="$old" 'BEGIN {print a/b}')"
  if command -v valgrind > /dev/null; then
    instr() { printf '%s' "$line" | GOGC=100 bench/instr.sh "$@"; }
    for args in "fix" "fix --stages rules" "fix --lang en"; do
      a=$(instr "$out/retouche-base" $args) b=$(instr "$out/retouche" $args)
      printf 'instructions, retouche %s: %s %s M, this tree %s M (%.2f×)\n' "$args" "$BASE" \
        "$((a / 1000000))" "$((b / 1000000))" "$(awk -v a="$b" -v b="$a" 'BEGIN {print a/b}')"
    done
  else
    echo "instructions: valgrind not installed, skipped" >&2
  fi
fi

echo "lookups (go test -bench, 5 runs each):"
go test -run '^$' -bench 'Contains|Unfold|Load' -count 5 ./dict/ > "$out/dict-bench.txt"
for b in $(awk '/^Benchmark/ {print $1}' "$out/dict-bench.txt" | sort -u); do
  m=$(awk -v b="$b" '$1 == b {print $3}' "$out/dict-bench.txt" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  printf '  %-22s median %s ns/op\n' "$b" "$m"
done

if [ -f "$corpus" ]; then
  go run ./bench/lexmem "$corpus"
else
  echo "memory: $corpus not found, skipped" >&2
fi
