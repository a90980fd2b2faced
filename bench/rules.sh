#!/usr/bin/env bash
# The cost of the rules stage, measured in one run with go test -bench
# (median of 5 runs each, on ../shared/eval/fr_clean.txt):
#   - the literal pass with 10, 1,000 and 10,000 literal rules, and the
#     ratio of each to 10 rules (issue 6: 10,000 must cost at most 2×);
#   - the built-in French rules (literals and triggered regexes);
#   - loading and compiling the built-in rule files (paid once per run).
#
#   bench/rules.sh
set -euo pipefail
cd "$(dirname "$0")/.."
raw=$(go test -run '^$' -bench 'Literals|Builtin|Load' -count 5 ./rules |
	awk '/^Benchmark/ { name = $1; sub(/-[0-9]+$/, "", name); for (i = 1; i < NF; i++) if ($(i+1) == "ns/op") print name, $i }')
median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2 ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2) }'; }
base=$(grep '^BenchmarkLiterals/rules=10 ' <<<"$raw" | cut -d' ' -f2 | median)
printf '%-34s %10s %8s\n' "benchmark (median of 5)" "ms/op" "ratio"
for name in $(cut -d' ' -f1 <<<"$raw" | sort -u); do
	m=$(grep "^$name " <<<"$raw" | cut -d' ' -f2 | median)
	ratio=""
	[[ $name == *Literals* ]] && ratio=$(awk -v m="$m" -v b="$base" 'BEGIN { printf "%.2f×", m / b }')
	awk -v n="$name" -v m="$m" -v r="$ratio" 'BEGIN { printf "%-34s %10.1f %8s\n", n, m / 1e6, r }'
done
